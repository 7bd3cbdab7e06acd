using TorchScriptSharp.Runtime;
using static TorchScriptSharp.Ops.Kernels.Def;
using TorchSharp;
using static TorchSharp.torch;

namespace TorchScriptSharp.Ops.Kernels;

/// Reductions and normalisations. Ops with two returns (`max.dim` -> values, indices) push both;
/// the compiler packs them into the NamedTuple.
internal static class TensorReductionKernels
{
    public static void Register()
    {
        Op("aten::max", (Tensor a) => a.max());
        Op("aten::min", (Tensor a) => a.min());
        Op("aten::max.other", (Tensor a, Tensor b) => a.maximum(b));
        Op("aten::min.other", (Tensor a, Tensor b) => a.minimum(b));
        Raw("aten::max.dim", s => PushPair(s, (a, dim, keep) => a.max(dim, keep)));
        Raw("aten::min.dim", s => PushPair(s, (a, dim, keep) => a.min(dim, keep)));

        Op("aten::sum", (Tensor a, ScalarType? dtype) => a.sum(dtype));
        Op("aten::sum.dim_IntList", (Tensor a, long[]? dims, bool keep, ScalarType? dtype) =>
            dims == null || dims.Length == 0 ? Full(a.sum(dtype), a, keep) : a.sum(dims, keep, dtype));
        Op("aten::mean", (Tensor a, ScalarType? dtype) => dtype == null ? a.mean() : WithDtype(a, dtype.Value, x => x.mean()));
        Op("aten::mean.dim", (Tensor a, long[]? dims, bool keep, ScalarType? dtype) =>
            dims == null || dims.Length == 0 ? Full(dtype == null ? a.mean() : WithDtype(a, dtype.Value, x => x.mean()), a, keep)
                                             : a.mean(dims, keep, dtype));
        Op("aten::argmax", (Tensor a, long? dim, bool keep) => dim == null ? Full(a.argmax(), a, keep) : a.argmax(dim.Value, keep));
        Op("aten::argmin", (Tensor a, long? dim, bool keep) => dim == null ? Full(a.argmin(), a, keep) : a.argmin(dim.Value, keep));
        Op("aten::all", (Tensor a) => a.all());
        Op("aten::all.dim", (Tensor a, long dim, bool keep) => a.all(dim, keep));
        Op("aten::any", (Tensor a) => a.any());
        Op("aten::any.dim", (Tensor a, long dim, bool keep) => a.any(dim, keep));
        Op("aten::softmax.int", (Tensor a, long dim, ScalarType? dtype) => a.softmax(dim, dtype));
        Op("aten::log_softmax.int", (Tensor a, long dim, ScalarType? dtype) => a.log_softmax(dim, dtype));
    }

    static void PushPair(Stack s, Func<Tensor, long, bool, (Tensor, Tensor)> f)
    {
        bool keep = s.Pop().ToBool();
        long dim = s.Pop().ToInt();
        var a = s.Pop().ToTensor();
        var (values, indices) = f(a, dim, keep);
        s.Push(IValue.FromTensor(values));
        s.Push(IValue.FromTensor(indices));
    }

    /// A full reduction with keepdim=True keeps every dimension as size 1.
    static Tensor Full(Tensor reduced, Tensor input, bool keep)
    {
        if (!keep || input.dim() == 0) return reduced;
        using (reduced) return reduced.reshape(Enumerable.Repeat(1L, (int)input.dim()).ToArray());
    }

    static Tensor WithDtype(Tensor a, ScalarType dtype, Func<Tensor, Tensor> f)
    {
        using var converted = a.to_type(dtype);
        return f(converted);
    }
}
