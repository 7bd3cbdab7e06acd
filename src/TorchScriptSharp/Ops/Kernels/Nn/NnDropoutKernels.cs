using TorchScriptSharp.Runtime;
using TorchSharp;
using static TorchScriptSharp.Ops.Kernels.Def;
using static TorchSharp.torch;
using F = TorchSharp.torch.nn.functional;

namespace TorchScriptSharp.Ops.Kernels;

/// The dropout family and bernoulli sampling. With train=False every dropout is the identity, but
/// still a distinct result (a new handle on the same tensor), so the caller may free its input.
internal static class NnDropoutKernels
{
    public static void Register()
    {
        Op("aten::dropout", (Tensor x, double p, bool train) => train ? F.dropout(x, p, true) : x.alias());
        Op("aten::dropout_", (Tensor x, double p, bool train) => { if (train) F.dropout(x, p, true, inplace: true); return x; });
        Op("aten::feature_dropout", (Tensor x, double p, bool train) => train ? FeatureDropout(x, p) : x.alias());
        Op("aten::feature_dropout_", (Tensor x, double p, bool train) => train ? NnActivationKernels.InPlace(x, FeatureDropout(x, p)) : x);
        Op("aten::alpha_dropout", (Tensor x, double p, bool train) => train ? F.alpha_dropout(x, p, true) : x.alias());
        Op("aten::alpha_dropout_", (Tensor x, double p, bool train) => train ? NnActivationKernels.InPlace(x, F.alpha_dropout(x, p, true)) : x);
        Op("aten::feature_alpha_dropout", (Tensor x, double p, bool train) => train ? F.feature_alpha_dropout(x, p, true) : x.alias());
        Op("aten::feature_alpha_dropout_", (Tensor x, double p, bool train) => train ? NnActivationKernels.InPlace(x, F.feature_alpha_dropout(x, p, true)) : x);

        Op("aten::bernoulli", (Tensor x, IValue gen) => x.bernoulli());
        Op("aten::bernoulli.p", (Tensor x, double p, IValue gen) => { using var probs = torch.full_like(x, p); return probs.bernoulli(); });
        Op("aten::bernoulli_.float", (Tensor x, double p, IValue gen) => { x.bernoulli_(p); return x; });
        Op("aten::bernoulli_.Tensor", (Tensor x, Tensor p, IValue gen) => { x.bernoulli_(p); return x; });
    }

    /// Drops whole channels (dim 1 of a batched input): one Bernoulli draw per (batch, channel).
    static Tensor FeatureDropout(Tensor x, double p)
    {
        if (x.dim() < 2) throw KernelError.Runtime("Feature dropout requires at least 2 dimensions in the input");
        var maskShape = x.shape.Select((n, i) => i < 2 ? n : 1L).ToArray();
        using var keep = torch.empty(maskShape, x.dtype, x.device).bernoulli_(1 - p);
        using var scaled = p == 1 ? keep.alias() : keep.div(1 - p);
        return x.mul(scaled);
    }
}
