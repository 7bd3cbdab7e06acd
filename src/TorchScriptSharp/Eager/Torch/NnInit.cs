using TorchSharp;

namespace TorchScriptSharp.Eager.Torch;

/// torch.nn.init, following PyTorch's documented formulas. Every initialiser draws from the global
/// generator in the same order and with the same bounds as PyTorch's, so after
/// `torch.manual_seed(s)` a layer gets PyTorch's exact values. All run under no_grad (they write
/// into leaf Parameters).
static class NnInit
{
    public static PyModuleObject Create()
    {
        var m = new PyModuleObject("torch.nn.init");
        void Def(string name, Func<Interpreter, CallArgs, object?> body) => m.Dict[name] = new BuiltinFunction(name, body);
        Def("calculate_gain", (ev, a) => { var p = Params.Bind(a, "calculate_gain", ("nonlinearity", Params.Required), ("param", null)); return CalculateGain((string)p[0]!, p[1]); });
        Def("_calculate_fan_in_and_fan_out", (ev, a) => { var (i, o) = FanInOut(T(a.Positional[0])); return new Serialization.PyTuple(i, o); });
        Def("_calculate_correct_fan", (ev, a) => CorrectFan(T(a.Positional[0]), (string)a.Positional[1]!));
        Def("uniform_", (ev, a) =>
        {
            var p = Params.Bind(a, "uniform_", ("tensor", Params.Required), ("a", 0.0), ("b", 1.0), ("generator", null));
            return NoGrad(T(p[0]), t => t.uniform_(D(p[1]), D(p[2])));
        });
        Def("normal_", (ev, a) =>
        {
            var p = Params.Bind(a, "normal_", ("tensor", Params.Required), ("mean", 0.0), ("std", 1.0), ("generator", null));
            return NoGrad(T(p[0]), t => t.normal_(D(p[1]), D(p[2])));
        });
        Def("trunc_normal_", (ev, a) =>
        {
            var p = Params.Bind(a, "trunc_normal_", ("tensor", Params.Required), ("mean", 0.0), ("std", 1.0), ("a", -2.0), ("b", 2.0), ("generator", null));
            return TruncNormal(ev, T(p[0]), D(p[1]), D(p[2]), D(p[3]), D(p[4]));
        });
        Def("constant_", (ev, a) =>
        {
            var p = Params.Bind(a, "constant_", ("tensor", Params.Required), ("val", Params.Required));
            return NoGrad(T(p[0]), t => t.fill_(p[1] is bool b ? (b ? 1 : 0) : D(p[1])));
        });
        Def("ones_", (ev, a) => NoGrad(T(Params.Bind(a, "ones_", ("tensor", Params.Required))[0]), t => t.fill_(1)));
        Def("zeros_", (ev, a) => NoGrad(T(Params.Bind(a, "zeros_", ("tensor", Params.Required))[0]), t => t.zero_()));
        Def("eye_", (ev, a) =>
        {
            var t = T(Params.Bind(a, "eye_", ("tensor", Params.Required))[0]);
            if (t.dim() != 2) throw Interpreter.ValueError("Only tensors with 2 dimensions are supported");
            return NoGrad(t, x => x.copy_(torch.eye(x.shape[0], x.shape[1], x.dtype)));
        });
        Def("dirac_", (ev, a) =>
        {
            var p = Params.Bind(a, "dirac_", ("tensor", Params.Required), ("groups", 1L));
            return Dirac(T(p[0]), PyConvert.ToLong(p[1]));
        });
        Def("xavier_uniform_", (ev, a) =>
        {
            var p = Params.Bind(a, "xavier_uniform_", ("tensor", Params.Required), ("gain", 1.0), ("generator", null));
            var t = T(p[0]);
            var (fanIn, fanOut) = FanInOut(t);
            double std = D(p[1]) * Math.Sqrt(2.0 / (fanIn + fanOut));
            double bound = Math.Sqrt(3.0) * std;
            return NoGrad(t, x => x.uniform_(-bound, bound));
        });
        Def("xavier_normal_", (ev, a) =>
        {
            var p = Params.Bind(a, "xavier_normal_", ("tensor", Params.Required), ("gain", 1.0), ("generator", null));
            var t = T(p[0]);
            var (fanIn, fanOut) = FanInOut(t);
            double std = D(p[1]) * Math.Sqrt(2.0 / (fanIn + fanOut));
            return NoGrad(t, x => x.normal_(0, std));
        });
        Def("kaiming_uniform_", (ev, a) => Kaiming(ev, a, "kaiming_uniform_", uniform: true));
        Def("kaiming_normal_", (ev, a) => Kaiming(ev, a, "kaiming_normal_", uniform: false));
        Def("orthogonal_", (ev, a) =>
        {
            var p = Params.Bind(a, "orthogonal_", ("tensor", Params.Required), ("gain", 1.0), ("generator", null));
            return Orthogonal(T(p[0]), D(p[1]));
        });
        Def("sparse_", (ev, a) =>
        {
            var p = Params.Bind(a, "sparse_", ("tensor", Params.Required), ("sparsity", Params.Required), ("std", 0.01), ("generator", null));
            return Sparse(T(p[0]), D(p[1]), D(p[2]));
        });
        AddDeprecatedAliases(m);
        return m;
    }

    /// The pre-0.4 names without the trailing underscore, which PyTorch 1.13 still accepts and old
    /// model files still call: `init.orthogonal(w)` is `init.orthogonal_(w)`. (PyTorch also warns that
    /// the name is deprecated; the evaluator has no warning filters yet, so it stays quiet rather than
    /// print a warning on every call.)
    static void AddDeprecatedAliases(PyModuleObject m)
    {
        foreach (var name in new[] { "uniform", "normal", "constant", "xavier_uniform", "xavier_normal", "kaiming_uniform", "kaiming_normal", "orthogonal", "sparse" })
        {
            var current = (BuiltinFunction)m.Dict[name + "_"]!;
            m.Dict[name] = new BuiltinFunction(name, (ev, a) => ev.Call(current, a));
        }
    }

    static torch.Tensor T(object? v) => v as torch.Tensor ?? throw Interpreter.TypeError($"expected a Tensor, got {PyOps.TypeOf(v).Name}");
    static double D(object? v) => PyConvert.ToDouble(v);

    static torch.Tensor NoGrad(torch.Tensor t, Action<torch.Tensor> fill)
    {
        using (torch.no_grad()) fill(t);
        return t;
    }

    public static double CalculateGain(string nonlinearity, object? param)
    {
        switch (nonlinearity)
        {
            case "linear" or "conv1d" or "conv2d" or "conv3d" or "conv_transpose1d" or "conv_transpose2d" or "conv_transpose3d" or "sigmoid":
                return 1;
            case "tanh": return 5.0 / 3;
            case "relu": return Math.Sqrt(2.0);
            case "leaky_relu":
            {
                double slope = param switch
                {
                    null => 0.01,
                    long or double when param is not bool => PyConvert.ToDouble(param),
                    _ => throw Interpreter.ValueError($"negative_slope {PyText.Repr(null, param)} not a valid number"),
                };
                return Math.Sqrt(2.0 / (1 + slope * slope));
            }
            case "selu": return 3.0 / 4;
        }
        throw Interpreter.ValueError($"Unsupported nonlinearity {nonlinearity}");
    }

    public static (long FanIn, long FanOut) FanInOut(torch.Tensor t)
    {
        if (t.dim() < 2) throw Interpreter.ValueError("Fan in and fan out can not be computed for tensor with fewer than 2 dimensions");
        long receptive = 1;
        for (int d = 2; d < t.dim(); d++) receptive *= t.shape[d];
        return (t.shape[1] * receptive, t.shape[0] * receptive);
    }

    static long CorrectFan(torch.Tensor t, string mode)
    {
        mode = mode.ToLowerInvariant();
        if (mode is not ("fan_in" or "fan_out")) throw Interpreter.ValueError($"Mode {mode} not supported, please use one of ['fan_in', 'fan_out']");
        var (fanIn, fanOut) = FanInOut(t);
        return mode == "fan_in" ? fanIn : fanOut;
    }

    static object? Kaiming(Interpreter ev, CallArgs a, string name, bool uniform)
    {
        var p = Params.Bind(a, name, ("tensor", Params.Required), ("a", 0L), ("mode", "fan_in"), ("nonlinearity", "leaky_relu"), ("generator", null));
        var t = T(p[0]);
        if (t.shape.Contains(0L))
        {
            ev.Stderr.WriteLine("UserWarning: Initializing zero-element tensors is a no-op");
            return t;
        }
        long fan = CorrectFan(t, (string)p[2]!);
        double gain = CalculateGain((string)p[3]!, p[1]);
        double std = gain / Math.Sqrt(fan);
        if (!uniform) return NoGrad(t, x => x.normal_(0, std));
        double bound = Math.Sqrt(3.0) * std;
        return NoGrad(t, x => x.uniform_(-bound, bound));
    }

    static object? TruncNormal(Interpreter ev, torch.Tensor t, double mean, double std, double a, double b)
    {
        static double NormCdf(double x) => (1.0 + Erf(x / Math.Sqrt(2.0))) / 2.0;
        if (mean < a - 2 * std || mean > b + 2 * std)
            ev.Stderr.WriteLine("UserWarning: mean is more than 2 std from [a, b] in nn.init.trunc_normal_. The distribution of values may be incorrect.");
        double l = NormCdf((a - mean) / std), u = NormCdf((b - mean) / std);
        return NoGrad(t, x =>
        {
            x.uniform_(2 * l - 1, 2 * u - 1);
            x.erfinv_();
            x.mul_(std * Math.Sqrt(2.0));
            x.add_(mean);
            x.clamp_(a, b);
        });
    }

    /// math.erf (Python's libm erf); .NET has none, so a high-precision series/continued fraction.
    public static double Erf(double x)
    {
        if (double.IsNaN(x)) return x;
        if (Math.Abs(x) > 6) return Math.Sign(x);
        if (Math.Abs(x) < 2.5)
        {
            // Maclaurin series: erf(x) = 2/sqrt(pi) * sum (-1)^n x^(2n+1) / (n! (2n+1))
            double sum = 0, term = x;
            for (int n = 0; n < 200; n++)
            {
                double add = term / (2 * n + 1);
                sum += add;
                if (Math.Abs(add) < 1e-17 * Math.Abs(sum)) break;
                term *= -x * x / (n + 1);
            }
            return 2 / Math.Sqrt(Math.PI) * sum;
        }
        return Math.Sign(x) * (1 - Erfc(Math.Abs(x)));
    }

    /// erfc for x >= 2.5 by its continued fraction (Lentz).
    static double Erfc(double x)
    {
        double tiny = 1e-300, f = tiny, c = f, d = 0;
        // erfc(x) = exp(-x^2)/sqrt(pi) * 1/(x + 1/2/(x + 1/(x + 3/2/(x + ...))))
        double b0 = x;
        f = b0; if (f == 0) f = tiny; c = f; d = 0;
        for (int n = 1; n < 300; n++)
        {
            double an = n / 2.0;
            d = x + an * d; if (d == 0) d = tiny; d = 1 / d;
            c = x + an / c; if (c == 0) c = tiny;
            double delta = c * d;
            f *= delta;
            if (Math.Abs(delta - 1) < 1e-16) break;
        }
        return Math.Exp(-x * x) / Math.Sqrt(Math.PI) / f;
    }

    static object? Dirac(torch.Tensor t, long groups)
    {
        long dims = t.dim();
        if (dims is not (3 or 4 or 5)) throw Interpreter.ValueError("Only tensors with 3, 4, or 5 dimensions are supported");
        if (t.shape[0] % groups != 0) throw Interpreter.ValueError("dim 0 must be divisible by groups");
        long outPerGroup = t.shape[0] / groups, minDim = Math.Min(outPerGroup, t.shape[1]);
        return NoGrad(t, x =>
        {
            x.zero_();
            for (long g = 0; g < groups; g++)
                for (long d = 0; d < minDim; d++)
                {
                    var idx = new List<torch.TensorIndex> { torch.TensorIndex.Single(g * outPerGroup + d), torch.TensorIndex.Single(d) };
                    for (int k = 2; k < dims; k++) idx.Add(torch.TensorIndex.Single(x.shape[k] / 2));
                    x.index_put_(torch.tensor(1.0, x.dtype), idx.ToArray());
                }
        });
    }

    static object? Orthogonal(torch.Tensor t, double gain)
    {
        if (t.dim() < 2) throw Interpreter.ValueError("Only tensors with 2 or more dimensions are supported");
        if (t.numel() == 0) return t;
        long rows = t.shape[0], cols = t.numel() / rows;
        var flattened = torch.empty(rows, cols, t.dtype).normal_(0, 1);
        if (rows < cols) flattened = flattened.t();
        var (q, r) = torch.linalg.qr(flattened);
        var d = torch.diag(r, 0);
        q = q * d.sign();
        if (rows < cols) q = q.t();
        return NoGrad(t, x => { x.view_as(q).copy_(q); x.mul_(gain); });
    }

    static object? Sparse(torch.Tensor t, double sparsity, double std)
    {
        if (t.dim() != 2) throw Interpreter.ValueError("Only tensors with 2 dimensions are supported");
        long rows = t.shape[0], cols = t.shape[1];
        long numZeros = (long)Math.Ceiling(sparsity * rows);
        return NoGrad(t, x =>
        {
            x.normal_(0, std);
            for (long c = 0; c < cols; c++)
            {
                var perm = torch.randperm(rows);
                var zeroRows = perm.slice(0, 0, numZeros, 1);
                x.index_put_(torch.tensor(0.0, x.dtype), torch.TensorIndex.Tensor(zeroRows), torch.TensorIndex.Single(c));
            }
        });
    }
}
