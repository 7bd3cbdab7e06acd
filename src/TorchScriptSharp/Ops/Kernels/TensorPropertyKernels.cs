using TorchScriptSharp.Runtime;
using static TorchScriptSharp.Ops.Kernels.Def;
using TorchSharp;
using static TorchSharp.torch;

namespace TorchScriptSharp.Ops.Kernels;

/// Tensor attributes the compiler turns into ops (`x.dtype` is prim::dtype, an int ScalarType code).
internal static class TensorPropertyKernels
{
    public static void Register()
    {
        Op("prim::dtype", (Tensor a) => (long)a.dtype);
        Op("prim::device", (Tensor a) => a.device);
        Op("prim::layout", (Tensor a) => 0L); // strided: the only layout this runtime creates
        Op("prim::requires_grad", (Tensor a) => a.requires_grad);
        Op("prim::is_cuda", (Tensor a) => a.is_cuda);
        Op("prim::is_cpu", (Tensor a) => a.device_type == DeviceType.CPU);
        Op("prim::is_sparse", (Tensor a) => a.is_sparse);
        // TorchSharp creates neither nested, MKL-DNN, meta nor quantized tensors
        Op("prim::is_nested", (Tensor a) => false);
        Op("prim::is_mkldnn", (Tensor a) => false);
        Op("prim::is_meta", (Tensor a) => a.device_type == DeviceType.META);
        Op("prim::is_quantized", (Tensor a) => a.is_quantized());
        Op("aten::is_floating_point", (Tensor a) => torch.is_floating_point(a.dtype));
        Op("aten::device", (string s) => torch.device(s));
        Op("prim::index", (Device d) => d.index < 0 ? IValue.None : IValue.FromInt(d.index));
    }
}
