using TorchScriptSharp.Runtime;
using TorchScriptSharp.Types;
using static TorchScriptSharp.Ops.Kernels.Def;
using TorchSharp;
using static TorchSharp.torch;

namespace TorchScriptSharp.Ops.Kernels;

/// Shape queries, views, joins, indexing and copies. Views return new TorchSharp handles on the
/// same storage, so the interpreter may dispose the input independently.
internal static class TensorShapeKernels
{
    public static void Register()
    {
        Op("aten::size", (Tensor a) => a.shape);
        Op("aten::size.int", (Tensor a, long dim) => a.size((int)WrapDim(dim, a.dim())));
        Op("aten::dim", (Tensor a) => a.dim());
        Op("aten::numel", (Tensor a) => a.numel());
        Op("aten::len.Tensor", (Tensor a) => a.dim() == 0 ? throw KernelError.Runtime("len() of a 0-d tensor") : a.shape[0]);

        Op("aten::reshape", (Tensor a, long[] shape) => a.reshape(shape));
        Op("aten::view", (Tensor a, long[] shape) => a.view(shape));
        Op("aten::transpose.int", (Tensor a, long d0, long d1) => a.transpose(d0, d1));
        Op("aten::t", (Tensor a) => a.t());
        Op("aten::permute", (Tensor a, long[] dims) => a.permute(dims));
        Op("aten::squeeze", (Tensor a) => a.squeeze());
        Op("aten::squeeze.dim", (Tensor a, long dim) => a.squeeze(dim));
        Op("aten::unsqueeze", (Tensor a, long dim) => a.unsqueeze(dim));
        Op("aten::flatten.using_ints", (Tensor a, long start, long end) => a.flatten(start, end));
        Op("aten::expand", (Tensor a, long[] size, bool isImplicit) => a.expand(size, isImplicit));
        Op("aten::expand_as", (Tensor a, Tensor other) => a.expand(other.shape));
        Op("aten::contiguous", (Tensor a, long memoryFormat) => a.contiguous());
        Op("aten::clone", (Tensor a, long? memoryFormat) => a.clone());
        Op("aten::detach", (Tensor a) => a.detach());
        Op("aten::cat", (Tensor[] ts, long dim) => torch.cat(ts, dim));
        Op("aten::stack", (Tensor[] ts, long dim) => torch.stack(ts, dim));
        Op("aten::select.int", (Tensor a, long dim, long index) => a.select(dim, index));
        Op("aten::slice.Tensor", (Tensor a, long dim, long? start, long? end, long step) =>
            a.slice(dim, start ?? 0, end ?? long.MaxValue, step));
        Op("aten::index.Tensor", (Tensor a, ScriptList indices) => Index(a, indices));
        Op("aten::index_put_", (Tensor a, ScriptList indices, Tensor values, bool accumulate) =>
        {
            a.index_put_(values, ToIndices(indices), accumulate);
            return a;
        });
        Op("aten::copy_", (Tensor a, Tensor src, bool nonBlocking) => { a.copy_(src, nonBlocking); return a; });
        Op("aten::copy_.Tensor", (Tensor a, Tensor src) => { a.copy_(src); return a; });
        Op("aten::copy_.int", (Tensor a, long v) => { a.fill_(v); return a; });
        Op("aten::copy_.float", (Tensor a, double v) => { a.fill_(v); return a; });

        Op("aten::to.dtype", (Tensor a, ScalarType dtype, bool nonBlocking, bool copy, long? mf) => a.to(dtype, copy, non_blocking: nonBlocking));
        Op("aten::to.device", (Tensor a, Device device, ScalarType dtype, bool nonBlocking, bool copy, long? mf) => a.to(dtype, device, copy, non_blocking: nonBlocking));
        Op("aten::to.dtype_layout", (Tensor a, ScalarType? dtype, long? layout, Device? device, bool? pin, bool nonBlocking, bool copy, long? mf) =>
            a.to(dtype ?? a.dtype, device ?? a.device, copy, non_blocking: nonBlocking));
        Op("aten::to.other", (Tensor a, Tensor other, bool nonBlocking, bool copy, long? mf) => a.to(other.dtype, other.device, copy, non_blocking: nonBlocking));
        Op("aten::to.prim_dtype", (Tensor a, ScalarType? dtype, bool nonBlocking, bool copy) => a.to(dtype ?? a.dtype, copy, non_blocking: nonBlocking));
        Op("aten::to.prim_Device", (Tensor a, Device? device, ScalarType? dtype, bool nonBlocking, bool copy) =>
            a.to(dtype ?? a.dtype, device ?? a.device, copy, non_blocking: nonBlocking));
        Op("aten::to.prim_other", (Tensor a, bool nonBlocking, bool copy) => copy ? a.clone() : a.alias());
        Op("aten::type_as", (Tensor a, Tensor other) => a.to(other.dtype));
    }

    static long WrapDim(long dim, long ndim)
    {
        long d = dim < 0 ? dim + ndim : dim;
        if (d < 0 || d >= ndim)
            throw KernelError.Index($"Dimension out of range (expected to be in range of [{-ndim}, {ndim - 1}], but got {dim})");
        return d;
    }

    /// `x[idx, None, mask]` after the compiler lowered it: a list of optional index tensors.
    static Tensor Index(Tensor a, ScriptList indices) =>
        a.index(indices.Items.Select(i => i.IsNone ? TensorIndex.Colon : TensorIndex.Tensor(i.ToTensor())).ToArray());

    static TensorIndex[] ToIndices(ScriptList indices) =>
        indices.Items.Select(i => i.IsNone ? TensorIndex.Colon : TensorIndex.Tensor(i.ToTensor())).ToArray();
}
