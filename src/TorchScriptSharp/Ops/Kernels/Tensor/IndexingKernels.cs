using TorchScriptSharp.Runtime;
using TorchSharp;
using static TorchScriptSharp.Ops.Kernels.Def;
using static TorchSharp.torch;

namespace TorchScriptSharp.Ops.Kernels;

/// Gather/scatter, index_* and mask ops.
internal static class IndexingKernels
{
    public static void Register()
    {
        Op("aten::index_select", (Tensor a, long dim, Tensor idx) => a.index_select(dim, idx));
        Op("aten::gather", (Tensor a, long dim, Tensor idx, bool sparseGrad) => a.gather(dim, idx));
        Op("aten::take", (Tensor a, Tensor idx) => a.take(idx));
        Op("aten::take_along_dim", (Tensor a, Tensor idx, long? dim) => dim is long d ? a.take_along_dim(idx, d) : Scoped.Run(() => a.flatten().take_along_dim(idx.flatten(), 0)));
        Op("aten::masked_select", (Tensor a, Tensor mask) => a.masked_select(mask));
        Op("aten::masked_scatter", (Tensor a, Tensor mask, Tensor src) => a.masked_scatter(mask, src));
        Op("aten::masked_scatter_", (Tensor a, Tensor mask, Tensor src) => { a.masked_scatter_(mask, src); return a; });
        Op("aten::nonzero", (Tensor a) => a.nonzero());
        Op("aten::argwhere", (Tensor a) => a.argwhere());
        Op("aten::nonzero_numpy", (Tensor a) => Scoped.Run(() => a.nonzero()).t().unbind(0));
        Op("aten::where", (Tensor c) => torch.where(c));
        Op("aten::where.Scalar", (Tensor c, IValue a, IValue b) => Scoped.Run(() =>
        {
            // Two numbers: the result type is what promoting the two wrapped numbers gives.
            var ta = Conversions.NumberToTensor(a);
            var tb = Conversions.NumberToTensor(b);
            var dtype = a.IsDouble || b.IsDouble ? torch.get_default_dtype() : torch.promote_types(ta.dtype, tb.dtype);
            return torch.where(c, ta.to_type(dtype), tb.to_type(dtype));
        }));

        Op("aten::scatter.src", (Tensor a, long dim, Tensor idx, Tensor src) => a.scatter(dim, idx, src));
        Op("aten::scatter.value", (Tensor a, long dim, Tensor idx, Scalar v) => a.scatter(dim, idx, v));
        Op("aten::scatter_.src", (Tensor a, long dim, Tensor idx, Tensor src) => { a.scatter_(dim, idx, src); return a; });
        Op("aten::scatter_.value", (Tensor a, long dim, Tensor idx, Scalar v) => { a.scatter_(dim, idx, v); return a; });
        Op("aten::scatter.reduce", (Tensor a, long dim, Tensor idx, Tensor src, string reduce) => ScatterReduceLegacy(a.clone(), dim, idx, src, reduce));
        Op("aten::scatter_.reduce", (Tensor a, long dim, Tensor idx, Tensor src, string reduce) => ScatterReduceLegacy(a, dim, idx, src, reduce));
        Op("aten::scatter.value_reduce", (Tensor a, long dim, Tensor idx, Scalar v, string reduce) =>
            ScatterReduceLegacy(a.clone(), dim, idx, ValueLike(v, idx, a), reduce));
        Op("aten::scatter_.value_reduce", (Tensor a, long dim, Tensor idx, Scalar v, string reduce) =>
            ScatterReduceLegacy(a, dim, idx, ValueLike(v, idx, a), reduce));
        Op("aten::scatter_add", (Tensor a, long dim, Tensor idx, Tensor src) => a.scatter_add(dim, idx, src));
        Op("aten::scatter_add_", (Tensor a, long dim, Tensor idx, Tensor src) => { a.scatter_add_(dim, idx, src); return a; });
        Op("aten::scatter_reduce.two", (Tensor a, long dim, Tensor idx, Tensor src, string reduce, bool includeSelf) =>
            ScatterReduce(a.clone(), dim, idx, src, reduce, includeSelf));
        Op("aten::scatter_reduce_.two", (Tensor a, long dim, Tensor idx, Tensor src, string reduce, bool includeSelf) =>
            ScatterReduce(a, dim, idx, src, reduce, includeSelf));

        Op("aten::index_add", (Tensor a, long dim, Tensor idx, Tensor src, Scalar alpha) => a.index_add(dim, idx, src, alpha));
        Op("aten::index_add_", (Tensor a, long dim, Tensor idx, Tensor src, Scalar alpha) => { a.index_add_(dim, idx, src, alpha); return a; });
        Op("aten::index_copy", (Tensor a, long dim, Tensor idx, Tensor src) => a.index_copy(dim, idx, src));
        Op("aten::index_copy_", (Tensor a, long dim, Tensor idx, Tensor src) => { a.index_copy_(dim, idx, src); return a; });
        Op("aten::index_fill.int_Scalar", (Tensor a, long dim, Tensor idx, Scalar v) => a.index_fill(dim, idx, v));
        Op("aten::index_fill_.int_Scalar", (Tensor a, long dim, Tensor idx, Scalar v) => { a.index_fill_(dim, idx, v); return a; });
        Op("aten::index_fill.int_Tensor", (Tensor a, long dim, Tensor idx, Tensor v) => { using var s = v.ToScalar(); return a.index_fill(dim, idx, s); });
        Op("aten::index_fill_.int_Tensor", (Tensor a, long dim, Tensor idx, Tensor v) => { using var s = v.ToScalar(); a.index_fill_(dim, idx, s); return a; });
        Op("aten::index_put", (Tensor a, ScriptList indices, Tensor values, bool accumulate) =>
        {
            var r = a.clone();
            r.index_put_(values, ToIndices(indices), accumulate);
            return r;
        });
        Op("aten::put", (Tensor a, Tensor idx, Tensor src, bool accumulate) => Scoped.Run(() =>
        {
            var r = a.clone();
            r.view(-1).index_put_(src.flatten(), new[] { TensorIndex.Tensor(idx.flatten()) }, accumulate);
            return r;
        }));
        Op("aten::put_", (Tensor a, Tensor idx, Tensor src, bool accumulate) =>
        {
            using var flat = a.view(-1);
            using var i = idx.flatten();
            using var v = src.flatten();
            flat.index_put_(v, new[] { TensorIndex.Tensor(i) }, accumulate);
            return a;
        });
        Op("aten::bincount", (Tensor a, Tensor? weights, long minlength) => torch.bincount(a, weights, minlength));
        Op("aten::bucketize.Tensor", (Tensor a, Tensor boundaries, bool int32, bool right) => torch.bucketize(a, boundaries, int32, right));
        Op("aten::searchsorted.Tensor", (Tensor seq, Tensor a, bool int32, bool right, string? side, Tensor? sorter) =>
            torch.searchsorted(seq, a, int32, right || side == "right", sorter));
        Op("aten::histc", (Tensor a, long bins, Scalar min, Scalar max) => Histc(a, bins, min.ToDouble(), max.ToDouble()));
    }

    static TensorIndex[] ToIndices(ScriptList indices) =>
        indices.Items.Select(i => i.IsNone ? TensorIndex.Colon : TensorIndex.Tensor(i.ToTensor())).ToArray();

    static Tensor ValueLike(Scalar v, Tensor idx, Tensor a) => torch.full(idx.shape, v, a.dtype, a.device);

    /// The legacy `scatter(reduce='add'|'multiply')`, writing into <paramref name="target"/>.
    static Tensor ScatterReduceLegacy(Tensor target, long dim, Tensor idx, Tensor src, string reduce)
    {
        string r = reduce switch
        {
            "add" => "sum",
            "multiply" => "prod",
            _ => throw KernelError.Runtime($"reduce argument must be either add or multiply."),
        };
        return ScatterReduce(target, dim, idx, src, r, true);
    }

    /// scatter_reduce into <paramref name="target"/> (returned): each src element (within index's
    /// shape) reduces into target at its own position with dim replaced by the index. TorchSharp
    /// has no scatter_reduce, so the positions are linearised and handed to index_reduce/index_add
    /// on the flattened target, which implement the same reductions.
    static Tensor ScatterReduce(Tensor target, long dim, Tensor idx, Tensor src, string reduce, bool includeSelf)
    {
        using var scope = torch.NewDisposeScope();
        int nd = (int)target.dim();
        long d = dim < 0 ? dim + nd : dim;
        var contiguous = target.is_contiguous() ? target : target.contiguous();
        var strides = contiguous.stride();
        var linear = torch.zeros(idx.shape, ScalarType.Int64);
        for (int i = 0; i < nd; i++)
        {
            var coord = i == d ? idx.to_type(ScalarType.Int64)
                : torch.arange(idx.shape[i]).view(Enumerable.Range(0, nd).Select(j => j == i ? idx.shape[i] : 1L).ToArray()).expand(idx.shape);
            linear = linear.add(coord.mul(strides[i]));
        }
        var srcPart = src.index(idx.shape.Select(n => TensorIndex.Slice(0, n)).ToArray());
        var flat = contiguous.view(-1);
        if (reduce is not ("sum" or "prod" or "mean" or "amax" or "amin"))
            throw KernelError.Runtime($"reduce argument must be either sum, prod, mean, amax or amin, got {reduce}");
        // libtorch's index_reduce is not exposed by TorchSharp: reduce on the CPU in float64 (exact for
        // the float32/int32 values conformance uses) and write back in the target's dtype.
        var values = flat.to_type(ScalarType.Float64).data<double>().ToArray();
        var positions = linear.flatten().data<long>().ToArray();
        var sources = srcPart.flatten().to_type(ScalarType.Float64).data<double>().ToArray();
        var counts = new int[values.Length];
        var touched = new bool[values.Length];
        for (int i = 0; i < positions.Length; i++)
        {
            long p = positions[i];
            double v = sources[i];
            if (!touched[p] && !includeSelf) { values[p] = v; counts[p] = 1; touched[p] = true; continue; }
            if (!touched[p]) { counts[p] = 1; touched[p] = true; }
            values[p] = reduce switch
            {
                "sum" or "mean" => values[p] + v,
                "prod" => values[p] * v,
                "amax" => double.IsNaN(v) || v > values[p] ? v : values[p],
                _ => double.IsNaN(v) || v < values[p] ? v : values[p],
            };
            counts[p]++;
        }
        if (reduce == "mean")
            for (int p = 0; p < values.Length; p++)
                if (touched[p])
                {
                    int n = counts[p];
                    values[p] = torch.is_integral(target.dtype) ? Math.Floor(values[p] / n) : values[p] / n;
                }
        var result = torch.tensor(values, ScalarType.Float64).to_type(target.dtype).view(target.shape);
        target.copy_(result);
        return target;
    }

    /// histc: bins equal-width bins over [min, max] (the data's range when both are 0); values
    /// outside are ignored, max itself falls into the last bin.
    static Tensor Histc(Tensor a, long bins, double min, double max)
    {
        if (min == 0 && max == 0)
        {
            using var mn = a.min(); using var mx = a.max();
            min = mn.ToDouble(); max = mx.ToDouble();
        }
        if (min == max) { min -= 1; max += 1; }
        return Scoped.Run(() =>
        {
            var inRange = a.ge(min).logical_and(a.le(max));
            var values = a.masked_select(inRange);
            var idx = values.sub(min).mul(bins / (max - min)).floor().to_type(ScalarType.Int64).clamp(0, bins - 1);
            return torch.bincount(idx, null, bins).to_type(a.dtype);
        });
    }
}
