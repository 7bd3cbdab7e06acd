using TorchScriptSharp.Runtime;
using TorchSharp;
using static TorchScriptSharp.Ops.Kernels.Def;
using static TorchSharp.torch;

namespace TorchScriptSharp.Ops.Kernels;

/// Queries of global state and tensor flags that models branch on (MultiheadAttention's fast path
/// checks grad mode, autocast and nested tensors), plus the bool-list reductions torchvision uses.
internal static class RuntimeStateKernels
{
    public static void Register()
    {
        Op("aten::is_grad_enabled", () => torch.is_grad_enabled());
        // TorchSharp's set_grad_enabled returns a scope that restores the old mode when disposed or
        // finalized; TorchScript's sets the mode, so the scope is kept from ever restoring it
        Void("aten::set_grad_enabled", (bool enabled) => GC.SuppressFinalize(torch.set_grad_enabled(enabled)));
        // No autocast on this CPU runtime.
        Op("aten::is_autocast_enabled", () => false);
        Op("aten::is_autocast_cpu_enabled", () => false);
        // Nested tensors are not supported, so no tensor is one.
        Op("prim::is_nested", (Tensor a) => false);
        Op("prim::is_sparse", (Tensor a) => a.is_sparse);
        Op("prim::is_quantized", (Tensor a) => false);
        Op("prim::is_meta", (Tensor a) => a.is_meta);
        Op("prim::is_mkldnn", (Tensor a) => false);
        Op("prim::is_vulkan", (Tensor a) => false);
        Op("prim::is_ipu", (Tensor a) => false);
        Op("prim::is_xpu", (Tensor a) => false);
        Op("prim::is_mps", (Tensor a) => false);
        Op("prim::is_ort", (Tensor a) => false);
        Op("prim::data", (Tensor a) => a.detach());
        Op("aten::is_complex", (Tensor a) => torch.is_complex(a.dtype));
        Op("aten::is_nonzero", (Tensor a) => Conversions.TensorToBool(a));
        Op("aten::is_contiguous", (Tensor a) => a.is_contiguous());
        Op("aten::is_same_size", (Tensor a, Tensor b) => a.shape.SequenceEqual(b.shape));
        Op("aten::is_leaf", (Tensor a) => a.is_leaf);
        Op("aten::element_size", (Tensor a) => (long)a.ElementSize);
        Op("aten::stride", (Tensor a) => a.stride());
        Op("aten::storage_offset", (Tensor a) => a.storage_offset());
        Op("aten::all.bool", (bool[] xs) => xs.All(x => x));
        Op("aten::any.bool", (bool[] xs) => xs.Any(x => x));
    }
}
