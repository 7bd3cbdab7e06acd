using TorchScriptSharp.IR;
using TorchScriptSharp.Runtime;
using TorchScriptSharp.Syntax;
using TorchScriptSharp.Types;

namespace TorchScriptSharp.Compiler;

/// How a for-loop walks an iterable: its trip count and how to get the element at an index.
public sealed record Iteration(Value Length, Func<Value, Value> Element)
{
    /// For zip/enumerate: the lengths of all the iterated leaves (nested trees flatten into one min).
    public IReadOnlyList<Value> LeafLengths { get; init; } = Array.Empty<Value>();

    public static Iteration Prepare(FunctionEmitter e, SugaredValue iterable, SourceRange range)
    {
        switch (iterable)
        {
            case RangeValue r:
                if (r.Start == null && r.Step == null) return new Iteration(r.End, i => i);
                var start = r.Start ?? e.Constant(0);
                var step = r.Step ?? e.Constant(1);
                var length = e.Op(range, "aten::__range_length", start, r.End, step);
                return new Iteration(length, i => e.Op(range, "aten::__derive_index", i, start, step));
            case ClassValue { Type: EnumType et }:
                // iterating an enum class walks the list of its members
                // (a constant list, as PyTorch makes it)
                var values = et.Members.Select(m => IValue.FromGeneric(new ScriptEnumValue(et, m.Name, (IValue)m.Value))).ToList();
                var members = e.Graph.InsertConstant(IValue.FromList(new ScriptList(et, values)), new ListType(et), range);
                return Prepare(e, new SimpleValue(members), range);
            case IterableTree tree:
                var children = tree.Children.Select(c => Prepare(e, c, range)).ToList();
                // nested zip/enumerate share one trip count: the minimum over all the leaves' lengths
                var lengths = tree.Children.Zip(children).SelectMany(p => p.First is IterableTree ? p.Second.LeafLengths : new[] { p.Second.Length }).ToList();
                var len = lengths.Count == 1 ? lengths[0] : e.Op(range, "prim::min", e.MakeList(range, TorchType.Int, lengths));
                return new Iteration(len, i =>
                {
                    var items = children.Select(c => c.Element(i)).ToList();
                    return e.MakeTuple(range, items);
                }) { LeafLengths = lengths };
            case SimpleValue sv:
                var v = sv.Value;
                switch (v.Type)
                {
                    case ListType:
                        return new Iteration(e.Op(range, "aten::len", v), i => e.Op(range, "aten::__getitem__", v, i));
                    case var t when t == TorchType.Str_:
                        return new Iteration(e.Op(range, "aten::len", v), i => e.Op(range, "aten::__getitem__", v, i));
                    case var t when t == TorchType.Tensor:
                        return new Iteration(e.Op(range, "aten::len", v), i => e.Op(range, "aten::select", v, e.Constant(0), i));
                    case DictType:
                        var keys = e.Op(range, "aten::keys", v);
                        return new Iteration(e.Op(range, "aten::len", keys), i => e.Op(range, "aten::__getitem__", keys, i));
                    case TupleType tt when tt.Elements.Distinct().Count() <= 1:
                        var list = e.TupleToList(range, v);
                        return new Iteration(e.Op(range, "aten::len", list), i => e.Op(range, "aten::__getitem__", list, i));
                }
                throw new CompileError($"'{v.Type.AnnotationStr()}' object is not iterable", range);
        }
        throw new CompileError($"'{iterable.Kind}' object is not iterable", range);
    }
}
