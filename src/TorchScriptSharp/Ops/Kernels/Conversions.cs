using System.Globalization;
using TorchScriptSharp.Runtime;
using TorchSharp;
using static TorchSharp.torch;

namespace TorchScriptSharp.Ops.Kernels;

/// Value conversions shared by kernels, with PyTorch's edge-case behaviour.
internal static class Conversions
{
    /// C++'s `static_cast<int64_t>(double)` as x86 executes it: truncation, and the "integer
    /// indefinite" value INT64_MIN for NaN and out-of-range inputs (PyTorch's `int(float('inf'))`).
    /// .NET saturates instead, so the edge cases are spelled out.
    public static long DoubleToInt(double d)
    {
        if (double.IsNaN(d) || d >= 9.2233720368547758e18 || d < -9.2233720368547758e18) return long.MinValue;
        return (long)d;
    }

    /// The single value of a one-element tensor as a TorchScript number (int for integral dtypes,
    /// float for floating ones, bool for bool), what `Tensor.item()` returns.
    public static IValue Item(Tensor t)
    {
        long n = t.numel();
        if (n != 1) throw KernelError.Runtime($"a Tensor with {n} elements cannot be converted to Scalar");
        var dtype = t.dtype;
        using var s = t.ToScalar();
        if (dtype == ScalarType.Bool) return IValue.FromBool(s.ToBoolean());
        if (torch.is_floating_point(dtype)) return IValue.FromDouble(s.ToDouble());
        if (torch.is_complex(dtype)) return IValue.FromComplex(s.ToComplexFloat64());
        return IValue.FromInt(s.ToInt64());
    }

    public static long TensorToInt(Tensor t)
    {
        var v = Item(t);
        return v.Tag switch
        {
            IValueTag.Double => DoubleToInt(v.ToDouble()),
            IValueTag.Complex => DoubleToInt(v.ToComplex().Real),
            _ => v.ToInt(),
        };
    }

    public static double TensorToDouble(Tensor t)
    {
        var v = Item(t);
        return v.Tag == IValueTag.Complex ? v.ToComplex().Real : v.ToDouble();
    }

    public static bool TensorToBool(Tensor t)
    {
        long n = t.numel();
        if (n == 0) throw KernelError.Runtime("Boolean value of Tensor with no values is ambiguous");
        if (n > 1) throw KernelError.Runtime("Boolean value of Tensor with more than one value is ambiguous");
        var v = Item(t);
        return v.Tag switch
        {
            IValueTag.Bool => v.ToBool(),
            IValueTag.Int => v.ToInt() != 0,
            IValueTag.Complex => v.ToComplex() != System.Numerics.Complex.Zero,
            _ => v.ToDouble() != 0,
        };
    }

    /// `int("12")`: std::stoll that must consume the whole string (leading whitespace allowed).
    public static long ParseInt(string s)
    {
        if (long.TryParse(s.TrimStart(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out long v)) return v;
        throw KernelError.Runtime($"invalid literal for int() with base 10: '{s}'");
    }

    /// `float("1.5")`: std::stod, which accepts inf/nan spellings; PyTorch's message is just "stod".
    public static double ParseFloat(string s)
    {
        string t = s.Trim();
        string lower = t.ToLowerInvariant();
        if (lower is "inf" or "+inf" or "infinity" or "+infinity") return double.PositiveInfinity;
        if (lower is "-inf" or "-infinity") return double.NegativeInfinity;
        if (lower is "nan" or "+nan" or "-nan") return double.NaN;
        if (double.TryParse(t, NumberStyles.Float, CultureInfo.InvariantCulture, out double d)) return d;
        throw KernelError.Runtime("stod");
    }

    /// The checks PyTorch makes when a tensor is used where a number is expected (IntImplicit...).
    public static void CheckImplicitTensorToNum(Tensor t, bool toInt)
    {
        if (t.requires_grad) throw KernelError.Runtime("Cannot input a tensor that requires grad as a scalar argument");
        if (t.dim() != 0) throw KernelError.Runtime($"Cannot input a tensor of dimension other than 0 as a scalar argument");
        if (toInt && !torch.is_integral(t.dtype))
            throw KernelError.Runtime($"Cannot input a tensor of type {ScalarTypeName(t.dtype)} as an integral argument");
    }

    /// PyTorch's short dtype name (`Float`, `Long`), as its error messages print it.
    public static string ScalarTypeName(ScalarType t) => t switch
    {
        ScalarType.Byte => "Byte", ScalarType.Int8 => "Char", ScalarType.Int16 => "Short", ScalarType.Int32 => "Int",
        ScalarType.Int64 => "Long", ScalarType.Float16 => "Half", ScalarType.Float32 => "Float", ScalarType.Float64 => "Double",
        ScalarType.ComplexFloat32 => "ComplexFloat", ScalarType.ComplexFloat64 => "ComplexDouble", ScalarType.Bool => "Bool",
        ScalarType.BFloat16 => "BFloat16", _ => t.ToString(),
    };

    /// A Python number as a 0-dim tensor (prim::NumToTensor): int64 for ints, float64 for floats.
    public static Tensor NumberToTensor(IValue v) => v.Tag switch
    {
        IValueTag.Int => torch.tensor(v.ToInt(), ScalarType.Int64),
        IValueTag.Double => torch.tensor(v.ToDouble(), ScalarType.Float64),
        IValueTag.Bool => torch.tensor(v.ToBool(), ScalarType.Bool),
        IValueTag.Complex => torch.tensor(v.ToComplex(), ScalarType.ComplexFloat64),
        _ => throw new InvalidOperationException($"expected a number but got {v.Tag}"),
    };
}
