using TorchScriptSharp.Runtime;
using TorchSharp;
using static TorchScriptSharp.Ops.Kernels.Def;
using static TorchScriptSharp.Ops.Kernels.NnArgs;
using static TorchSharp.torch;
using F = TorchSharp.torch.nn.functional;

namespace TorchScriptSharp.Ops.Kernels;

/// Max/average/adaptive pooling. An empty `stride` means "the kernel size" (PyTorch's `stride=[]`
/// default); the *_with_indices forms push values then indices.
internal static class NnPoolingKernels
{
    public static void Register()
    {
        Op("aten::max_pool1d", (Tensor x, long[] k, long[] s, long[] p, long[] d, bool ceil) =>
            F.max_pool1d(x, k[0], OrElse(s, k)[0], p[0], d[0], ceil));
        Op("aten::max_pool2d", (Tensor x, long[] k, long[] s, long[] p, long[] d, bool ceil) =>
            F.max_pool2d(x, k, OrElse(s, k), p, d, ceil));
        Op("aten::max_pool3d", (Tensor x, long[] k, long[] s, long[] p, long[] d, bool ceil) =>
            F.max_pool3d(x, k, OrElse(s, k), p, d, ceil));
        Raw("aten::max_pool1d_with_indices", s => WithIndices(s, (x, k, st, p, d, ceil) => F.max_pool1d_with_indices(x, k[0], st[0], p[0], d[0], ceil)));
        Raw("aten::max_pool2d_with_indices", s => WithIndices(s, (x, k, st, p, d, ceil) => F.max_pool2d_with_indices(x, k, st, p, d, ceil)));
        Raw("aten::max_pool3d_with_indices", s => WithIndices(s, (x, k, st, p, d, ceil) => F.max_pool3d_with_indices(x, k, st, p, d, ceil)));

        Op("aten::avg_pool1d", (Tensor x, long[] k, long[] s, long[] p, bool ceil, bool countPad) =>
            F.avg_pool1d(x, k[0], OrElse(s, k)[0], p[0], ceil, countPad));
        Op("aten::avg_pool2d", (Tensor x, long[] k, long[] s, long[] p, bool ceil, bool countPad, long? divisor) =>
            F.avg_pool2d(x, k, OrElse(s, k), p, ceil, countPad, divisor));
        Op("aten::avg_pool3d", (Tensor x, long[] k, long[] s, long[] p, bool ceil, bool countPad, long? divisor) =>
            F.avg_pool3d(x, k, OrElse(s, k), p, ceil, countPad, divisor));

        Op("aten::adaptive_avg_pool1d", (Tensor x, long[] size) => F.adaptive_avg_pool1d(x, size[0]));
        Op("aten::adaptive_avg_pool2d", (Tensor x, long[] size) => F.adaptive_avg_pool2d(x, size));
        Op("aten::adaptive_avg_pool3d", (Tensor x, long[] size) => F.adaptive_avg_pool3d(x, size));
        Op("aten::_adaptive_avg_pool2d", (Tensor x, long[] size) => F.adaptive_avg_pool2d(x, size));
        Op("aten::_adaptive_avg_pool3d", (Tensor x, long[] size) => F.adaptive_avg_pool3d(x, size));
        Raw("aten::adaptive_max_pool1d", s => Adaptive(s, (x, size) => F.adaptive_max_pool1d_with_indices(x, size[0])));
        Raw("aten::adaptive_max_pool2d", s => Adaptive(s, (x, size) => F.adaptive_max_pool2d_with_indices(x, size)));
        Raw("aten::adaptive_max_pool3d", s => Adaptive(s, (x, size) => F.adaptive_max_pool3d_with_indices(x, size)));
    }

    static void WithIndices(Stack s, Func<Tensor, long[], long[], long[], long[], bool, (Tensor, Tensor)> f)
    {
        var a = s.PopN(6);
        var k = Longs(a[1]);
        var (values, indices) = f(a[0].ToTensor(), k, OrElse(Longs(a[2]), k), Longs(a[3]), Longs(a[4]), a[5].ToBool());
        s.Push(IValue.FromTensor(values));
        s.Push(IValue.FromTensor(indices));
    }

    static void Adaptive(Stack s, Func<Tensor, long[], (Tensor, Tensor)> f)
    {
        var a = s.PopN(2);
        var (values, indices) = f(a[0].ToTensor(), Longs(a[1]));
        s.Push(IValue.FromTensor(values));
        s.Push(IValue.FromTensor(indices));
    }
}
