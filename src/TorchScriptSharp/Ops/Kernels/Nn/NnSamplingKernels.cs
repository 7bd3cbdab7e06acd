using TorchScriptSharp.Runtime;
using TorchSharp;
using static TorchScriptSharp.Ops.Kernels.Def;
using static TorchScriptSharp.Ops.Kernels.NnArgs;
using static TorchSharp.torch;
using F = TorchSharp.torch.nn.functional;

namespace TorchScriptSharp.Ops.Kernels;

/// Resampling and padding: upsample_* (what F.interpolate lowers to), pad modes, grid sampling and
/// pixel (un)shuffle.
internal static class NnSamplingKernels
{
    public static void Register()
    {
        // The .vec forms take either output_size or scale_factors (the other is None).
        Op("aten::upsample_nearest1d.vec", (Tensor x, long[]? size, double[]? scales) => Interp(x, size, scales, torch.InterpolationMode.Nearest, null));
        Op("aten::upsample_nearest2d.vec", (Tensor x, long[]? size, double[]? scales) => Interp(x, size, scales, torch.InterpolationMode.Nearest, null));
        Op("aten::upsample_nearest3d.vec", (Tensor x, long[]? size, double[]? scales) => Interp(x, size, scales, torch.InterpolationMode.Nearest, null));
        Op("aten::upsample_linear1d.vec", (Tensor x, long[]? size, bool ac, double[]? scales) => Interp(x, size, scales, torch.InterpolationMode.Linear, ac));
        Op("aten::upsample_bilinear2d.vec", (Tensor x, long[]? size, bool ac, double[]? scales) => Interp(x, size, scales, torch.InterpolationMode.Bilinear, ac));
        Op("aten::upsample_bicubic2d.vec", (Tensor x, long[]? size, bool ac, double[]? scales) => Interp(x, size, scales, torch.InterpolationMode.Bicubic, ac));
        Op("aten::upsample_trilinear3d.vec", (Tensor x, long[]? size, bool ac, double[]? scales) => Interp(x, size, scales, torch.InterpolationMode.Trilinear, ac));
        // The sized forms: an explicit output size (the scales only matter for the backward pass
        // and for consistency with a given scale, which the size already encodes).
        Op("aten::upsample_nearest1d", (Tensor x, long[] size, double? s) => Interp(x, size, null, torch.InterpolationMode.Nearest, null));
        Op("aten::upsample_nearest2d", (Tensor x, long[] size, double? sh, double? sw) => Interp(x, size, null, torch.InterpolationMode.Nearest, null));
        Op("aten::upsample_nearest3d", (Tensor x, long[] size, double? sd, double? sh, double? sw) => Interp(x, size, null, torch.InterpolationMode.Nearest, null));
        Op("aten::upsample_linear1d", (Tensor x, long[] size, bool ac, double? s) => Interp(x, size, null, torch.InterpolationMode.Linear, ac));
        Op("aten::upsample_bilinear2d", (Tensor x, long[] size, bool ac, double? sh, double? sw) => Interp(x, size, null, torch.InterpolationMode.Bilinear, ac));
        Op("aten::upsample_bicubic2d", (Tensor x, long[] size, bool ac, double? sh, double? sw) => Interp(x, size, null, torch.InterpolationMode.Bicubic, ac));
        Op("aten::upsample_trilinear3d", (Tensor x, long[] size, bool ac, double? sd, double? sh, double? sw) => Interp(x, size, null, torch.InterpolationMode.Trilinear, ac));

        Op("aten::constant_pad_nd", (Tensor x, long[] pad, Scalar value) => ConstantPad(x, pad, value.ToDouble()));
        Op("aten::pad", (Tensor x, long[] pad, string mode, double? value) => mode switch
        {
            "constant" => ConstantPad(x, pad, value ?? 0),
            "reflect" => F.pad(x, pad, PaddingModes.Reflect),
            "replicate" => F.pad(x, pad, PaddingModes.Replicate),
            "circular" => F.pad(x, pad, PaddingModes.Circular),
            _ => throw KernelError.Runtime($"Unrecognised padding mode {mode}"),
        });
        Op("aten::reflection_pad1d", (Tensor x, long[] pad) => F.pad(x, pad, PaddingModes.Reflect));
        Op("aten::reflection_pad2d", (Tensor x, long[] pad) => F.pad(x, pad, PaddingModes.Reflect));
        Op("aten::reflection_pad3d", (Tensor x, long[] pad) => F.pad(x, pad, PaddingModes.Reflect));
        Op("aten::replication_pad1d", (Tensor x, long[] pad) => F.pad(x, pad, PaddingModes.Replicate));
        Op("aten::replication_pad2d", (Tensor x, long[] pad) => F.pad(x, pad, PaddingModes.Replicate));
        Op("aten::replication_pad3d", (Tensor x, long[] pad) => F.pad(x, pad, PaddingModes.Replicate));

        // interpolation_mode: 0 bilinear, 1 nearest, 2 bicubic; padding_mode: 0 zeros, 1 border, 2 reflection.
        Op("aten::grid_sampler", (Tensor x, Tensor grid, long mode, long padding, bool ac) => GridSample(x, grid, mode, padding, ac));
        Op("aten::grid_sampler_2d", (Tensor x, Tensor grid, long mode, long padding, bool ac) => GridSample(x, grid, mode, padding, ac));
        Op("aten::grid_sampler_3d", (Tensor x, Tensor grid, long mode, long padding, bool ac) => GridSample(x, grid, mode, padding, ac));

        Op("aten::pixel_shuffle", (Tensor x, long r) => F.pixel_shuffle(x, r));
        // nn.Unfold / nn.Fold: sliding 2-d blocks to columns and back
        Op("aten::im2col", (Tensor x, long[] kernel, long[] dilation, long[] padding, long[] stride) =>
            F.unfold(x, (kernel[0], kernel[1]), (dilation[0], dilation[1]), (padding[0], padding[1]), (stride[0], stride[1])));
        Op("aten::col2im", (Tensor x, long[] size, long[] kernel, long[] dilation, long[] padding, long[] stride) =>
            F.fold(x, (size[0], size[1]), (kernel[0], kernel[1]), (dilation[0], dilation[1]), (padding[0], padding[1]), (stride[0], stride[1])));
        Op("aten::pixel_unshuffle", (Tensor x, long r) => F.pixel_unshuffle(x, r));
        Op("aten::channel_shuffle", (Tensor x, long groups) => x.channel_shuffle(groups));
        Op("aten::native_channel_shuffle", (Tensor x, long groups) => x.channel_shuffle(groups));
    }

    static Tensor Interp(Tensor x, long[]? size, double[]? scales, torch.InterpolationMode mode, bool? alignCorners) =>
        F.interpolate(x, size, scales, mode, alignCorners);

    /// Constant padding accepts negative pads (cropping), which F.pad's constant mode does too.
    static Tensor ConstantPad(Tensor x, long[] pad, double value) => F.pad(x, pad, PaddingModes.Constant, value);

    static Tensor GridSample(Tensor x, Tensor grid, long mode, long padding, bool alignCorners)
    {
        var m = mode switch
        {
            0 => torch.GridSampleMode.Bilinear,
            1 => torch.GridSampleMode.Nearest,
            _ => throw KernelError.Runtime("grid_sampler: bicubic interpolation has no kernel yet"),
        };
        var p = padding switch
        {
            0 => torch.GridSamplePaddingMode.Zeros,
            1 => torch.GridSamplePaddingMode.Border,
            2 => torch.GridSamplePaddingMode.Reflection,
            _ => throw KernelError.Runtime($"grid_sampler: invalid padding mode {padding}"),
        };
        return F.grid_sample(x, grid, m, p, alignCorners);
    }
}
