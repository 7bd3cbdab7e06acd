using TorchScriptSharp.Serialization;
using TorchSharp;
using static TorchSharp.torch;

namespace TorchScriptSharp.Eager.Torch;

/// `t[...]` and `t[...] = v` while tracing, spelled as the operators PyTorch's indexing runs (and its
/// tracer therefore records): select for ints, slice for slices (full ones too), unsqueeze for None,
/// index / index_put_ for tensor indices, fill_ / copy_ into the view for assignments. Each goes
/// through the dispatcher, so each is recorded. Returns false for indices it does not spell this way.
static class TracedIndexing
{
    public static bool TryGet(Interpreter ev, Tensor t, object? index, out object? result)
    {
        result = null;
        if (Slice(ev, t, index) is not var (view, tensorIndices)) return false;
        result = tensorIndices == null ? view : Op(ev, "index", view, tensorIndices);
        return true;
    }

    public static bool TrySet(Interpreter ev, Tensor t, object? index, object? value)
    {
        if (Slice(ev, t, index) is not var (view, tensorIndices)) return false;
        var source = TensorIndexing.AssignedTensor(ev, t, value);
        if (tensorIndices != null) Op(ev, "index_put_", view, tensorIndices, source);
        else if (value is bool or long or double) Op(ev, "fill_", view, source);
        else Op(ev, "copy_", view, source);
        return true;
    }

    static object? Op(Interpreter ev, string name, params object?[] args) =>
        OpDispatch.Call(ev, "aten::" + name, new CallArgs(args), isMethod: false);

    /// The basic indexing as a chain of views, and the tensor indices left for advanced indexing
    /// (one entry per remaining dimension, None where a dimension is not indexed).
    static (Tensor View, PyList? TensorIndices)? Slice(Interpreter ev, Tensor t, object? index)
    {
        var items = index is PyTuple tuple ? tuple.ToList() : new List<object?> { index };
        if (items.Any(i => i is bool || i is not (null or long or PySlice or PyEllipsis or Tensor or PyList))) return null;
        int specified = items.Count(i => i is long or PySlice or Tensor or PyList);
        var view = t;
        long dim = 0;
        PyList? tensorIndices = null;
        foreach (var item in items)
        {
            switch (item)
            {
                case long i:
                    view = (Tensor)Op(ev, "select", view, dim, i)!;
                    break;
                case PySlice s:
                    view = (Tensor)Op(ev, "slice", view, dim, s.Start == null ? 0L : PyConvert.ToIndex(s.Start),
                        s.Stop == null ? long.MaxValue : PyConvert.ToIndex(s.Stop), s.Step == null ? 1L : PyConvert.ToIndex(s.Step))!;
                    dim++;
                    break;
                case null:
                    view = (Tensor)Op(ev, "unsqueeze", view, dim)!;
                    dim++;
                    break;
                case PyEllipsis:
                    dim += t.dim() - specified;
                    break;
                default:
                    tensorIndices ??= new PyList();
                    while (tensorIndices.Count < dim) tensorIndices.Add(null);
                    tensorIndices.Add(item is Tensor x ? x : TorchFunctions.TensorFromData(ev, item, null));
                    dim++;
                    break;
            }
        }
        return (view, tensorIndices);
    }
}
