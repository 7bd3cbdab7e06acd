using static TorchScriptSharp.Ops.Kernels.Def;
using TorchSharp;
using static TorchSharp.torch;

namespace TorchScriptSharp.Ops.Kernels;

/// Element-wise tensor comparisons, giving bool tensors.
internal static class TensorCompareKernels
{
    public static void Register()
    {
        Op("aten::eq.Tensor", (Tensor a, Tensor b) => a.eq(b));
        Op("aten::eq.Scalar", (Tensor a, Scalar b) => a.eq(b));
        Op("aten::ne.Tensor", (Tensor a, Tensor b) => a.ne(b));
        Op("aten::ne.Scalar", (Tensor a, Scalar b) => a.ne(b));
        Op("aten::lt.Tensor", (Tensor a, Tensor b) => a.lt(b));
        Op("aten::lt.Scalar", (Tensor a, Scalar b) => a.lt(b));
        Op("aten::le.Tensor", (Tensor a, Tensor b) => a.le(b));
        Op("aten::le.Scalar", (Tensor a, Scalar b) => a.le(b));
        Op("aten::gt.Tensor", (Tensor a, Tensor b) => a.gt(b));
        Op("aten::gt.Scalar", (Tensor a, Scalar b) => a.gt(b));
        Op("aten::ge.Tensor", (Tensor a, Tensor b) => a.ge(b));
        Op("aten::ge.Scalar", (Tensor a, Scalar b) => a.ge(b));
    }
}
