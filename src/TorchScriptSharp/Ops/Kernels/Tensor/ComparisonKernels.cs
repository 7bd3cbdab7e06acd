using TorchScriptSharp.Runtime;
using TorchSharp;
using static TorchScriptSharp.Ops.Kernels.Def;
using static TorchSharp.torch;

namespace TorchScriptSharp.Ops.Kernels;

/// Comparison aliases (greater, less_equal...), in-place comparisons (which keep self's dtype, the
/// result cast to it) and closeness tests.
internal static class ComparisonKernels
{
    public static void Register()
    {
        var ops = new (string Name, Func<Tensor, Tensor, Tensor> T, Func<Tensor, Scalar, Tensor> S)[]
        {
            ("eq", (a, b) => a.eq(b), (a, b) => a.eq(b)), ("ne", (a, b) => a.ne(b), (a, b) => a.ne(b)),
            ("lt", (a, b) => a.lt(b), (a, b) => a.lt(b)), ("le", (a, b) => a.le(b), (a, b) => a.le(b)),
            ("gt", (a, b) => a.gt(b), (a, b) => a.gt(b)), ("ge", (a, b) => a.ge(b), (a, b) => a.ge(b)),
        };
        foreach (var (name, t, sc) in ops)
        {
            Op($"aten::{name}_.Tensor", (Tensor a, Tensor b) => NnActivationKernels.InPlace(a, t(a, b)));
            Op($"aten::{name}_.Scalar", (Tensor a, Scalar b) => NnActivationKernels.InPlace(a, sc(a, b)));
        }
        foreach (var (alias, name) in new[] { ("greater", "gt"), ("greater_equal", "ge"), ("less", "lt"), ("less_equal", "le"), ("not_equal", "ne") })
        {
            var (_, t, sc) = ops.First(o => o.Name == name);
            Op($"aten::{alias}.Tensor", (Tensor a, Tensor b) => t(a, b));
            Op($"aten::{alias}.Scalar", (Tensor a, Scalar b) => sc(a, b));
        }
        Op("aten::isclose", (Tensor a, Tensor b, double rtol, double atol, bool equalNan) => a.isclose(b, rtol, atol, equalNan));
        Op("aten::allclose", (Tensor a, Tensor b, double rtol, double atol, bool equalNan) => a.allclose(b, rtol, atol, equalNan));
        // TorchSharp's Tensor.equal is element-wise; torch.equal is "same shape and same values".
        Op("aten::equal", (Tensor a, Tensor b) =>
        {
            if (!a.shape.SequenceEqual(b.shape)) return false;
            using var eq = a.eq(b);
            using var all = eq.all();
            return all.item<bool>();
        });
        Op("aten::isin.Tensor_Tensor", (Tensor a, Tensor b, bool unique, bool invert) => torch.isin(a, b, unique, invert));
    }
}
