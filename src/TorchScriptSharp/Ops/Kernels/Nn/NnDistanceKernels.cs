using TorchSharp;
using static TorchScriptSharp.Ops.Kernels.Def;
using static TorchSharp.torch;
using F = TorchSharp.torch.nn.functional;

namespace TorchScriptSharp.Ops.Kernels;

/// Similarity and distance functions.
internal static class NnDistanceKernels
{
    public static void Register()
    {
        Op("aten::cosine_similarity", (Tensor x1, Tensor x2, long dim, double eps) => F.cosine_similarity(x1, x2, dim, eps));
        Op("aten::pairwise_distance", (Tensor x1, Tensor x2, double p, double eps, bool keep) => F.pairwise_distance(x1, x2, p, eps, keep));
        Op("aten::cdist", (Tensor x1, Tensor x2, double p, long? mode) =>
            torch.cdist(x1, x2, p, mode is long m ? (compute_mode)m : compute_mode.use_mm_for_euclid_dist_if_necessary));
        Op("aten::dist", (Tensor a, Tensor b, Scalar p) => Scoped.Run(() => a.sub(b).norm(FloatOf(p))));
    }

    static float FloatOf(Scalar p) => (float)p.ToDouble();
}
