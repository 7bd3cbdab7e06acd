using TorchScriptSharp.Runtime;
using TorchSharp;
using static TorchScriptSharp.Ops.Kernels.Def;
using static TorchScriptSharp.Ops.Kernels.NnArgs;
using static TorchSharp.torch;
using F = TorchSharp.torch.nn.functional;

namespace TorchScriptSharp.Ops.Kernels;

/// Convolutions, linear and bilinear. The generic `convolution`/`_convolution` forms (what the
/// compiler sees after `F.conv*` is inlined in older graphs) dispatch on the weight's rank and the
/// `transposed` flag to TorchSharp's per-rank functions, as ATen's own dispatcher does.
internal static class NnConvolutionKernels
{
    public static void Register()
    {
        Op("aten::linear", (Tensor x, Tensor w, Tensor? b) => F.linear(x, w, b));
        Op("aten::bilinear", (Tensor x1, Tensor x2, Tensor w, Tensor? b) => F.bilinear(x1, x2, w, b));

        Op("aten::conv1d", (Tensor x, Tensor w, Tensor? b, long[] stride, long[] padding, long[] dilation, long groups) =>
            Conv(x, w, b, stride, padding, dilation, false, null, groups));
        Op("aten::conv2d", (Tensor x, Tensor w, Tensor? b, long[] stride, long[] padding, long[] dilation, long groups) =>
            Conv(x, w, b, stride, padding, dilation, false, null, groups));
        Op("aten::conv3d", (Tensor x, Tensor w, Tensor? b, long[] stride, long[] padding, long[] dilation, long groups) =>
            Conv(x, w, b, stride, padding, dilation, false, null, groups));
        Op("aten::conv1d.padding", (Tensor x, Tensor w, Tensor? b, long[] stride, string padding, long[] dilation, long groups) =>
            ConvPadding(x, w, b, stride, padding, dilation, groups));
        Op("aten::conv2d.padding", (Tensor x, Tensor w, Tensor? b, long[] stride, string padding, long[] dilation, long groups) =>
            ConvPadding(x, w, b, stride, padding, dilation, groups));
        Op("aten::conv3d.padding", (Tensor x, Tensor w, Tensor? b, long[] stride, string padding, long[] dilation, long groups) =>
            ConvPadding(x, w, b, stride, padding, dilation, groups));
        Op("aten::_convolution_mode", (Tensor x, Tensor w, Tensor? b, long[] stride, string padding, long[] dilation, long groups) =>
            ConvPadding(x, w, b, stride, padding, dilation, groups));

        // conv_transpose's schema puts groups before dilation.
        Op("aten::conv_transpose1d", (Tensor x, Tensor w, Tensor? b, long[] stride, long[] padding, long[] outPad, long groups, long[] dilation) =>
            Conv(x, w, b, stride, padding, dilation, true, outPad, groups));
        Op("aten::conv_transpose2d.input", (Tensor x, Tensor w, Tensor? b, long[] stride, long[] padding, long[] outPad, long groups, long[] dilation) =>
            Conv(x, w, b, stride, padding, dilation, true, outPad, groups));
        Op("aten::conv_transpose3d.input", (Tensor x, Tensor w, Tensor? b, long[] stride, long[] padding, long[] outPad, long groups, long[] dilation) =>
            Conv(x, w, b, stride, padding, dilation, true, outPad, groups));

        Raw("aten::convolution", s =>
        {
            var a = s.PopN(9);
            s.Push(Conv(a[0].ToTensor(), a[1].ToTensor(), OptTensor(a[2]), Longs(a[3]), Longs(a[4]), Longs(a[5]),
                a[6].ToBool(), Longs(a[7]), a[8].ToInt()));
        });
        // The cudnn/benchmark/tf32 flags only steer backend choice; the CPU result is the same.
        Raw("aten::_convolution", s => ConvolutionWithFlags(s, 13));
        Raw("aten::_convolution.deprecated", s => ConvolutionWithFlags(s, 12));
    }

    static void ConvolutionWithFlags(Stack s, int n)
    {
        var a = s.PopN(n);
        s.Push(Conv(a[0].ToTensor(), a[1].ToTensor(), OptTensor(a[2]), Longs(a[3]), Longs(a[4]), Longs(a[5]),
            a[6].ToBool(), Longs(a[7]), a[8].ToInt()));
    }

    /// A convolution of any rank: the spatial rank is the weight's rank minus 2. An unbatched
    /// input (one dim less than the weight) is batched and unbatched again, as F.conv* does.
    public static Tensor Conv(Tensor x, Tensor w, Tensor? b, long[] stride, long[] padding, long[] dilation,
        bool transposed, long[]? outputPadding, long groups)
    {
        int spatial = (int)w.dim() - 2;
        if (x.dim() == spatial + 1)
        {
            using var batched = x.unsqueeze(0);
            using var y = Conv(batched, w, b, stride, padding, dilation, transposed, outputPadding, groups);
            return y.squeeze(0);
        }
        long[] Fit(long[]? v, long dflt) => v == null || v.Length == 0 ? Enumerable.Repeat(dflt, spatial).ToArray()
            : v.Length == 1 && spatial > 1 ? Enumerable.Repeat(v[0], spatial).ToArray() : v;
        var st = Fit(stride, 1); var pd = Fit(padding, 0); var dl = Fit(dilation, 1); var op = Fit(outputPadding, 0);
        return (spatial, transposed) switch
        {
            (1, false) => F.conv1d(x, w, b, st[0], pd[0], dl[0], groups),
            (2, false) => F.conv2d(x, w, b, st, pd, dl, groups),
            (3, false) => F.conv3d(x, w, b, st, pd, dl, groups),
            (1, true) => F.conv_transpose1d(x, w, b, st[0], pd[0], op[0], dl[0], groups),
            (2, true) => F.conv_transpose2d(x, w, b, st, pd, op, dl, groups),
            (3, true) => F.conv_transpose3d(x, w, b, st, pd, op, dl, groups),
            _ => throw KernelError.Runtime($"Expected 3D, 4D or 5D weight for convolution, but got weight of size {FormatShape(w.shape)}"),
        };
    }

    /// `padding="same"|"valid"`: valid is zero padding; same pads so the output keeps the input's
    /// size (stride must be 1). An odd total padding puts the extra element at the end, as ATen does.
    static Tensor ConvPadding(Tensor x, Tensor w, Tensor? b, long[] stride, string padding, long[] dilation, long groups)
    {
        int spatial = (int)w.dim() - 2;
        if (padding == "valid") return Conv(x, w, b, stride, new long[spatial], dilation, false, null, groups);
        if (padding != "same") throw KernelError.Runtime($"Invalid padding string: '{padding}'");
        if (stride.Any(v => v != 1)) throw KernelError.Runtime("padding='same' is not supported for strided convolutions");
        var dl = dilation.Length == 1 && spatial > 1 ? Enumerable.Repeat(dilation[0], spatial).ToArray() : dilation;
        var symmetric = new long[spatial];
        var extra = new long[2 * spatial]; // F.pad order: last dim first, (left, right)
        bool asymmetric = false;
        for (int i = 0; i < spatial; i++)
        {
            long total = dl[i] * (w.shape[i + 2] - 1);
            symmetric[i] = total / 2;
            if (total % 2 != 0) { asymmetric = true; extra[2 * (spatial - 1 - i) + 1] = 1; }
        }
        if (!asymmetric) return Conv(x, w, b, stride, symmetric, dl, false, null, groups);
        using var padded = F.pad(x, extra);
        return Conv(padded, w, b, stride, symmetric, dl, false, null, groups);
    }

    static string FormatShape(long[] shape) => "[" + string.Join(", ", shape) + "]";
}
