using System.Numerics;
using TorchSharp;

namespace TorchScriptSharp.Eager;

/// Conversions between Python numbers as the evaluator represents them (bool, long, double, Complex).
static class PyConvert
{
    public static bool IsNumber(object? v) => v is bool or long or int or double or float or Complex;
    public static bool IsInt(object? v) => v is long or int or bool;

    public static long ToLong(object? v) => v switch
    {
        long l => l,
        int i => i,
        bool b => b ? 1 : 0,
        torch.Tensor t when t.dim() == 0 && !t.is_floating_point() && !t.is_complex() => TensorIndex(t),
        _ => throw Interpreter.TypeError($"'{PyOps.TypeOf(v).Name}' object cannot be interpreted as an integer"),
    };

    /// A 0-dim integer tensor used as an int (`range(n)`, list indices): Python's `__index__`.
    static long TensorIndex(torch.Tensor t)
    {
        Tracing.TracingState.WarnConversion("index");
        return t.to_type(torch.ScalarType.Int64).item<long>();
    }

    /// `__float__` (float(t), math functions): PyTorch's tracer calls this a Python float.
    static double TensorNumber(torch.Tensor t)
    {
        Tracing.TracingState.WarnConversion("float");
        return t.to_type(torch.ScalarType.Float64).item<double>();
    }

    public static double ToDouble(object? v) => v switch
    {
        double d => d,
        float f => f,
        long l => l,
        int i => i,
        bool b => b ? 1 : 0,
        torch.Tensor t when t.numel() == 1 => TensorNumber(t),
        _ => throw Interpreter.TypeError($"must be real number, not {PyOps.TypeOf(v).Name}"),
    };

    public static Complex ToComplex(object? v) => v is Complex c ? c : new Complex(ToDouble(v), 0);

    /// An index (`operator.index`): ints, bools, and integral one-element tensors as PyTorch allows.
    public static long ToIndex(object? v) => v switch
    {
        long l => l,
        bool b => b ? 1 : 0,
        int i => i,
        torch.Tensor t when t.numel() == 1 && !t.is_floating_point() && t.dtype != torch.ScalarType.Bool => TensorIndex(t),
        _ => throw Interpreter.TypeError($"'{PyOps.TypeOf(v).Name}' object cannot be interpreted as an integer"),
    };

    /// Normalises a possibly negative sequence index; out of range is an IndexError naming the type.
    public static int NormalizeIndex(object? index, int count, string typeName)
    {
        long i = ToIndex(index);
        if (i < 0) i += count;
        if (i < 0 || i >= count) throw new PythonException(BuiltinTypes.IndexError, $"{typeName} index out of range");
        return (int)i;
    }
}
