using TorchScriptSharp.Serialization;
using TorchSharp;
using static TorchSharp.torch;

namespace TorchScriptSharp.Eager.Torch;

/// `t[...]` and `t[...] = v` with Python's indexing rules (ints, slices, None, Ellipsis, bools,
/// index tensors, bool masks, lists). libtorch's own indexing implementation (torch::indexing, which
/// PyTorch's Python binding also uses) applies them, so results and views match PyTorch.
static class TensorIndexing
{
    public static object? Get(Interpreter ev, Tensor t, object? index) =>
        Tracing.TracingState.Current != null && TracedIndexing.TryGet(ev, t, index, out var traced) ? traced : t.index(Indices(ev, index));

    public static void Set(Interpreter ev, Tensor t, object? index, object? value)
    {
        if (Tracing.TracingState.Current != null && TracedIndexing.TrySet(ev, t, index, value)) return;
        t.index_put_(AssignedTensor(ev, t, value), Indices(ev, index));
    }

    /// What `t[...] = value` writes: the tensor, or a number or nested list as a tensor of t's dtype.
    internal static Tensor AssignedTensor(Interpreter ev, Tensor t, object? value) => value switch
    {
        Tensor x => x,
        bool or long or double => TensorOperators.Wrap(value, t).to_type(t.dtype),
        PyList or PyTuple => TorchFunctions.TensorFromData(ev, value, t.dtype),
        _ => throw Interpreter.TypeError($"can't assign a {PyOps.TypeOf(value).Name} to a Tensor"),
    };

    static TensorIndex[] Indices(Interpreter ev, object? index) =>
        index is PyTuple tuple ? tuple.Select(i => One(ev, i)).ToArray() : new[] { One(ev, index) };

    static TensorIndex One(Interpreter ev, object? i) => i switch
    {
        null => TensorIndex.None,
        bool b => TensorIndex.Bool(b),
        long l => TensorIndex.Single(l),
        PyEllipsis => TensorIndex.Ellipsis,
        PySlice s => TensorIndex.Slice(Bound(s.Start), Bound(s.Stop), Bound(s.Step)),
        Tensor t => TensorIndex.Tensor(t),
        PyList or PyTuple => TensorIndex.Tensor(TorchFunctions.TensorFromData(ev, i, null)),
        _ => throw Interpreter.TypeError($"only integers, slices (`:`), ellipsis (`...`), None and long or byte Variables are valid indices (got {PyOps.TypeOf(i).Name})"),
    };

    static long? Bound(object? v) => v == null ? null : PyConvert.ToIndex(v);
}
