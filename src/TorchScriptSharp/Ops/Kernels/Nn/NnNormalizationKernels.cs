using TorchScriptSharp.Runtime;
using TorchSharp;
using static TorchScriptSharp.Ops.Kernels.Def;
using static TorchScriptSharp.Ops.Kernels.NnArgs;
using static TorchSharp.torch;
using F = TorchSharp.torch.nn.functional;

namespace TorchScriptSharp.Ops.Kernels;

/// batch/layer/group/instance norm. Running statistics are updated in place by libtorch when
/// training (the same native tensors are passed through), which is what module buffers expect.
/// The cudnn flags only pick a backend.
internal static class NnNormalizationKernels
{
    public static void Register()
    {
        Raw("aten::batch_norm", s =>
        {
            var a = s.PopN(9);
            s.Push(F.batch_norm(a[0].ToTensor(), OptTensor(a[3]), OptTensor(a[4]), OptTensor(a[1]), OptTensor(a[2]),
                a[5].ToBool(), a[6].ToDouble(), a[7].ToDouble()));
        });
        Raw("aten::instance_norm", s =>
        {
            var a = s.PopN(9);
            s.Push(F.instance_norm(a[0].ToTensor(), OptTensor(a[3]), OptTensor(a[4]), OptTensor(a[1]), OptTensor(a[2]),
                a[5].ToBool(), a[6].ToDouble(), a[7].ToDouble()));
        });
        Op("aten::layer_norm", (Tensor x, long[] shape, Tensor? w, Tensor? b, double eps, bool cudnn) =>
            F.layer_norm(x, shape, w, b, eps));
        Op("aten::group_norm", (Tensor x, long groups, Tensor? w, Tensor? b, double eps, bool cudnn) =>
            F.group_norm(x, groups, w, b, eps));
    }
}
