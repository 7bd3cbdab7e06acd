using TorchSharp;
using static TorchScriptSharp.Ops.Kernels.Def;

namespace TorchScriptSharp.Ops.Kernels;

/// Autograd mode switches, used by `with torch.no_grad():` blocks.
internal static class GradModeKernels
{
    public static void Register()
    {
        Op("aten::is_grad_enabled", () => torch.is_grad_enabled());
        Void("aten::set_grad_enabled", (bool enabled) => torch.set_grad_enabled(enabled));
    }
}
