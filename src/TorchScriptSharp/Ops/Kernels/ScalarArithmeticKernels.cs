using TorchScriptSharp.Runtime;
using static TorchScriptSharp.Ops.Kernels.Def;

namespace TorchScriptSharp.Ops.Kernels;

/// Arithmetic on TorchScript ints and floats (register_prim_ops.cpp). Python semantics where
/// TorchScript has them (floor division and modulo follow the divisor's sign), C++ semantics where
/// TorchScript has those (int overflow wraps, float division by zero gives inf, not an error).
internal static class ScalarArithmeticKernels
{
    public static void Register()
    {
        // Each family: .int, .float, .int_float, .float_int and the untyped (Scalar a, Scalar b) overload,
        // which computes in int when both are ints and in float otherwise.
        Numeric("aten::add", (a, b) => unchecked(a + b), (a, b) => a + b);
        Numeric("aten::sub", (a, b) => unchecked(a - b), (a, b) => a - b);
        Numeric("aten::mul", (a, b) => unchecked(a * b), (a, b) => a * b);
        Numeric("aten::floordiv", FloorDiv, (a, b) => Math.Floor(a / b));
        Numeric("aten::remainder", Remainder, RemainderFloat);
        Op("aten::fmod.int", (long a, long b) => Fmod(a, b));
        Op("aten::fmod.float", (double a, double b) => Fmod(a, b));
        Op("aten::fmod.int_float", (long a, double b) => Fmod(a, b));
        Op("aten::fmod.float_int", (double a, long b) => Fmod(a, b));
        Op("aten::fmod", (IValue a, IValue b) => Fmod(a.ToDouble(), b.ToDouble()));

        // `/` is true division: always float, and x/0 is inf (no ZeroDivisionError in TorchScript).
        Op("aten::div.int", (long a, long b) => (double)a / b);
        Op("aten::div.float", (double a, double b) => a / b);
        Op("aten::div", (IValue a, IValue b) => a.ToDouble() / b.ToDouble());

        // `**` on ints gives a float in 1.13 (aten::pow.int -> float).
        Op("aten::pow.int", (long a, long b) => Pow(a, b));
        Op("aten::pow.float", (double a, double b) => Pow(a, b));
        Op("aten::pow.int_float", (long a, double b) => Pow(a, b));
        Op("aten::pow.float_int", (double a, long b) => Pow(a, b));
        Op("aten::pow.Scalar_Scalar", (IValue a, IValue b) => Pow(a.ToDouble(), b.ToDouble()));
        Op("aten::pow.int_to_int", (long a, long b) => IntPow(a, b));

        Op("aten::neg.int", (long a) => unchecked(-a));
        Op("aten::neg.float", (double a) => -a);
        Op("aten::neg.Scalar", (IValue a) => a.IsInt ? IValue.FromInt(unchecked(-a.ToInt())) : IValue.FromDouble(-a.ToDouble()));
        Op("prim::abs.int", (long a) => Math.Abs(a));
        Op("prim::abs.float", (double a) => Math.Abs(a));
        Op("prim::abs.Scalar", (IValue a) => a.IsInt ? IValue.FromInt(Math.Abs(a.ToInt())) : IValue.FromDouble(Math.Abs(a.ToDouble())));

        // floor/ceil return ints (math.floor semantics); round returns a float rounded half to even.
        Op("aten::floor.int", (long a) => a);
        Op("aten::floor.float", (double a) => Conversions.DoubleToInt(Math.Floor(a)));
        Op("aten::floor.Scalar", (IValue a) => a.IsInt ? a.ToInt() : Conversions.DoubleToInt(Math.Floor(a.ToDouble())));
        Op("aten::ceil.int", (long a) => a);
        Op("aten::ceil.float", (double a) => Conversions.DoubleToInt(Math.Ceiling(a)));
        Op("aten::ceil.Scalar", (IValue a) => a.IsInt ? a.ToInt() : Conversions.DoubleToInt(Math.Ceiling(a.ToDouble())));
        Op("aten::round.int", (long a) => (double)a);
        Op("aten::round.float", (double a) => Math.Round(a, MidpointRounding.ToEven));
        Op("aten::round.Scalar", (IValue a) => Math.Round(a.ToDouble(), MidpointRounding.ToEven));
        Op("aten::sqrt.int", (long a) => Math.Sqrt(a));
        Op("aten::sqrt.float", (double a) => Math.Sqrt(a));
        Op("aten::sqrt.Scalar", (IValue a) => Math.Sqrt(a.ToDouble()));

        // Bitwise ops. C# masks shift counts to 6 bits exactly like x86 does for PyTorch's C++.
        Op("aten::__and__.int", (long a, long b) => a & b);
        Op("aten::__or__.int", (long a, long b) => a | b);
        Op("aten::__xor__.int", (long a, long b) => a ^ b);
        Op("aten::__and__.bool", (bool a, bool b) => a & b);
        Op("aten::__or__.bool", (bool a, bool b) => a | b);
        Op("aten::__xor__.bool", (bool a, bool b) => a ^ b);
        Op("aten::__lshift__.int", (long a, long b) => a << (int)b);
        Op("aten::__rshift__.int", (long a, long b) => a >> (int)b);
        Op("aten::__not__", (bool a) => !a);

        // c10's min/max are `a < b ? a : b` / `a > b ? a : b`: NaN and signed zeros pick b
        MinMax("prim::min", Math.Min, (a, b) => a < b ? a : b);
        MinMax("prim::max", Math.Max, (a, b) => a > b ? a : b);
    }

    static void Numeric(string name, Func<long, long, long> ints, Func<double, double, double> floats)
    {
        Op(name + ".int", (long a, long b) => ints(a, b));
        Op(name + ".float", (double a, double b) => floats(a, b));
        Op(name + ".int_float", (long a, double b) => floats(a, b));
        Op(name + ".float_int", (double a, long b) => floats(a, b));
        Op(name, (IValue a, IValue b) => a.IsInt && b.IsInt ? IValue.FromInt(ints(a.ToInt(), b.ToInt())) : IValue.FromDouble(floats(a.ToDouble(), b.ToDouble())));
    }

    static void MinMax(string name, Func<long, long, long> ints, Func<double, double, double> floats)
    {
        Numeric(name, ints, floats);
        string what = name.EndsWith("min") ? "min" : "max";
        foreach (var kind in new[] { "int_list", "float_list", "bool_list" })
            Op($"{name}.{kind}", (ScriptList l, ScriptList r) => ListKernels.MinList(l, r, max: what == "max"));
        Op(name + ".self_int", (long[] l) => l.Length == 0 ? throw Empty(what) : l.Aggregate(ints));
        // the running value is the second operand: elem < acc ? elem : acc
        Op(name + ".self_float", (double[] l) => l.Length == 0 ? throw Empty(what) : l.Aggregate((acc, e) => floats(e, acc)));
        Op(name + ".self_bool", (bool[] l) => l.Length == 0 ? throw Empty(what) : l.Select(x => x ? 1L : 0L).Aggregate(ints) != 0);
    }

    static KernelError Empty(string what) => KernelError.Runtime($"{what}() arg is an empty sequence");

    /// Python's floor division: rounds towards negative infinity.
    public static long FloorDiv(long a, long b)
    {
        if (b == 0) throw KernelError.Runtime("division by 0");
        long q = a / b;
        if (a % b != 0 && (a < 0) != (b < 0)) q--;
        return q;
    }

    /// Python's modulo: the result has the divisor's sign. (PyTorch crashes on `x % 0`; we raise.)
    public static long Remainder(long a, long b)
    {
        if (b == 0) throw KernelError.Runtime("integer division or modulo by zero");
        return (b + a % b) % b;
    }

    /// PyTorch's float modulo, fmod(b + fmod(a, b), b): the divisor's sign, NaN for a zero divisor.
    public static double RemainderFloat(double a, double b) => Fmod(b + Fmod(a, b), b);

    /// C's fmod (truncating remainder, the dividend's sign); C#'s `%` on doubles is exactly that.
    public static double Fmod(double a, double b) => a % b;

    public static double Pow(double a, double b)
    {
        if (a == 0 && b < 0) throw KernelError.Runtime("0.0 cannot be raised to a negative power");
        return Math.Pow(a, b);
    }

    static long IntPow(long a, long b)
    {
        if (b < 0) throw KernelError.Runtime("Integers to negative integer powers are not allowed.");
        long r = 1;
        unchecked { while (b-- > 0) r *= a; }
        return r;
    }
}
