using TorchScriptSharp.Runtime;
using TorchSharp;
using static TorchScriptSharp.Ops.Kernels.Def;
using static TorchSharp.torch;

namespace TorchScriptSharp.Ops.Kernels;

/// Factories beyond TensorCreationKernels: new_* (dtype/device default to self's), *_like, eye,
/// linspace/logspace, random sampling. layout (strided only) and pin_memory (CPU) are accepted and
/// ignored.
internal static class FactoryExtraKernels
{
    public static void Register()
    {
        Op("aten::new_zeros", (Tensor a, long[] size, ScalarType? dtype, long? layout, Device? device, bool? pin) =>
            torch.zeros(size, dtype ?? a.dtype, device ?? a.device));
        Op("aten::new_ones", (Tensor a, long[] size, ScalarType? dtype, long? layout, Device? device, bool? pin) =>
            torch.ones(size, dtype ?? a.dtype, device ?? a.device));
        Op("aten::new_empty", (Tensor a, long[] size, ScalarType? dtype, long? layout, Device? device, bool? pin) =>
            torch.empty(size, dtype ?? a.dtype, device ?? a.device));
        Raw("aten::new_full", s =>
        {
            var v = s.PopN(7);
            var a = v[0].ToTensor();
            using var fill = ToScalar(v[2]);
            s.Push(torch.full(Ints(v[1]), fill, v[3].IsNone ? a.dtype : (ScalarType)v[3].ToInt(), v[5].IsNone ? a.device : v[5].ToDevice()));
        });
        Op("aten::empty_like", (Tensor a, ScalarType? dtype, long? layout, Device? device, bool? pin, long? mf) =>
            torch.empty_like(a, dtype ?? a.dtype, device ?? a.device));
        Op("aten::rand_like", (Tensor a, ScalarType? dtype, long? layout, Device? device, bool? pin, long? mf) =>
            torch.rand_like(a, dtype ?? a.dtype, device ?? a.device));
        Op("aten::randn_like", (Tensor a, ScalarType? dtype, long? layout, Device? device, bool? pin, long? mf) =>
            torch.randn_like(a, dtype ?? a.dtype, device ?? a.device));
        Op("aten::randint_like", (Tensor a, long high, ScalarType? dtype, long? layout, Device? device, bool? pin, long? mf) =>
            torch.randint_like(a, 0, high, dtype ?? a.dtype, device ?? a.device));
        Raw("aten::randint_like.low_dtype", s =>
        {
            var v = s.PopN(8);
            var a = v[0].ToTensor();
            s.Push(torch.randint_like(a, v[1].ToInt(), v[2].ToInt(), v[3].IsNone ? a.dtype : (ScalarType)v[3].ToInt(), v[5].IsNone ? a.device : v[5].ToDevice()));
        });
        Op("aten::randint", (long high, long[] size, ScalarType? dtype, long? layout, Device? device, bool? pin) =>
            torch.randint(0, high, size, dtype ?? ScalarType.Int64, device));
        Op("aten::randint.low", (long low, long high, long[] size, ScalarType? dtype, long? layout, Device? device, bool? pin) =>
            torch.randint(low, high, size, dtype ?? ScalarType.Int64, device));
        Op("aten::randperm", (long n, ScalarType? dtype, long? layout, Device? device, bool? pin) => torch.randperm(n, dtype ?? ScalarType.Int64, device));
        Op("aten::eye", (long n, ScalarType? dtype, long? layout, Device? device, bool? pin) => torch.eye(n, n, dtype ?? torch.get_default_dtype(), device));
        Op("aten::eye.m", (long n, long m, ScalarType? dtype, long? layout, Device? device, bool? pin) => torch.eye(n, m, dtype ?? torch.get_default_dtype(), device));
        Raw("aten::linspace", s =>
        {
            var v = s.PopN(7);
            var dtype = v[3].IsNone ? torch.get_default_dtype() : (ScalarType)v[3].ToInt();
            s.Push(Linspace(v[0].ToDouble(), v[1].ToDouble(), v[2].ToInt(), dtype, v[5].IsNone ? null : v[5].ToDevice()));
        });
        Raw("aten::logspace", s =>
        {
            var v = s.PopN(8);
            var dtype = v[4].IsNone ? torch.get_default_dtype() : (ScalarType)v[4].ToInt();
            using var exps = Linspace(v[0].ToDouble(), v[1].ToDouble(), v[2].ToInt(), ScalarType.Float64, null);
            using var powers = torch.pow(v[3].ToDouble(), exps);
            s.Push(powers.to(dtype, v[6].IsNone ? powers.device : v[6].ToDevice()));
        });
        Op("aten::tril_indices", (long row, long col, long offset, ScalarType? dtype, long? layout, Device? device, bool? pin) =>
            TriIndices(row, col, offset, lower: true, dtype ?? ScalarType.Int64));
        Op("aten::triu_indices", (long row, long col, long offset, ScalarType? dtype, long? layout, Device? device, bool? pin) =>
            TriIndices(row, col, offset, lower: false, dtype ?? ScalarType.Int64));

        Op("aten::normal.Tensor_Tensor", (Tensor mean, Tensor std, IValue gen) => torch.normal(mean, std));
        Op("aten::normal.Tensor_float", (Tensor mean, double std, IValue gen) => Scoped.Run(() => torch.normal(mean, torch.full_like(mean, std))));
        Op("aten::normal.float_Tensor", (double mean, Tensor std, IValue gen) => Scoped.Run(() => torch.normal(torch.full_like(std, mean), std)));
        Op("aten::normal_", (Tensor a, double mean, double std, IValue gen) => { a.normal_(mean, std); return a; });
        Op("aten::uniform_", (Tensor a, double from, double to, IValue gen) => { a.uniform_(from, to); return a; });
        Op("aten::multinomial", (Tensor a, long n, bool replacement, IValue gen) => a.multinomial(n, replacement));
        Op("aten::poisson", (Tensor a, IValue gen) => a.poisson());
        Op("aten::complex", (Tensor re, Tensor im) => torch.complex(re, im));
        Op("aten::polar", (Tensor abs, Tensor angle) => torch.polar(abs, angle));
    }

    static long[] Ints(IValue v) => v.ToList().Items.Select(x => x.ToInt()).ToArray();

    /// linspace computed in float64 and cast, so integer dtypes truncate like ATen's.
    static Tensor Linspace(double start, double end, long steps, ScalarType dtype, Device? device)
    {
        if (steps < 0) throw KernelError.Runtime("number of steps must be non-negative");
        if (torch.is_integral(dtype))
        {
            using var f = torch.linspace(start, end, steps, ScalarType.Float64, device);
            return f.to_type(dtype);
        }
        return torch.linspace(start, end, steps, dtype, device);
    }

    static Tensor TriIndices(long row, long col, long offset, bool lower, ScalarType dtype) => Scoped.Run(() =>
    {
        var r = torch.arange(row).unsqueeze(1).expand(row, col);
        var c = torch.arange(col).unsqueeze(0).expand(row, col);
        var mask = lower ? c.sub(r).le(offset) : c.sub(r).ge(offset);
        return torch.stack(new[] { r.masked_select(mask), c.masked_select(mask) }).to_type(dtype);
    });
}
