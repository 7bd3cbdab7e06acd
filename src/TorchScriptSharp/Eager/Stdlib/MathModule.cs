namespace TorchScriptSharp.Eager.Stdlib;

/// Python's `math`, on doubles (floor/ceil/trunc return ints as in Python 3).
static class MathModule
{
    public static PyModuleObject Create()
    {
        var m = new PyModuleObject("math");
        m.Dict["pi"] = Math.PI;
        m.Dict["e"] = Math.E;
        m.Dict["tau"] = 2 * Math.PI;
        m.Dict["inf"] = double.PositiveInfinity;
        m.Dict["nan"] = double.NaN;
        void F1(string name, Func<double, double> f) => m.Dict[name] = new BuiltinFunction(name, (ev, a) => Checked(name, f(PyConvert.ToDouble(a.Positional[0])), a.Positional[0]));
        void Def(string name, Func<Interpreter, CallArgs, object?> body) => m.Dict[name] = new BuiltinFunction(name, body);
        F1("sqrt", x => x < 0 ? double.NaN : Math.Sqrt(x));
        F1("exp", Math.Exp);
        F1("expm1", x => Math.Abs(x) < 1e-5 ? x + x * x / 2 + x * x * x / 6 : Math.Exp(x) - 1);
        F1("log2", x => x <= 0 ? double.NaN : Math.Log2(x));
        F1("log10", x => x <= 0 ? double.NaN : Math.Log10(x));
        F1("log1p", x => x <= -1 ? double.NaN : Math.Abs(x) < 1e-4 ? x - x * x / 2 + x * x * x / 3 : Math.Log(1 + x));
        F1("fabs", Math.Abs);
        F1("sin", Math.Sin); F1("cos", Math.Cos); F1("tan", Math.Tan);
        F1("asin", Math.Asin); F1("acos", Math.Acos); F1("atan", Math.Atan);
        F1("sinh", Math.Sinh); F1("cosh", Math.Cosh); F1("tanh", Math.Tanh);
        F1("asinh", Math.Asinh); F1("acosh", Math.Acosh); F1("atanh", Math.Atanh);
        F1("erf", Torch.NnInit.Erf);
        F1("erfc", x => 1 - Torch.NnInit.Erf(x));
        F1("degrees", x => x * 180 / Math.PI);
        F1("radians", x => x * Math.PI / 180);
        F1("gamma", Gamma);
        F1("lgamma", x => Math.Log(Math.Abs(Gamma(x))));
        Def("log", (ev, a) =>
        {
            double x = PyConvert.ToDouble(a.Positional[0]);
            if (x <= 0) throw Interpreter.ValueError("math domain error");
            return a.Positional.Count > 1 ? Math.Log(x) / Math.Log(PyConvert.ToDouble(a.Positional[1])) : Math.Log(x);
        });
        Def("pow", (ev, a) => Math.Pow(PyConvert.ToDouble(a.Positional[0]), PyConvert.ToDouble(a.Positional[1])));
        Def("atan2", (ev, a) => Math.Atan2(PyConvert.ToDouble(a.Positional[0]), PyConvert.ToDouble(a.Positional[1])));
        Def("hypot", (ev, a) => Math.Sqrt(a.Positional.Sum(x => PyConvert.ToDouble(x) * PyConvert.ToDouble(x))));
        Def("copysign", (ev, a) => Math.CopySign(PyConvert.ToDouble(a.Positional[0]), PyConvert.ToDouble(a.Positional[1])));
        Def("fmod", (ev, a) => PyConvert.ToDouble(a.Positional[0]) % PyConvert.ToDouble(a.Positional[1]));
        Def("floor", (ev, a) => a.Positional[0] is long l ? l : ToInt(Math.Floor(PyConvert.ToDouble(a.Positional[0]))));
        Def("ceil", (ev, a) => a.Positional[0] is long l ? l : ToInt(Math.Ceiling(PyConvert.ToDouble(a.Positional[0]))));
        Def("trunc", (ev, a) => a.Positional[0] is long l ? l : ToInt(Math.Truncate(PyConvert.ToDouble(a.Positional[0]))));
        Def("isnan", (ev, a) => double.IsNaN(PyConvert.ToDouble(a.Positional[0])));
        Def("isinf", (ev, a) => double.IsInfinity(PyConvert.ToDouble(a.Positional[0])));
        Def("isfinite", (ev, a) => double.IsFinite(PyConvert.ToDouble(a.Positional[0])));
        Def("isclose", (ev, a) =>
        {
            var p = Params.Bind(a, "isclose", ("a", Params.Required), ("b", Params.Required), ("rel_tol", 1e-9), ("abs_tol", 0.0));
            double x = PyConvert.ToDouble(p[0]), y = PyConvert.ToDouble(p[1]);
            return x == y || Math.Abs(x - y) <= Math.Max(PyConvert.ToDouble(p[2]) * Math.Max(Math.Abs(x), Math.Abs(y)), PyConvert.ToDouble(p[3]));
        });
        Def("gcd", (ev, a) => a.Positional.Select(PyConvert.ToLong).Aggregate(0L, (x, y) => { x = Math.Abs(x); y = Math.Abs(y); while (y != 0) (x, y) = (y, x % y); return x; }));
        Def("factorial", (ev, a) =>
        {
            long n = PyConvert.ToLong(a.Positional[0]);
            if (n < 0) throw Interpreter.ValueError("factorial() not defined for negative values");
            long r = 1;
            checked { for (long i = 2; i <= n; i++) r *= i; }
            return r;
        });
        Def("prod", (ev, a) =>
        {
            object? acc = a.HasKeyword("start") ? a.Keyword("start") : 1L;
            foreach (var x in PyOps.Iterate(ev, a.Positional[0])) acc = PyOps.Binary(ev, Syntax.Ast.BinaryOperator.Mul, acc, x);
            return acc;
        });
        Def("fsum", (ev, a) => PyOps.Iterate(ev, a.Positional[0]).Select(PyConvert.ToDouble).Sum());
        Def("comb", (ev, a) =>
        {
            long n = PyConvert.ToLong(a.Positional[0]), k = PyConvert.ToLong(a.Positional[1]);
            if (k < 0 || k > n) return 0L;
            long r = 1;
            for (long i = 1; i <= Math.Min(k, n - k); i++) r = r * (n - i + 1) / i;
            return r;
        });
        return m;
    }

    static object ToInt(double d)
    {
        if (double.IsNaN(d)) throw Interpreter.ValueError("cannot convert float NaN to integer");
        if (double.IsInfinity(d)) throw new PythonException(BuiltinTypes.OverflowError, "cannot convert float infinity to integer");
        return (long)d;
    }

    static double Checked(string name, double r, object? arg)
    {
        if (double.IsNaN(r) && !double.IsNaN(PyConvert.ToDouble(arg))) throw Interpreter.ValueError("math domain error");
        return r;
    }

    /// Lanczos approximation (g=7, n=9), accurate to ~15 digits.
    static double Gamma(double x)
    {
        if (x < 0.5) return Math.PI / (Math.Sin(Math.PI * x) * Gamma(1 - x));
        double[] g = { 0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059,
                       12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7 };
        x -= 1;
        double a = g[0], t = x + 7.5;
        for (int i = 1; i < 9; i++) a += g[i] / (x + i);
        return Math.Sqrt(2 * Math.PI) * Math.Pow(t, x + 0.5) * Math.Exp(-t) * a;
    }
}
