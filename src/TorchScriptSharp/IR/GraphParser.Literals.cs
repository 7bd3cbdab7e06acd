using TorchScriptSharp.Runtime;
using TorchScriptSharp.Types;
using TorchSharp;

namespace TorchScriptSharp.IR;

public static partial class GraphParser
{
    /// An attribute value as written, before we know what it means: the same `1` is an int, a bool
    /// or a float depending on the type of the constant it belongs to.
    abstract record Literal
    {
        public sealed record Int(long Value) : Literal;
        public sealed record Float(double Value) : Literal;
        public sealed record Str(string Value) : Literal;
        public sealed record Sequence(List<Literal> Items, bool IsTuple) : Literal;
        /// `{2}` or `<Tensor>`: a tensor printed inline.
        public sealed record TensorText(string Text) : Literal;
        /// A bare word such as `True` or an enum value `__torch__.Color.RED`.
        public sealed record Word(string Text) : Literal;
        public sealed record Types(List<TorchType> Items) : Literal;

        public static Literal Parse(Reader r)
        {
            char c = r.Peek();
            switch (c)
            {
                case '"': return new Str(r.QuotedString());
                case '[':
                case '(':
                {
                    r.Pos++;
                    char close = c == '[' ? ']' : ')';
                    var items = new List<Literal>();
                    if (!r.TryConsume(close))
                    {
                        do
                        {
                            if (r.Peek() == close) break; // `(1,)`
                            items.Add(Parse(r));
                        } while (r.TryConsume(','));
                        r.Expect(close);
                    }
                    return new Sequence(items, c == '(');
                }
                case '{':
                case '<':
                {
                    int start = r.Pos;
                    char close = c == '{' ? '}' : '>';
                    int end = r.Text.IndexOf(close, start);
                    if (end < 0) throw r.Error($"missing '{close}'");
                    r.Pos = end + 1;
                    return new TensorText(r.Text[start..r.Pos]);
                }
            }
            if (char.IsDigit(c) || c is '-' or '+' || r.Text.AsSpan(r.Pos).StartsWith("inf") || r.Text.AsSpan(r.Pos).StartsWith("nan"))
            {
                object n = r.Number();
                return n is long l ? new Int(l) : new Float((double)n);
            }
            return new Word(r.Word());
        }

        /// The value for a non-constant attribute (`name`, `beg`, `types`, ...).
        public object ToAttribute() => this switch
        {
            Int i => i.Value,
            Float f => f.Value,
            Str s => s.Value,
            Types t => t.Items,
            Sequence { Items: var items } when items.All(x => x is Int) => items.Select(x => ((Int)x).Value).ToList(),
            Sequence { Items: var items } when items.All(x => x is Int or Float) => items.Select(x => x is Int i ? i.Value : ((Float)x).Value).ToList(),
            Sequence { Items: var items } when items.All(x => x is Str) => items.Select(x => ((Str)x).Value).ToList(),
            Sequence seq => seq.Items.Select(x => x.ToAttribute()).ToList(),
            TensorText t => t.Text,
            Word w => w.Text,
            _ => throw new InvalidOperationException(),
        };

        /// The constant's value as the type of its output says to read it.
        public IValue ToIValue(TorchType type)
        {
            if (type is OptionalType o) return ToIValue(o.Element);
            if (type == TorchType.Bool && this is Int b) return IValue.FromBool(b.Value != 0);
            if (type == TorchType.Float && this is Int fi) return IValue.FromDouble(fi.Value);
            if (type == TorchType.Device && this is Str d) return IValue.FromDevice(new torch.Device(d.Value));
            if (type is ListType list && this is Sequence ls)
                return IValue.FromList(new ScriptList(list.Element, ls.Items.Select(x => x.ToIValue(list.Element)).ToList()));
            if (type is TupleType tuple && this is Sequence ts)
                return IValue.FromTuple(new ScriptTuple(
                    ts.Items.Select((x, i) => x.ToIValue(i < tuple.Elements.Count ? tuple.Elements[i] : TorchType.Any)).ToArray(), tuple));
            return this switch
            {
                Int i => IValue.FromInt(i.Value),
                Float f => IValue.FromDouble(f.Value),
                Str s => IValue.FromString(s.Value),
                Word { Text: "True" } => IValue.FromBool(true),
                Word { Text: "False" } => IValue.FromBool(false),
                Word { Text: "None" } => IValue.None,
                Sequence { IsTuple: false } seq => IValue.FromList(new ScriptList(TorchType.Any, seq.Items.Select(x => x.ToIValue(TorchType.Any)).ToList())),
                Sequence seq => IValue.FromTuple(new ScriptTuple(seq.Items.Select(x => x.ToIValue(TorchType.Any)).ToArray())),
                TensorText { Text: var t } when t.StartsWith('{') => ScalarTensor(t[1..^1]),
                _ => IValue.FromGeneric(ToAttribute()),
            };
        }

        static IValue ScalarTensor(string text)
        {
            var r = new Reader(text);
            object n = r.Number();
            return n is long l ? IValue.FromTensor(torch.tensor(l)) : IValue.FromTensor(torch.tensor((double)n));
        }
    }
}
