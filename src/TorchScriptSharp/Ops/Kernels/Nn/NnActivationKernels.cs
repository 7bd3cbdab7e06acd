using TorchScriptSharp.Runtime;
using TorchSharp;
using static TorchScriptSharp.Ops.Kernels.Def;
using static TorchSharp.torch;
using F = TorchSharp.torch.nn.functional;

namespace TorchScriptSharp.Ops.Kernels;

/// Activation functions and their in-place forms. Where TorchSharp only takes doubles for a Scalar
/// parameter the value is widened; in-place forms compute into the input with copy_ when TorchSharp
/// has no in-place entry point, keeping the `Tensor(a!)` identity the interpreter relies on.
internal static class NnActivationKernels
{
    public static void Register()
    {
        Op("aten::relu6", (Tensor x) => F.relu6(x));
        Op("aten::relu6_", (Tensor x) => { x.relu6_(); return x; });
        Op("aten::gelu", (Tensor x, string approximate) => x.gelu(Approx(approximate)));
        Op("aten::gelu_", (Tensor x, string approximate) => InPlace(x, x.gelu(Approx(approximate))));
        Op("aten::silu", (Tensor x) => x.silu());
        Op("aten::silu_", (Tensor x) => { x.silu_(); return x; });
        Op("aten::mish", (Tensor x) => F.mish(x));
        Op("aten::mish_", (Tensor x) => InPlace(x, F.mish(x)));
        Op("aten::hardswish", (Tensor x) => x.hardswish());
        Op("aten::hardswish_", (Tensor x) => { x.hardswish_(); return x; });
        Op("aten::hardsigmoid", (Tensor x) => x.hardsigmoid());
        Op("aten::hardsigmoid_", (Tensor x) => { x.hardsigmoid_(); return x; });
        // hardtanh keeps self's dtype even when the bounds are floats (clamp alone would promote).
        Op("aten::hardtanh", (Tensor x, Scalar min, Scalar max) => KeepDtype(x, x.clamp(min, max)));
        Op("aten::hardtanh_", (Tensor x, Scalar min, Scalar max) => { x.clamp_(min, max); return x; });
        Op("aten::leaky_relu", (Tensor x, Scalar slope) => x.leaky_relu(slope));
        Op("aten::leaky_relu_", (Tensor x, Scalar slope) => { x.leaky_relu_(slope); return x; });
        Op("aten::elu", (Tensor x, Scalar alpha, Scalar scale, Scalar inputScale) => x.elu(alpha, scale, inputScale));
        Op("aten::elu_", (Tensor x, Scalar alpha, Scalar scale, Scalar inputScale) => { x.elu_(alpha, scale, inputScale); return x; });
        Op("aten::selu", (Tensor x) => x.selu());
        Op("aten::selu_", (Tensor x) => { x.selu_(); return x; });
        Op("aten::celu", (Tensor x, Scalar alpha) => x.celu(alpha));
        Op("aten::celu_", (Tensor x, Scalar alpha) => { x.celu_(alpha); return x; });
        Op("aten::softplus", (Tensor x, Scalar beta, Scalar threshold) => x.softplus(beta.ToDouble(), threshold.ToDouble()));
        Op("aten::softshrink", (Tensor x, Scalar lambd) => F.softshrink(x, lambd.ToDouble()));
        Op("aten::hardshrink", (Tensor x, Scalar lambd) => F.hardshrink(x, lambd.ToDouble()));
        Op("aten::threshold", (Tensor x, Scalar threshold, Scalar value) => x.threshold(threshold, value));
        Op("aten::threshold_", (Tensor x, Scalar threshold, Scalar value) => { x.threshold_(threshold, value); return x; });
        Op("aten::prelu", (Tensor x, Tensor w) => x.prelu(w));
        Op("aten::glu", (Tensor x, long dim) => F.glu(x, dim));
        Op("aten::log_sigmoid", (Tensor x) => x.log_sigmoid());
        Op("aten::logit", (Tensor x, double? eps) => x.logit(eps));
        Op("aten::logit_", (Tensor x, double? eps) => { x.logit_(eps); return x; });
        // rrelu is leaky_relu with the mean slope when not training (the only deterministic mode).
        Op("aten::rrelu", (Tensor x, Scalar lower, Scalar upper, bool training, IValue gen) =>
            x.rrelu(lower.ToDouble(), upper.ToDouble()));
        Op("aten::sigmoid_", (Tensor x) => { x.sigmoid_(); return x; });
        Op("aten::tanh_", (Tensor x) => { x.tanh_(); return x; });
    }

    static TorchSharp.Modules.GELU.Approximate Approx(string mode) => mode switch
    {
        "none" => TorchSharp.Modules.GELU.Approximate.none,
        "tanh" => TorchSharp.Modules.GELU.Approximate.tanh,
        _ => throw KernelError.Runtime($"approximate argument must be either none or tanh."),
    };

    static Tensor KeepDtype(Tensor x, Tensor r)
    {
        if (r.dtype == x.dtype) return r;
        using (r) return r.to_type(x.dtype);
    }

    /// Copies a freshly computed result into the in-place op's input and returns the input.
    public static Tensor InPlace(Tensor self, Tensor result)
    {
        using (result) self.copy_(result);
        return self;
    }
}
