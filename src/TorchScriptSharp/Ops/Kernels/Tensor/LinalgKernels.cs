using TorchScriptSharp.Runtime;
using TorchSharp;
using static TorchScriptSharp.Ops.Kernels.Def;
using static TorchSharp.torch;

namespace TorchScriptSharp.Ops.Kernels;

/// The matmul family and common linear algebra.
internal static class LinalgKernels
{
    public static void Register()
    {
        Op("aten::addmm", (Tensor a, Tensor m1, Tensor m2, Scalar beta, Scalar alpha) => Accumulate(a, m1.mm(m2), beta, alpha));
        Op("aten::addmm_", (Tensor a, Tensor m1, Tensor m2, Scalar beta, Scalar alpha) => NnActivationKernels.InPlace(a, Accumulate(a, m1.mm(m2), beta, alpha)));
        Op("aten::addmv", (Tensor a, Tensor m, Tensor v, Scalar beta, Scalar alpha) => Accumulate(a, m.mv(v), beta, alpha));
        Op("aten::addmv_", (Tensor a, Tensor m, Tensor v, Scalar beta, Scalar alpha) => NnActivationKernels.InPlace(a, Accumulate(a, m.mv(v), beta, alpha)));
        Op("aten::addbmm", (Tensor a, Tensor b1, Tensor b2, Scalar beta, Scalar alpha) => Accumulate(a, Scoped.Run(() => b1.bmm(b2).sum(new long[] { 0 })), beta, alpha));
        Op("aten::addbmm_", (Tensor a, Tensor b1, Tensor b2, Scalar beta, Scalar alpha) => NnActivationKernels.InPlace(a, Accumulate(a, Scoped.Run(() => b1.bmm(b2).sum(new long[] { 0 })), beta, alpha)));
        Op("aten::baddbmm", (Tensor a, Tensor b1, Tensor b2, Scalar beta, Scalar alpha) => Accumulate(a, b1.bmm(b2), beta, alpha));
        Op("aten::baddbmm_", (Tensor a, Tensor b1, Tensor b2, Scalar beta, Scalar alpha) => NnActivationKernels.InPlace(a, Accumulate(a, b1.bmm(b2), beta, alpha)));
        Op("aten::addr", (Tensor a, Tensor v1, Tensor v2, Scalar beta, Scalar alpha) => Accumulate(a, v1.outer(v2), beta, alpha));
        Op("aten::addr_", (Tensor a, Tensor v1, Tensor v2, Scalar beta, Scalar alpha) => NnActivationKernels.InPlace(a, Accumulate(a, v1.outer(v2), beta, alpha)));
        Op("aten::einsum", (string eq, Tensor[] ts, long[]? path) => torch.einsum(eq, ts));
        Op("aten::dot", (Tensor a, Tensor b) => a.dot(b));
        Op("aten::vdot", (Tensor a, Tensor b) => a.vdot(b));
        Op("aten::inner", (Tensor a, Tensor b) => a.inner(b));
        Op("aten::mv", (Tensor a, Tensor v) => a.mv(v));
        Op("aten::outer", (Tensor a, Tensor b) => a.outer(b));
        Op("aten::ger", (Tensor a, Tensor b) => a.outer(b));
        Op("aten::kron", (Tensor a, Tensor b) => a.kron(b));
        Op("aten::cross", (Tensor a, Tensor b, long? dim) => torch.linalg.cross(a, b, dim ?? DefaultCrossDim(a)));
        Op("aten::linalg_cross", (Tensor a, Tensor b, long dim) => torch.linalg.cross(a, b, dim));
        Op("aten::tensordot", (Tensor a, Tensor b, long[] da, long[] db) => torch.tensordot(a, b, da, db));
        Op("aten::chain_matmul", (Tensor[] ts) => torch.linalg.multi_dot(ts));
        Op("aten::linalg_multi_dot", (Tensor[] ts) => torch.linalg.multi_dot(ts));
        Op("aten::block_diag", (Tensor[] ts) => torch.block_diag(ts));
        Op("aten::cartesian_prod", (Tensor[] ts) => torch.cartesian_prod(ts));
        Op("aten::combinations", (Tensor a, long r, bool replacement) => torch.combinations(a, (int)r, replacement));
        Op("aten::meshgrid", (Tensor[] ts) => torch.meshgrid(ts, "ij"));
        Op("aten::meshgrid.indexing", (Tensor[] ts, string indexing) => torch.meshgrid(ts, indexing));
        Op("aten::inverse", (Tensor a) => torch.linalg.inv(a));
        Op("aten::linalg_inv", (Tensor a) => torch.linalg.inv(a));
        Op("aten::det", (Tensor a) => torch.linalg.det(a));
        Op("aten::linalg_det", (Tensor a) => torch.linalg.det(a));
        Op("aten::logdet", (Tensor a) => a.logdet());
        Op("aten::matrix_power", (Tensor a, long n) => a.matrix_power((int)n));
        Op("aten::linalg_matrix_power", (Tensor a, long n) => a.matrix_power((int)n));
        Op("aten::pinverse", (Tensor a, double rcond) => torch.linalg.pinv(a, rcond));
        Op("aten::cholesky", (Tensor a, bool upper) => a.cholesky(upper));
        Op("aten::vander", (Tensor x, long? n, bool increasing) => torch.vander(x, n ?? x.shape[0], increasing));
        Op("aten::linalg_matrix_norm", (Tensor a, Scalar ord, long[] dims, bool keep, ScalarType? dtype) => Scoped.Run(() =>
            torch.linalg.matrix_norm(dtype is ScalarType t ? a.to_type(t) : a, ord.ToDouble(), dims, keep)));
        Op("aten::linalg_matrix_norm.str_ord", (Tensor a, string ord, long[] dims, bool keep, ScalarType? dtype) => Scoped.Run(() =>
            torch.linalg.matrix_norm(dtype is ScalarType t ? a.to_type(t) : a, ord, dims, keep)));
        Op("aten::linalg_norm", (Tensor a, Scalar? ord, long[]? dims, bool keep, ScalarType? dtype) => Scoped.Run(() =>
        {
            var x = dtype is ScalarType t ? a.to_type(t) : a;
            if (ord is null) return ReductionExtraKernels.VectorNorm(x, 2, dims, keep, null);
            if (dims?.Length == 2 || (dims == null && a.dim() == 2)) return torch.linalg.matrix_norm(x, ord.ToDouble(), dims ?? new long[] { -2, -1 }, keep);
            return ReductionExtraKernels.VectorNorm(x, ord.ToDouble(), dims, keep, null);
        }));
        Op("aten::linalg_norm.ord_str", (Tensor a, string ord, long[]? dims, bool keep, ScalarType? dtype) => Scoped.Run(() =>
            torch.linalg.matrix_norm(dtype is ScalarType t ? a.to_type(t) : a, ord, dims ?? new long[] { -2, -1 }, keep)));
    }

    /// beta * self + alpha * product, ATen's addmm family: with beta == 0 self is ignored (its NaNs
    /// do not propagate), and for integer tensors the scalars must be integral. Consumes product.
    static Tensor Accumulate(Tensor self, Tensor product, Scalar beta, Scalar alpha)
    {
        // PyTorch 1.13 truncates float scalars for integer tensors (scalar.to<int64_t>()).
        if (torch.is_integral(self.dtype))
        {
            beta = Conversions.DoubleToInt(beta.ToDouble());
            alpha = Conversions.DoubleToInt(alpha.ToDouble());
        }
        using var scope = torch.NewDisposeScope();
        scope.Attach(product);
        var scaled = alpha.ToDouble() == 1 ? product : product.mul(alpha);
        var result = beta.ToDouble() == 0 ? scaled.expand(Broadcast(self.shape, product.shape)).clone()
                                         : scaled.add(beta.ToDouble() == 1 ? self : self.mul(beta));
        return scope.Detach(result.alias());
    }

    static long[] Broadcast(long[] a, long[] b)
    {
        int n = Math.Max(a.Length, b.Length);
        var r = new long[n];
        for (int i = 0; i < n; i++)
        {
            long x = i < n - a.Length ? 1 : a[i - (n - a.Length)];
            long y = i < n - b.Length ? 1 : b[i - (n - b.Length)];
            r[i] = x == 1 ? y : x;
        }
        return r;
    }

    /// torch.cross without dim uses the first dimension of size 3 (deprecated behaviour kept by ATen).
    static long DefaultCrossDim(Tensor a)
    {
        for (int i = 0; i < a.dim(); i++) if (a.shape[i] == 3) return i;
        throw KernelError.Runtime("no dimension of size 3 in input");
    }
}
