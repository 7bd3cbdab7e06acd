using TorchScriptSharp.Runtime;
using static TorchScriptSharp.Ops.Kernels.Def;
using static TorchSharp.torch;

namespace TorchScriptSharp.Ops.Kernels;

/// Comparisons of ints, floats, bools, strings, devices and lists, plus `is` / `is not`.
internal static class ScalarCompareKernels
{
    public static void Register()
    {
        Compare("aten::eq", (a, b) => a == b, (a, b) => a == b, c => c == 0);
        Compare("aten::ne", (a, b) => a != b, (a, b) => a != b, c => c != 0);
        Compare("aten::lt", (a, b) => a < b, (a, b) => a < b, c => c < 0);
        Compare("aten::le", (a, b) => a <= b, (a, b) => a <= b, c => c <= 0);
        Compare("aten::gt", (a, b) => a > b, (a, b) => a > b, c => c > 0);
        Compare("aten::ge", (a, b) => a >= b, (a, b) => a >= b, c => c >= 0);

        Op("aten::eq.bool", (bool a, bool b) => a == b);
        Op("aten::ne.bool", (bool a, bool b) => a != b);
        Op("aten::eq.device", (Device a, Device b) => a.ToString() == b.ToString());
        Op("aten::ne.device", (Device a, Device b) => a.ToString() != b.ToString());

        foreach (var (suffix, negate) in new[] { ("eq", false), ("ne", true) })
        {
            bool neg = negate;
            Op($"aten::{suffix}.int_list", (ScriptList a, ScriptList b) => ListEquals(a, b) != neg);
            Op($"aten::{suffix}.float_list", (ScriptList a, ScriptList b) => ListEquals(a, b) != neg);
            Op($"aten::{suffix}.bool_list", (ScriptList a, ScriptList b) => ListEquals(a, b) != neg);
            Op($"aten::{suffix}.str_list", (ScriptList a, ScriptList b) => ListEquals(a, b) != neg);
            Op($"aten::{suffix}.Tensor_list", (Tensor[] a, Tensor[] b) =>
                (a.Length == b.Length && a.Zip(b).All(p => TensorEqual(p.First, p.Second))) != neg);
        }

        Op("aten::__is__", (IValue a, IValue b) => Is(a, b));
        Op("aten::__isnot__", (IValue a, IValue b) => !Is(a, b));
    }

    static void Compare(string name, Func<long, long, bool> ints, Func<double, double, bool> floats, Func<int, bool> strings)
    {
        Op(name + ".int", (long a, long b) => ints(a, b));
        Op(name + ".float", (double a, double b) => floats(a, b));
        Op(name + ".int_float", (long a, double b) => floats(a, b));
        Op(name + ".float_int", (double a, long b) => floats(a, b));
        Op(name, (IValue a, IValue b) => a.IsInt && b.IsInt ? ints(a.ToInt(), b.ToInt()) : floats(a.ToDouble(), b.ToDouble()));
        // Python compares strings by code point; ordinal UTF-16 order agrees outside surrogate pairs.
        Op(name + ".str", (string a, string b) => strings(string.CompareOrdinal(a, b)));
    }

    /// torch.equal: same shape and the same values.
    public static bool TensorEqual(Tensor a, Tensor b) => a.shape.SequenceEqual(b.shape) && a.allclose(b, 0, 0);

    /// Element-wise Python equality of two lists of primitives.
    public static bool ListEquals(ScriptList a, ScriptList b)
    {
        if (a.Count != b.Count) return false;
        for (int i = 0; i < a.Count; i++)
            if (!a[i].Equals(b[i])) return false;
        return true;
    }

    /// Python `is`: identity for objects, value equality for the unboxed primitives (PyTorch compares
    /// the IValue payloads), None is None.
    public static bool Is(IValue a, IValue b)
    {
        if (a.Tag != b.Tag) return false;
        return a.Tag switch
        {
            IValueTag.None => true,
            IValueTag.Int or IValueTag.Double or IValueTag.Bool => a.Equals(b),
            IValueTag.String => ReferenceEquals(a.Reference, b.Reference) || a.ToStr() == b.ToStr(),
            _ => ReferenceEquals(a.Reference, b.Reference),
        };
    }
}
