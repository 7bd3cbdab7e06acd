using System.Numerics;
using System.Runtime.InteropServices;
using TorchScriptSharp.Runtime;
using TorchScriptSharp.Types;
using static TorchScriptSharp.Ops.Kernels.Def;

namespace TorchScriptSharp.Ops.Kernels;

/// The `math` module and the scalar builtins of TorchScript (register_prim_ops.cpp,
/// register_prim_ops_fulljit.cpp): unary math functions in their .int/.float/.complex/.Scalar
/// overloads, binary ones (atan2, copysign, log with a base, remainder...), divmod, modf, frexp,
/// ldexp, gcd, factorial, complex arithmetic and construction, hash.
/// Transcendental functions go to the C library (libm) where .NET has no equivalent, so results are
/// bit-identical to PyTorch's `std::` calls.
internal static class MathKernels
{
    public static void Register()
    {
        // Unary float functions: .int and .float return float; .Scalar keeps the float result.
        Unary("exp", Math.Exp, Complex.Exp);
        Unary("log", Math.Log, Complex.Log);
        Unary("log10", Math.Log10, Complex.Log10);
        Unary("log1p", LibM.log1p, null);
        Unary("expm1", LibM.expm1, null);
        Unary("sin", Math.Sin, Complex.Sin);
        Unary("cos", Math.Cos, Complex.Cos);
        Unary("tan", Math.Tan, Complex.Tan);
        Unary("asin", Math.Asin, ComplexAsin);
        Unary("acos", Math.Acos, ComplexAcos);
        Unary("atan", Math.Atan, ComplexAtan);
        Unary("sinh", Math.Sinh, Complex.Sinh);
        Unary("cosh", Math.Cosh, Complex.Cosh);
        Unary("tanh", Math.Tanh, Complex.Tanh);
        Unary("asinh", Math.Asinh, ComplexAsinh);
        Unary("acosh", Math.Acosh, ComplexAcosh);
        Unary("atanh", Math.Atanh, ComplexAtanh);
        Unary("erf", LibM.erf, null);
        Unary("erfc", LibM.erfc, null);
        Unary("gamma", LibM.tgamma, null);
        Unary("lgamma", LibM.lgamma, null);
        Unary("fabs", Math.Abs, null);
        Unary("degrees", a => a * (180.0 / Math.PI), null);
        Unary("radians", a => a * (Math.PI / 180.0), null);
        Op("aten::sqrt.complex", (IValue a) => IValue.FromComplex(Complex.Sqrt(a.ToComplex())));

        Op("aten::isnan.float", (double a) => double.IsNaN(a));
        Op("aten::isinf.float", (double a) => double.IsInfinity(a));
        Op("aten::isfinite.float", (double a) => double.IsFinite(a));
        Op("aten::isnan.complex", (IValue a) => double.IsNaN(a.ToComplex().Real) || double.IsNaN(a.ToComplex().Imaginary));
        Op("aten::isinf.complex", (IValue a) => double.IsInfinity(a.ToComplex().Real) || double.IsInfinity(a.ToComplex().Imaginary));
        Op("aten::isfinite.complex", (IValue a) => double.IsFinite(a.ToComplex().Real) && double.IsFinite(a.ToComplex().Imaginary));

        Multi("aten::modf", (double a) =>
        {
            double ip = Math.Truncate(a);
            double frac = double.IsInfinity(a) ? Math.CopySign(0.0, a) : a - ip;
            if (frac == 0) frac = Math.CopySign(0.0, a);
            return new[] { IValue.FromDouble(frac), IValue.FromDouble(ip) };
        });
        Multi("aten::frexp", (double a) =>
        {
            double m = LibM.Frexp(a, out int e);
            return new[] { IValue.FromDouble(m), IValue.FromInt(e) };
        });
        Op("aten::ldexp", (double x, long i) => LibM.ldexp(x, (int)Math.Clamp(i, int.MinValue, int.MaxValue)));
        Op("aten::gcd.int", (long a, long b) => Gcd(a, b));
        Op("aten::factorial.int", (long a) => Factorial(a));

        Binary("atan2", Math.Atan2);
        Binary("copysign", Math.CopySign);
        Binary("mathremainder", LibM.remainder);
        Op("aten::log.int_int", (long a, long b) => Math.Log(a) / Math.Log(b));
        Op("aten::log.float_float", (double a, double b) => Math.Log(a) / Math.Log(b));
        Op("aten::log.int_float", (long a, double b) => Math.Log(a) / Math.Log(b));
        Op("aten::log.float_int", (double a, long b) => Math.Log(a) / Math.Log(b));
        Op("aten::log.Scalar_Scalar", (IValue a, IValue b) => Math.Log(a.ToDouble()) / Math.Log(b.ToDouble()));
        foreach (var ov in new[] { "complex_complex", "int_complex", "complex_int", "float_complex", "complex_float" })
            Op("aten::log." + ov, (IValue a, IValue b) => IValue.FromComplex(Complex.Log(a.ToComplex()) / Complex.Log(b.ToComplex())));

        Multi("aten::divmod.int", (long a, long b) =>
        {
            if (b == 0) throw KernelError.Runtime("ZeroDivisionError: integer division or modulo by zero");
            long q = ScalarArithmeticKernels.FloorDiv(a, b);
            return new[] { IValue.FromInt(q), IValue.FromInt(unchecked(a - q * b)) };
        });
        Multi("aten::divmod.float", (double a, double b) => DivMod(a, b));
        Multi("aten::divmod.int_float", (long a, double b) => DivMod(a, b));
        Multi("aten::divmod.float_int", (double a, long b) => DivMod(a, b));
        Op("aten::__round_to_zero_floordiv.int", (long a, long b) =>
            b == 0 ? throw KernelError.Runtime("ZeroDivisionError: integer division or modulo by zero") : a / b);

        // angle(): 0 or pi for reals (NaN stays NaN), arg() for complex.
        Op("aten::angle.int", (long a) => a < 0 ? Math.PI : 0.0);
        Op("aten::angle.float", (double a) => double.IsNaN(a) ? a : a < 0 ? Math.PI : 0.0);
        Op("aten::angle.complex", (IValue a) => a.ToComplex().Phase);
        Op("aten::angle.Scalar", (IValue a) => a.Tag == IValueTag.Complex ? a.ToComplex().Phase
            : double.IsNaN(a.ToDouble()) ? a.ToDouble() : a.ToDouble() < 0 ? Math.PI : 0.0);

        // Complex numbers.
        ComplexBinary("add", (a, b) => a + b);
        ComplexBinary("sub", (a, b) => a - b);
        ComplexBinary("mul", (a, b) => a * b);
        Op("aten::div.complex", (IValue a, IValue b) => IValue.FromComplex(a.ToComplex() / b.ToComplex()));
        foreach (var ov in new[] { "complex", "float_complex", "complex_float" })
            Op("aten::pow." + ov, (IValue a, IValue b) => IValue.FromComplex(Complex.Pow(a.ToComplex(), b.ToComplex())));
        foreach (var ov in new[] { "complex", "float_complex", "complex_float" })
        {
            Op("aten::eq." + ov, (IValue a, IValue b) => a.ToComplex() == b.ToComplex());
            Op("aten::ne." + ov, (IValue a, IValue b) => a.ToComplex() != b.ToComplex());
        }
        Op("aten::neg.complex", (IValue a) => IValue.FromComplex(-a.ToComplex()));
        Op("prim::abs.complex", (IValue a) => Complex.Abs(a.ToComplex()));
        Op("aten::sum.complex", (ScriptList l) => IValue.FromComplex(l.Items.Aggregate(Complex.Zero, (s, x) => s + x.ToComplex())));
        Op("aten::Complex.Scalar", (IValue a) => IValue.FromComplex(a.Tag == IValueTag.Bool ? (a.ToBool() ? 1 : 0) : a.ToComplex()));
        foreach (var x in new[] { "int", "float", "bool" })
            foreach (var y in new[] { "int", "float", "bool" })
                Op($"aten::Complex.{x}_{y}", (IValue re, IValue im) => IValue.FromComplex(new Complex(re.ToDouble(), im.ToDouble())));
        foreach (var ov in new[] { "int", "float", "int_float", "float_int", "Scalar_Scalar" })
            Op($"aten::polar.{ov}", (IValue r, IValue t) => IValue.FromComplex(Polar(r.ToDouble(), t.ToDouble())));

        Op("aten::hash.generic", (IValue v) => Hash(v));
    }

    static void Unary(string name, Func<double, double> f, Func<Complex, Complex>? complex)
    {
        Op($"aten::{name}.int", (long a) => f(a));
        Op($"aten::{name}.float", (double a) => f(a));
        Op($"aten::{name}.Scalar", (IValue a) => a.Tag == IValueTag.Complex && complex != null
            ? IValue.FromComplex(complex(a.ToComplex())) : IValue.FromDouble(f(a.ToDouble())));
        if (complex != null) Op($"aten::{name}.complex", (IValue a) => IValue.FromComplex(complex(a.ToComplex())));
    }

    static void Binary(string name, Func<double, double, double> f)
    {
        Op($"aten::{name}.int", (long a, long b) => f(a, b));
        Op($"aten::{name}.float", (double a, double b) => f(a, b));
        Op($"aten::{name}.int_float", (long a, double b) => f(a, b));
        Op($"aten::{name}.float_int", (double a, long b) => f(a, b));
        // The untyped overload is `name(Scalar, Scalar)` or `name.Scalar_Scalar`, whichever the schema list has.
        Op(name == "atan2" ? "aten::atan2.Scalar_Scalar" : $"aten::{name}", (IValue a, IValue b) => f(a.ToDouble(), b.ToDouble()));
    }

    static void ComplexBinary(string name, Func<Complex, Complex, Complex> f)
    {
        foreach (var ov in new[] { "complex", "int_complex", "complex_int", "float_complex", "complex_float" })
            Op($"aten::{name}.{ov}", (IValue a, IValue b) => IValue.FromComplex(f(a.ToComplex(), b.ToComplex())));
    }

    /// PyTorch's divmod for floats (C++ port of CPython's float_divmod).
    static IValue[] DivMod(double a, double b)
    {
        if (b == 0) throw KernelError.Runtime("ZeroDivisionError: float divmod()");
        double mod = a % b;
        double div = (a - mod) / b;
        if (mod != 0)
        {
            if ((b < 0) != (mod < 0)) { mod += b; div -= 1.0; }
        }
        else mod = Math.CopySign(0.0, b);
        double floordiv;
        if (div != 0)
        {
            floordiv = Math.Floor(div);
            if (div - floordiv > 0.5) floordiv += 1.0;
        }
        else floordiv = Math.CopySign(0.0, a / b);
        return new[] { IValue.FromDouble(floordiv), IValue.FromDouble(mod) };
    }

    static long Gcd(long a, long b)
    {
        while (b != 0) { long t = a % b; a = b; b = t; }
        return Math.Abs(a);
    }

    static long Factorial(long n)
    {
        if (n < 0) throw KernelError.Runtime("factorial() not defined for negative values");
        long r = 1;
        unchecked { for (long i = 2; i <= n; i++) r *= i; }
        return r;
    }

    static Complex Polar(double r, double theta) => new(r * Math.Cos(theta), r * Math.Sin(theta));

    // std::complex inverse functions (C99 Annex G formulas through the identities libstdc++ uses).
    static readonly Complex I = Complex.ImaginaryOne;
    static Complex ComplexAsinh(Complex z) => Complex.Log(z + Complex.Sqrt(z * z + 1));
    static Complex ComplexAcosh(Complex z) => 2.0 * Complex.Log(Complex.Sqrt(0.5 * (z + 1)) + Complex.Sqrt(0.5 * (z - 1)));
    static Complex ComplexAtanh(Complex z) => 0.5 * (Complex.Log(1 + z) - Complex.Log(1 - z));
    static Complex ComplexAsin(Complex z) { var t = ComplexAsinh(new Complex(-z.Imaginary, z.Real)); return new Complex(t.Imaginary, -t.Real); }
    static Complex ComplexAcos(Complex z) { var t = ComplexAsin(z); return new Complex(Math.PI / 2 - t.Real, -t.Imaginary); }
    static Complex ComplexAtan(Complex z) { var t = ComplexAtanh(new Complex(-z.Imaginary, z.Real)); return new Complex(t.Imaginary, -t.Real); }

    /// `hash(x)`: c10's IValue hash, i.e. libstdc++'s std::hash: identity for ints and bools,
    /// Murmur-style _Hash_bytes for strings and (non-zero) doubles, identity of the object otherwise.
    public static long Hash(IValue v)
    {
        switch (v.Tag)
        {
            case IValueTag.Int: case IValueTag.Bool: return v.ToInt();
            case IValueTag.String: return unchecked((long)HashBytes(System.Text.Encoding.UTF8.GetBytes(v.ToStr())));
            case IValueTag.Double:
                double d = v.ToDouble();
                return d == 0 ? 0 : unchecked((long)HashBytes(BitConverter.GetBytes(d)));
            case IValueTag.None: return 0;
            case IValueTag.Tuple:
                ulong seed = 0;
                foreach (var e in v.ToTuple().Elements)
                    seed ^= unchecked((ulong)Hash(e) + 0x9e3779b9UL + (seed << 6) + (seed >> 2));
                return unchecked((long)seed);
            default:
                return System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(v.Reference);
        }
    }

    /// libstdc++'s std::_Hash_bytes (64-bit), seed 0xc70f6907.
    static ulong HashBytes(byte[] buf)
    {
        const ulong mul = (0xc6a4a793UL << 32) + 0x5bd1e995UL;
        static ulong ShiftMix(ulong v) => v ^ (v >> 47);
        int len = buf.Length, aligned = len & ~7;
        ulong hash = unchecked(0xc70f6907UL ^ ((ulong)len * mul));
        unchecked
        {
            for (int p = 0; p < aligned; p += 8)
            {
                ulong data = ShiftMix(BitConverter.ToUInt64(buf, p) * mul) * mul;
                hash ^= data;
                hash *= mul;
            }
            if ((len & 7) != 0)
            {
                ulong data = 0;
                for (int n = len - 1; n >= aligned; n--) data = (data << 8) + buf[n];
                hash ^= data;
                hash *= mul;
            }
            hash = ShiftMix(hash) * mul;
            hash = ShiftMix(hash);
        }
        return hash;
    }
}

/// The C math library PyTorch's scalar kernels call (`std::erf`, `std::tgamma`...), bound directly so
/// the results are bit-identical; NativeLibrary resolves "libm" to the platform's C runtime.
internal static class LibM
{
    const string Lib = "libm";

    static LibM()
    {
        try
        {
            NativeLibrary.SetDllImportResolver(typeof(LibM).Assembly, (name, asm, path) =>
            {
                if (name != Lib) return IntPtr.Zero;
                foreach (var candidate in new[] { "libm.so.6", "libm.dylib", "libSystem.dylib", "ucrtbase.dll", "msvcrt.dll" })
                    if (NativeLibrary.TryLoad(candidate, out var h)) return h;
                return IntPtr.Zero;
            });
        }
        catch (InvalidOperationException) { } // the assembly already has a resolver; "libm" still resolves on Linux

    }

    [DllImport(Lib, EntryPoint = "erf")] static extern double Erf(double x);
    [DllImport(Lib, EntryPoint = "erfc")] static extern double Erfc(double x);
    [DllImport(Lib, EntryPoint = "tgamma")] static extern double TGamma(double x);
    [DllImport(Lib, EntryPoint = "lgamma")] static extern double LGamma(double x);
    [DllImport(Lib, EntryPoint = "expm1")] static extern double Expm1(double x);
    [DllImport(Lib, EntryPoint = "log1p")] static extern double Log1p(double x);
    [DllImport(Lib, EntryPoint = "remainder")] static extern double Remainder(double x, double y);
    [DllImport(Lib, EntryPoint = "ldexp")] static extern double Ldexp(double x, int e);
    [DllImport(Lib, EntryPoint = "frexp")] static extern double FrexpNative(double x, out int e);

    public static double erf(double x) => Erf(x);
    public static double erfc(double x) => Erfc(x);
    public static double tgamma(double x) => TGamma(x);
    public static double lgamma(double x) => LGamma(x);
    public static double expm1(double x) => Expm1(x);
    public static double log1p(double x) => Log1p(x);
    public static double remainder(double x, double y) => Remainder(x, y);
    public static double ldexp(double x, int e) => Ldexp(x, e);
    public static double Frexp(double x, out int e) => FrexpNative(x, out e);
}
