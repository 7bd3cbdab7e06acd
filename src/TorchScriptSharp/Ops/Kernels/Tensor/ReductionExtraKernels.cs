using TorchScriptSharp.Runtime;
using TorchSharp;
using static TorchScriptSharp.Ops.Kernels.Def;
using static TorchSharp.torch;

namespace TorchScriptSharp.Ops.Kernels;

/// Reductions with dim/keepdim/dtype beyond sum/mean/max/min: products, statistics, norms,
/// order statistics. `int[1]? dim` None or [] means "all dimensions" as in ATen.
internal static class ReductionExtraKernels
{
    public static void Register()
    {
        Op("aten::prod", (Tensor a, ScalarType? dtype) => a.prod(dtype));
        Op("aten::prod.dim_int", (Tensor a, long dim, bool keep, ScalarType? dtype) => a.prod(dim, keep, dtype));
        Op("aten::nansum", (Tensor a, long[]? dims, bool keep, ScalarType? dtype) => Scoped.Run(() =>
        {
            var x = dtype is ScalarType t ? a.to_type(t) : a;
            var zeroed = torch.where(x.isnan(), torch.zeros_like(x), x);
            return AllDims(dims) ? Keep(zeroed.sum(), a, keep) : zeroed.sum(dims!, keep);
        }));
        Op("aten::nanmean", (Tensor a, long[]? dims, bool keep, ScalarType? dtype) => Scoped.Run(() =>
        {
            var x = dtype is ScalarType t ? a.to_type(t) : a;
            var valid = x.isnan().logical_not();
            var zeroed = torch.where(valid, x, torch.zeros_like(x));
            var d = AllDims(dims) ? Enumerable.Range(0, (int)a.dim()).Select(i => (long)i).ToArray() : dims!;
            return zeroed.sum(d, keep).div(valid.sum(d, keep));
        }));

        Op("aten::std", (Tensor a, bool unbiased) => a.std(unbiased));
        Op("aten::var", (Tensor a, bool unbiased) => a.var(unbiased));
        Op("aten::std.dim", (Tensor a, long[]? dims, bool unbiased, bool keep) => Stat(a, dims, unbiased ? 1 : 0, keep, true));
        Op("aten::var.dim", (Tensor a, long[]? dims, bool unbiased, bool keep) => Stat(a, dims, unbiased ? 1 : 0, keep, false));
        Op("aten::std.correction", (Tensor a, long[]? dims, long? correction, bool keep) => Stat(a, dims, correction ?? 1, keep, true));
        Op("aten::var.correction", (Tensor a, long[]? dims, long? correction, bool keep) => Stat(a, dims, correction ?? 1, keep, false));
        Op2("aten::std_mean", (Tensor a, bool unbiased) => (a.std(unbiased), a.mean()));
        Op2("aten::var_mean", (Tensor a, bool unbiased) => (a.var(unbiased), a.mean()));
        Op2("aten::std_mean.dim", (Tensor a, long[]? dims, bool unbiased, bool keep) => (Stat(a, dims, unbiased ? 1 : 0, keep, true), Mean(a, dims, keep)));
        Op2("aten::var_mean.dim", (Tensor a, long[]? dims, bool unbiased, bool keep) => (Stat(a, dims, unbiased ? 1 : 0, keep, false), Mean(a, dims, keep)));
        Op2("aten::std_mean.correction", (Tensor a, long[]? dims, long? correction, bool keep) => (Stat(a, dims, correction ?? 1, keep, true), Mean(a, dims, keep)));
        Op2("aten::var_mean.correction", (Tensor a, long[]? dims, long? correction, bool keep) => (Stat(a, dims, correction ?? 1, keep, false), Mean(a, dims, keep)));

        Op("aten::amax", (Tensor a, long[] dims, bool keep) => a.amax(AllIfEmpty(dims, a), keep));
        Op("aten::amin", (Tensor a, long[] dims, bool keep) => a.amin(AllIfEmpty(dims, a), keep));
        Op2("aten::aminmax", (Tensor a, long? dim, bool keep) => dim is long d
            ? (a.amin(new[] { d }, keep), a.amax(new[] { d }, keep))
            : (Keep(a.min(), a, keep), Keep(a.max(), a, keep)));
        Op("aten::logsumexp", (Tensor a, long[] dims, bool keep) => LogSumExp(a, AllIfEmpty(dims, a), keep));
        Op("aten::trace", (Tensor a) => a.trace());

        Op("aten::median", (Tensor a) => a.median());
        Op("aten::nanmedian", (Tensor a) => a.nanmedian());
        Op2("aten::median.dim", (Tensor a, long dim, bool keep) => MedianDim(a, dim, keep, nan: false));
        Op2("aten::nanmedian.dim", (Tensor a, long dim, bool keep) => MedianDim(a, dim, keep, nan: true));
        Op2("aten::mode", (Tensor a, long dim, bool keep) => a.mode(dim, keep));
        Op2("aten::kthvalue", (Tensor a, long k, long dim, bool keep) => a.kthvalue(k, dim, keep));
        Op("aten::count_nonzero", (Tensor a, long? dim) => dim is long d ? a.count_nonzero(new[] { d }) : a.count_nonzero(null));
        Op("aten::count_nonzero.dim_IntList", (Tensor a, long[] dims) => a.count_nonzero(dims));

        Op("aten::norm.Scalar", (Tensor a, Scalar p) => VectorNorm(a, p.ToDouble(), null, false, null));
        Op("aten::norm.ScalarOpt_dim", (Tensor a, Scalar? p, long[] dims, bool keep) => VectorNorm(a, p?.ToDouble() ?? 2, dims, keep, null));
        Op("aten::norm.ScalarOpt_dim_dtype", (Tensor a, Scalar? p, long[] dims, bool keep, ScalarType dtype) => VectorNorm(a, p?.ToDouble() ?? 2, dims, keep, dtype));
        Op("aten::norm.ScalarOpt_dtype", (Tensor a, Scalar? p, ScalarType dtype) => VectorNorm(a, p?.ToDouble() ?? 2, null, false, dtype));
        Op("aten::linalg_vector_norm", (Tensor a, Scalar ord, long[]? dims, bool keep, ScalarType? dtype) => VectorNorm(a, ord.ToDouble(), dims, keep, dtype));
        Op("aten::frobenius_norm", (Tensor a) => VectorNorm(a, 2, null, false, null));
        Op("aten::frobenius_norm.dim", (Tensor a, long[] dims, bool keep) => VectorNorm(a, 2, dims, keep, null));
        Op("aten::renorm", (Tensor a, Scalar p, long dim, Scalar maxnorm) => a.renorm((float)p.ToDouble(), dim, (float)maxnorm.ToDouble()));
    }

    /// log(sum(exp(x))) over several dims, shifted by the max for stability (an infinite max is
    /// not subtracted, so all -inf gives -inf and +inf gives +inf, as in ATen).
    static Tensor LogSumExp(Tensor a, long[] dims, bool keep) => Scoped.Run(() =>
    {
        var x = torch.is_floating_point(a.dtype) ? a : a.to_type(torch.get_default_dtype());
        if (x.dim() == 0) return x.clone();
        var m = x.amax(dims, true);
        m = torch.where(m.isinf(), torch.zeros_like(m), m);
        var r = x.sub(m).exp().sum(dims, true).log().add(m);
        if (keep) return r;
        foreach (var d in dims.Select(d => d < 0 ? d + x.dim() : d).OrderByDescending(d => d)) r = r.squeeze(d);
        return r;
    });

    static bool AllDims(long[]? dims) => dims == null || dims.Length == 0;

    static long[] AllIfEmpty(long[] dims, Tensor a) => dims.Length == 0 ? Enumerable.Range(0, (int)a.dim()).Select(i => (long)i).ToArray() : dims;

    /// A full reduction with keepdim keeps every dimension as size 1.
    static Tensor Keep(Tensor reduced, Tensor input, bool keep)
    {
        if (!keep || input.dim() == 0) return reduced;
        using (reduced) return reduced.reshape(Enumerable.Repeat(1L, (int)input.dim()).ToArray());
    }

    static Tensor Mean(Tensor a, long[]? dims, bool keep) => AllDims(dims) ? Keep(a.mean(), a, keep) : a.mean(dims!, keep);

    /// std/var with a correction (Bessel's is 1): sum((x - mean)^2) / (N - correction).
    static Tensor Stat(Tensor a, long[]? dims, long correction, bool keep, bool sqrt)
    {
        if (correction is 0 or 1)
        {
            var d = AllDims(dims) ? Enumerable.Range(0, (int)a.dim()).Select(i => (long)i).ToArray() : dims!;
            if (d.Length == 0) return Keep(sqrt ? a.std(correction == 1) : a.var(correction == 1), a, keep);
            return sqrt ? a.std(d, correction == 1, keep) : a.var(d, correction == 1, keep);
        }
        return Scoped.Run(() =>
        {
            var d = AllDims(dims) ? Enumerable.Range(0, (int)a.dim()).Select(i => (long)i).ToArray() : dims!;
            long n = d.Aggregate(1L, (acc, i) => acc * a.shape[i < 0 ? i + a.dim() : i]);
            var centered = a.sub(a.mean(d, true));
            var v = centered.mul(centered).sum(d, keep).div(Math.Max(0, n - correction));
            return sqrt ? v.sqrt() : v;
        });
    }

    /// The lower median along dim and its index. median propagates NaN (a slice with a NaN has
    /// median NaN); nanmedian takes the median of the non-NaN values.
    static (Tensor, Tensor) MedianDim(Tensor a, long dim, bool keep, bool nan) => Scoped.Run2(() =>
    {
        if (a.dim() == 0) return (a.clone(), torch.zeros(Array.Empty<long>(), ScalarType.Int64));
        var (sorted, order) = a.sort(dim); // NaNs sort last
        var isNan = a.isnan();
        var count = nan ? isNan.logical_not().sum(new[] { dim }, true) : torch.full_like(isNan.sum(new[] { dim }, true), a.shape[dim < 0 ? dim + a.dim() : dim]);
        var pos = count.sub(1).clamp_min(0).div(2, RoundingMode.floor);
        if (!nan)
        {
            // A slice holding a NaN: its first NaN (sorted to the front of the NaN block) is the median.
            var nans = isNan.sum(new[] { dim }, true);
            pos = torch.where(nans.gt(0), count.sub(nans), pos);
        }
        var values = sorted.gather(dim, pos);
        var indices = order.gather(dim, pos);
        return keep ? (values, indices) : (values.squeeze(dim), indices.squeeze(dim));
    });

    /// The p-norm over dims (all when empty): inf/-inf are max/min of |x|, 0 counts non-zeros.
    public static Tensor VectorNorm(Tensor a, double p, long[]? dims, bool keep, ScalarType? dtype) => Scoped.Run(() =>
    {
        var x = dtype is ScalarType t ? a.to_type(t) : a;
        var d = AllDims(dims) ? Enumerable.Range(0, (int)a.dim()).Select(i => (long)i).ToArray() : dims!;
        var abs = x.abs();
        if (d.Length == 0) return keep ? abs : abs.alias();
        if (double.IsPositiveInfinity(p)) return abs.amax(d, keep);
        if (double.IsNegativeInfinity(p)) return abs.amin(d, keep);
        if (p == 0) return abs.ne(0).to_type(abs.dtype).sum(d, keep);
        if (p == 1) return abs.sum(d, keep);
        if (p == 2) return abs.mul(abs).sum(d, keep).sqrt();
        return abs.pow(p).sum(d, keep).pow(1.0 / p);
    });
}
