using TorchScriptSharp.Runtime;
using TorchSharp;
using static TorchScriptSharp.Ops.Kernels.Def;
using static TorchScriptSharp.Ops.Kernels.NnArgs;
using static TorchSharp.torch;
using F = TorchSharp.torch.nn.functional;

namespace TorchScriptSharp.Ops.Kernels;

/// Loss functions (`int reduction`: 0 none, 1 mean, 2 sum). TorchSharp covers most of them; the ones
/// whose TorchSharp entry point lacks a parameter ATen has (nll_loss's ignore_index, ...) are
/// composed from element-wise ops following ATen's definitions.
internal static class NnLossKernels
{
    public static void Register()
    {
        Op("aten::mse_loss", (Tensor x, Tensor y, long r) => F.mse_loss(x, y, Reduction(r)));
        Op("aten::l1_loss", (Tensor x, Tensor y, long r) => Scoped.Run(() => Reduce(x.sub(y).abs(), r)));
        Op("aten::smooth_l1_loss", (Tensor x, Tensor y, long r, double beta) => F.smooth_l1_loss(x, y, Reduction(r), beta));
        Op("aten::huber_loss", (Tensor x, Tensor y, long r, double delta) => F.huber_loss(x, y, delta, Reduction(r)));
        Op("aten::binary_cross_entropy", (Tensor x, Tensor y, Tensor? w, long r) => F.binary_cross_entropy(x, y, w, Reduction(r)));
        Op("aten::binary_cross_entropy_with_logits", (Tensor x, Tensor y, Tensor? w, Tensor? posWeight, long r) =>
            F.binary_cross_entropy_with_logits(x, y, w, Reduction(r), posWeight));
        Op("aten::kl_div", (Tensor x, Tensor y, long r, bool logTarget) => Scoped.Run(() =>
            Reduce(logTarget ? y.exp().mul(y.sub(x)) : torch.xlogy(y, y).sub(y.mul(x)), r)));
        Op("aten::cross_entropy_loss", (Tensor x, Tensor y, Tensor? w, long r, long ignore, double smoothing) =>
            F.cross_entropy(x, y, w, ignore, Reduction(r), smoothing));
        Op("aten::nll_loss", (Tensor x, Tensor y, Tensor? w, long r, long ignore) => NllLoss(x, y, w, r, ignore));
        Op("aten::nll_loss2d", (Tensor x, Tensor y, Tensor? w, long r, long ignore) => NllLoss(x, y, w, r, ignore));
        Op("aten::nll_loss_nd", (Tensor x, Tensor y, Tensor? w, long r, long ignore) => NllLoss(x, y, w, r, ignore));
        Op("aten::ctc_loss.Tensor", (Tensor logProbs, Tensor targets, Tensor inputLengths, Tensor targetLengths, long blank, long r, bool zeroInfinity) =>
            F.ctc_loss(logProbs, targets, inputLengths, targetLengths, blank, zeroInfinity, Reduction(r)));
        Op("aten::soft_margin_loss", (Tensor x, Tensor y, long r) => Scoped.Run(() => Reduce(y.neg().mul(x).exp().log1p(), r)));
        Op("aten::hinge_embedding_loss", (Tensor x, Tensor y, double margin, long r) => Scoped.Run(() =>
        {
            // ATen: where(y != 1, clamp_min(margin - x, 0), 0) + where(y != -1, x, 0), so a target
            // that is neither 1 nor -1 contributes both terms
            var zeros = torch.zeros_like(x);
            var marginTerm = torch.where(y.ne(1), x.neg().add(margin).clamp_min(0), zeros);
            var selfTerm = torch.where(y.ne(-1), x, zeros);
            return Reduce(marginTerm.add(selfTerm), r);
        }));
        Op("aten::margin_ranking_loss", (Tensor x1, Tensor x2, Tensor y, double margin, long r) => Scoped.Run(() =>
            Reduce(y.neg().mul(x1.sub(x2)).add(margin).clamp_min(0), r)));
        Op("aten::cosine_embedding_loss", (Tensor x1, Tensor x2, Tensor y, double margin, long r) => Scoped.Run(() =>
        {
            const double eps = 1e-12; // ATen's EPSILON
            int d = (int)x1.dim() - 1;
            var prod = x1.mul(x2).sum(new long[] { d });
            var mag1 = x1.mul(x1).sum(new long[] { d }).add(eps);
            var mag2 = x2.mul(x2).sum(new long[] { d }).add(eps);
            var cos = prod.div(mag1.mul(mag2).sqrt());
            var zeros = torch.zeros_like(cos);
            var pos = cos.neg().add(1);
            var neg = cos.sub(margin).clamp_min(0);
            var loss = torch.where(y.eq(1), pos, zeros).add(torch.where(y.eq(-1), neg, zeros));
            return Reduce(loss, r);
        }));
        Op("aten::poisson_nll_loss", (Tensor x, Tensor y, bool logInput, bool full, double eps, long r) => Scoped.Run(() =>
        {
            var loss = logInput ? x.exp().sub(y.mul(x)) : x.sub(y.mul(x.add(eps).log()));
            if (full)
            {
                // Stirling term for targets > 1.
                var stirling = y.mul(y.log()).sub(y).add(y.mul(2 * Math.PI).log().mul(0.5));
                loss = loss.add(stirling.masked_fill(y.le(1), 0));
            }
            return Reduce(loss, r);
        }));
        Op("aten::triplet_margin_loss", (Tensor a, Tensor p, Tensor n, double margin, double norm, double eps, bool swap, long r) => Scoped.Run(() =>
        {
            var dPos = F.pairwise_distance(a, p, norm, eps);
            var dNeg = F.pairwise_distance(a, n, norm, eps);
            if (swap) dNeg = torch.minimum(dNeg, F.pairwise_distance(p, n, norm, eps));
            return Reduce(dPos.sub(dNeg).add(margin).clamp_min(0), r);
        }));
        Op("aten::multilabel_margin_loss", (Tensor x, Tensor y, long r) => F.multi_label_margin_loss(x, y, Reduction(r)));
        Op("aten::multi_margin_loss", (Tensor x, Tensor y, Scalar p, Scalar margin, Tensor? w, long r) =>
            F.multi_margin_loss(x, y, (int)p.ToInt64(), margin.ToDouble(), w, Reduction(r)));
    }

    /// ATen's nll_loss: the negated log-probability of each target class, weighted by the class
    /// weight; ignored targets count neither in the sum nor in the mean's denominator.
    static Tensor NllLoss(Tensor input, Tensor target, Tensor? weight, long reduction, long ignoreIndex) => Scoped.Run(() =>
    {
        var x = input.dim() == 1 ? input.unsqueeze(0) : input;
        var t = input.dim() == 1 ? target.unsqueeze(0) : target;
        var keep = t.ne(ignoreIndex);
        var safe = torch.where(keep, t, torch.zeros_like(t));
        var picked = x.gather(1, safe.unsqueeze(1)).squeeze(1).neg();
        var w = weight is null ? torch.ones_like(picked) : weight.index_select(0, safe.flatten()).view(safe.shape);
        w = w.mul(keep.to(w.dtype));
        var loss = picked.mul(w);
        if (input.dim() == 1 && reduction == 0) loss = loss.squeeze(0);
        return reduction switch
        {
            0 => loss,
            2 => loss.sum(),
            _ => loss.sum().div(w.sum()),
        };
    });
}
