using TorchScriptSharp.Runtime;
using TorchSharp;
using static TorchScriptSharp.Ops.Kernels.Def;
using static TorchScriptSharp.Ops.Kernels.NnArgs;
using static TorchSharp.torch;

namespace TorchScriptSharp.Ops.Kernels;

/// Views, splits, joins and reorderings beyond the basic set in TensorShapeKernels. Every result is
/// a new TorchSharp handle (views share storage) so the interpreter can free inputs independently.
internal static class ShapeExtraKernels
{
    public static void Register()
    {
        Op("aten::split.Tensor", (Tensor a, long size, long dim) => Split(a, size, dim));
        Op("aten::unsafe_split.Tensor", (Tensor a, long size, long dim) => UnsafeSplit(a, size, dim));
        Op("aten::split.sizes", (Tensor a, long[] sizes, long dim) => a.split(sizes, dim));
        Op("aten::split", (Tensor a, long[] sizes, long dim) => a.split(sizes, dim));
        Op("aten::split_with_sizes", (Tensor a, long[] sizes, long dim) => a.split(sizes, dim));
        Op("aten::chunk", (Tensor a, long chunks, long dim) => a.chunk(chunks, dim));
        Op("aten::unsafe_chunk", (Tensor a, long chunks, long dim) => UnsafeChunk(a, chunks, dim));
        Op("aten::tensor_split.sections", (Tensor a, long sections, long dim) => a.tensor_split(sections, dim));
        Op("aten::tensor_split.indices", (Tensor a, long[] indices, long dim) => a.tensor_split(indices, dim));
        Op("aten::unbind.int", (Tensor a, long dim) => a.unbind(dim));
        Op("aten::narrow", (Tensor a, long dim, long start, long length) => a.narrow(dim, start, length));
        Op("aten::narrow.Tensor", (Tensor a, long dim, Tensor start, long length) => a.narrow(dim, Conversions.TensorToInt(start), length));
        Op("aten::movedim.int", (Tensor a, long src, long dst) => a.movedim(new[] { src }, new[] { dst }));
        Op("aten::movedim.intlist", (Tensor a, long[] src, long[] dst) => a.movedim(src, dst));
        Op("aten::moveaxis.int", (Tensor a, long src, long dst) => a.movedim(new[] { src }, new[] { dst }));
        Op("aten::moveaxis.intlist", (Tensor a, long[] src, long[] dst) => a.movedim(src, dst));
        Op("aten::swapaxes", (Tensor a, long d0, long d1) => a.transpose(d0, d1));
        Op("aten::swapdims", (Tensor a, long d0, long d1) => a.transpose(d0, d1));
        Op("aten::transpose_", (Tensor a, long d0, long d1) => { a.transpose_(d0, d1); return a; });
        Op("aten::t_", (Tensor a) => { a.transpose_(0, a.dim() < 2 ? 0 : 1); return a; });
        Op("aten::squeeze_", (Tensor a) => { a.squeeze_(); return a; });
        Op("aten::squeeze_.dim", (Tensor a, long dim) => { a.squeeze_(dim); return a; });
        Op("aten::unsqueeze_", (Tensor a, long dim) => { a.unsqueeze_(dim); return a; });
        Op("aten::flip", (Tensor a, long[] dims) => a.flip(dims));
        Op("aten::fliplr", (Tensor a) => a.fliplr());
        Op("aten::flipud", (Tensor a) => a.flipud());
        Op("aten::roll", (Tensor a, long[] shifts, long[] dims) => dims.Length == 0 ? Scoped.Run(() => a.flatten().roll(shifts).view(a.shape)) : a.roll(shifts, dims));
        Op("aten::diff", (Tensor a, long n, long dim, Tensor? prepend, Tensor? append) => Diff(a, n, dim, prepend, append));
        Op("aten::rot90", (Tensor a, long k, long[] dims) => a.rot90(k, (dims[0], dims[1])));
        Op("aten::repeat", (Tensor a, long[] repeats) => a.repeat(repeats));
        Op("aten::tile", (Tensor a, long[] dims) => a.tile(dims));
        Op("aten::repeat_interleave.self_int", (Tensor a, long repeats, long? dim, long? outputSize) => a.repeat_interleave(repeats, dim, outputSize));
        Op("aten::repeat_interleave.self_Tensor", (Tensor a, Tensor repeats, long? dim, long? outputSize) => a.repeat_interleave(repeats, dim, outputSize));
        Op("aten::repeat_interleave.Tensor", (Tensor repeats, long? outputSize) => Scoped.Run(() =>
            torch.arange(repeats.shape[0]).repeat_interleave(repeats, 0, outputSize)));
        Op("aten::unflatten.int", (Tensor a, long dim, long[] sizes) => a.unflatten(dim < 0 ? dim + a.dim() : dim, sizes));
        Op("aten::view_as", (Tensor a, Tensor other) => a.view(other.shape));
        Op("aten::reshape_as", (Tensor a, Tensor other) => a.reshape(other.shape));
        Op("aten::ravel", (Tensor a) => a.reshape(-1));
        Op("aten::broadcast_to", (Tensor a, long[] size) => a.broadcast_to(size));
        Op("aten::broadcast_tensors", (Tensor[] ts) => torch.broadcast_tensors(ts).ToArray());
        Op("aten::diagonal", (Tensor a, long offset, long d1, long d2) => a.diagonal(offset, d1, d2));
        Op("aten::diag", (Tensor a, long diagonal) => a.diag(diagonal));
        Op("aten::diag_embed", (Tensor a, long offset, long d1, long d2) => a.diag_embed(offset, d1, d2));
        Op("aten::diagflat", (Tensor a, long offset) => a.diagflat(offset));
        Op("aten::tril", (Tensor a, long diagonal) => a.tril(diagonal));
        Op("aten::triu", (Tensor a, long diagonal) => a.triu(diagonal));
        Op("aten::tril_", (Tensor a, long diagonal) => { a.tril_(diagonal); return a; });
        Op("aten::triu_", (Tensor a, long diagonal) => { a.triu_(diagonal); return a; });
        Op("aten::hstack", (Tensor[] ts) => torch.hstack(ts));
        Op("aten::vstack", (Tensor[] ts) => torch.vstack(ts));
        Op("aten::dstack", (Tensor[] ts) => torch.dstack(ts));
        Op("aten::column_stack", (Tensor[] ts) => torch.column_stack(ts));
        Op("aten::atleast_1d", (Tensor a) => a.atleast_1d());
        Op("aten::atleast_2d", (Tensor a) => a.atleast_2d());
        Op("aten::atleast_3d", (Tensor a) => a.atleast_3d());
        Op("aten::concat", (Tensor[] ts, long dim) => torch.cat(ts, dim));
        Op("aten::unfold", (Tensor a, long dim, long size, long step) => a.unfold(dim, size, step));
        Op("aten::alias", (Tensor a) => a.alias());
        Op("aten::lift", (Tensor a) => a.alias());
        Op("aten::lift_fresh", (Tensor a) => a.alias());
        Op("aten::resolve_conj", (Tensor a) => a.resolve_conj());
        Op("aten::resolve_neg", (Tensor a) => a.resolve_neg());
        Op("aten::mT", (Tensor a) => a.transpose(-2, -1));
        Op("aten::adjoint", (Tensor a) => a.transpose(-2, -1));
        Op("aten::numpy_T", (Tensor a) => a.permute(Enumerable.Range(0, (int)a.dim()).Reverse().Select(i => (long)i).ToArray()));
        Op("aten::real", (Tensor a) => torch.is_complex(a.dtype) ? a.real : a.alias());
        Op("aten::view_as_real", (Tensor a) => a.view_as_real());
        Op("aten::view_as_complex", (Tensor a) => a.view_as_complex());
        Op("aten::as_strided", (Tensor a, long[] size, long[] stride, long? offset) => a.as_strided(size, stride, offset ?? a.storage_offset()));
        Op("aten::detach_", (Tensor a) => { a.detach_(); return a; });
        Op("aten::requires_grad_", (Tensor a, bool grad) => { a.requires_grad_(grad); return a; });
        Op("aten::fill_.Scalar", (Tensor a, Scalar v) => { a.fill_(v); return a; });
        Op("aten::fill_.Tensor", (Tensor a, Tensor v) => { using var s = v.ToScalar(); a.fill_(s); return a; });
        Op("aten::zero_", (Tensor a) => { a.zero_(); return a; });
        Op("aten::fill_diagonal_", (Tensor a, Scalar v, bool wrap) => { FillDiagonal(a, v, wrap); return a; });
    }

    /// unsafe_split / unsafe_chunk: views like split's, but (as in PyTorch) autograd does not treat them
    /// as one multi-output view, so each may be modified in place (the RNN cells do). Built from
    /// single-output narrow views, which give exactly that.
    static Tensor[] UnsafeSplit(Tensor a, long size, long dim)
    {
        if (size <= 0) throw KernelError.Runtime("split expects split_size be non-negative");
        long length = a.size((int)dim);
        if (length == 0) return a.split(size, (int)dim);
        var parts = new List<Tensor>();
        for (long start = 0; start < length; start += size) parts.Add(a.narrow(dim, start, Math.Min(size, length - start)));
        return parts.ToArray();
    }

    static Tensor[] UnsafeChunk(Tensor a, long chunks, long dim)
    {
        if (chunks <= 0) throw KernelError.Runtime("chunk expects `chunks` to be greater than 0, got: " + chunks);
        long length = a.size((int)dim);
        return length == 0 ? a.chunk(chunks, dim) : UnsafeSplit(a, (length + chunks - 1) / chunks, dim);
    }

    static Tensor[] Split(Tensor a, long size, long dim)
    {
        if (size <= 0) throw KernelError.Runtime("split expects split_size be non-negative");
        return a.split(size, (int)dim);
    }

    /// Fills the main diagonal of a (≥2-d, equal-sided unless 2-d) tensor; `wrap` restarts the
    /// diagonal every N+1 rows for tall matrices, as numpy does.
    static void FillDiagonal(Tensor a, Scalar v, bool wrap)
    {
        using var scope = torch.NewDisposeScope();
        long rows = a.shape[0], cols = a.shape[1];
        if (a.dim() == 2)
        {
            long n = wrap ? rows : Math.Min(rows, cols);
            for (long i = 0; i < n; i++)
            {
                long c = i % (cols + 1);
                if (c < cols) a[i, c].fill_(v);
            }
            return;
        }
        var flat = a.view(-1);
        long step = a.stride().Sum();
        for (long i = 0; i < a.shape[0]; i++) flat[i * step].fill_(v);
    }

    /// torch.diff (TorchSharp's only handles n == 1): prepend/append joined along dim, then n
    /// forward differences (logical xor for bools), as ATen's diff.
    static Tensor Diff(Tensor a, long n, long dim, Tensor? prepend, Tensor? append)
    {
        if (a.dim() == 0) throw KernelError.Runtime("diff expects input to be at least one-dimensional");
        if (n < 0) throw KernelError.Runtime($"order must be non-negative but got {n}");
        using var scope = torch.NewDisposeScope();
        var x = a;
        if (prepend is not null || append is not null)
        {
            var parts = new List<Tensor>();
            if (prepend is not null) parts.Add(prepend);
            parts.Add(a);
            if (append is not null) parts.Add(append);
            x = torch.cat(parts, dim);
        }
        long d = dim < 0 ? dim + x.dim() : dim;
        for (long k = 0; k < n && x.shape[d] > 0; k++)
        {
            long len = x.shape[d];
            var hi = x.narrow(d, 1, len - 1);
            var lo = x.narrow(d, 0, len - 1);
            x = x.dtype == ScalarType.Bool ? hi.logical_xor(lo) : hi - lo;
        }
        var result = ReferenceEquals(x, a) ? a.alias() : x;
        return result.MoveToOuterDisposeScope();
    }
}
