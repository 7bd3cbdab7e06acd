using System.Numerics;
using TorchSharp;

namespace TorchScriptSharp.Serialization;

/// Python's notion of dict-key equality: numbers compare by value across bool/int/float
/// (1 == 1.0 == True), strings ordinally, tuples element-wise, and everything else that is hashable
/// (tensors, devices, dtypes) by identity or record equality. Lists and dicts are unhashable.
public sealed class PyKeyComparer : IEqualityComparer<object?>
{
    public static readonly PyKeyComparer Instance = new();

    public new bool Equals(object? a, object? b)
    {
        if (ReferenceEquals(a, b)) return true;
        if (a is null || b is null) return false;
        if (IsNumber(a) && IsNumber(b))
        {
            if (a is double || b is double) return ToDouble(a) == ToDouble(b);
            return ToLong(a) == ToLong(b);
        }
        return a switch
        {
            string s => b is string t && s == t,
            PyTuple t => t.Equals(b as PyTuple),
            torch.Tensor => false, // identity only, handled above
            _ => a.Equals(b),
        };
    }

    public int GetHashCode(object? o) => o switch
    {
        null => 0x5bd1e995,
        bool b => b ? 1 : 0,
        long l => l.GetHashCode(),
        // Integral doubles must hash like the equal integer (Python: hash(1.0) == hash(1)).
        double d => d == Math.Floor(d) && d >= long.MinValue && d < 9.2233720368547758e18
            ? ((long)d).GetHashCode() : d.GetHashCode(),
        string s => StringComparer.Ordinal.GetHashCode(s),
        PyTuple t => t.GetHashCode(),
        PyList => throw new TorchSaveException("unhashable type: 'list' used as a dict key"),
        PyDict => throw new TorchSaveException("unhashable type: 'dict' used as a dict key"),
        torch.Tensor t => System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(t),
        _ => o.GetHashCode(),
    };

    private static bool IsNumber(object o) => o is bool or long or double;
    private static double ToDouble(object o) => o switch { bool b => b ? 1 : 0, long l => l, _ => (double)o };
    private static long ToLong(object o) => o switch { bool b => b ? 1 : 0, _ => (long)o };
}
