using TorchScriptSharp.IR;
using TorchScriptSharp.Ops;
using TorchScriptSharp.Runtime;
using TorchScriptSharp.Types;

namespace TorchScriptSharp.Printing;

/// How many of an op's arguments `.code` must spell out (PyTorch's CalculateNecessaryArgs): trailing
/// arguments that are constants equal to the schema default are left off, so `torch.add(x, 1)`
/// rather than `torch.add(x, 1, 1)`. Trailing `out=` arguments are counted separately and kept.
static class ArgumentTrimming
{
    public static (int Necessary, int Out) Calculate(IReadOnlyList<Argument> args, IReadOnlyList<Value> inputs)
    {
        if (args.Count == 0) return (0, 0);
        int idx = args.Count - 1;
        while (idx >= 0 && IsOut(args[idx])) idx--;
        int numOut = args.Count - idx - 1;
        if (args.Count < inputs.Count) return (inputs.Count, numOut);
        for (; idx >= 0; idx--)
        {
            var arg = args[idx];
            if (!arg.HasDefault) return (idx + 1, numOut);
            var actual = ConstantValue.Of(inputs[idx]);
            if (actual is null || !DeepEquals(DefaultValue(arg), actual.Value)) return (idx + 1, numOut);
        }
        return (0, numOut);
    }

    public static bool IsOut(Argument a) => a.KwargOnly && a.Alias?.IsWrite == true;

    /// A broadcasting list default (`int[2] stride=1`) means the list `[1, 1]`.
    public static IValue DefaultValue(Argument a)
    {
        var d = a.Default;
        if (a.Type is ListType or OptionalType { Element: ListType } && (d.IsInt || d.IsDouble || d.IsBool))
        {
            var elem = a.Type is ListType l ? l.Element : ((ListType)((OptionalType)a.Type).Element).Element;
            return IValue.FromList(new ScriptList(elem, Enumerable.Repeat(d, a.FixedSize ?? 1).ToList()));
        }
        return d;
    }

    /// IValue equality as c10 defines it for this purpose: same tag and equal contents
    /// (an int default does not match a float constant).
    public static bool DeepEquals(IValue a, IValue b)
    {
        if (a.Tag != b.Tag) return false;
        switch (a.Tag)
        {
            case IValueTag.List:
                var la = a.ToList().Items; var lb = b.ToList().Items;
                return la.Count == lb.Count && la.Zip(lb).All(p => DeepEquals(p.First, p.Second));
            case IValueTag.Tuple:
                var ta = a.ToTuple().Elements; var tb = b.ToTuple().Elements;
                return ta.Length == tb.Length && ta.Zip(tb).All(p => DeepEquals(p.First, p.Second));
            default:
                return a.Equals(b);
        }
    }
}

/// The compile-time value of a `prim::Constant` output (PyTorch's toIValue), or null for anything
/// else, function constants included (they print as a name, not a value).
static class ConstantValue
{
    public static IValue? Of(Value v) => v.Type == TorchType.Function ? null : v.Constant;
}
