using System.Runtime.CompilerServices;
using TorchScriptSharp.Serialization;

namespace TorchScriptSharp.Eager.Torch;

/// torch.Size is a tuple subclass. Shapes are PyTuples (so every tuple operation works on them)
/// remembered here as sizes, which only changes their type and repr: `torch.Size([2, 3])`.
static class TorchSize
{
    static readonly ConditionalWeakTable<PyTuple, object> Sizes = new();
    static readonly object Marker = new();

    public static readonly PyClass Class = new("Size", new[] { BuiltinTypes.Tuple }, "torch")
    {
        Factory = (ev, a) => Of(a.Positional.Count == 0 ? Array.Empty<object?>() : PyOps.Iterate(ev, a.Positional[0]).ToArray()),
    };

    public static PyTuple Of(object?[] dims)
    {
        var t = new PyTuple(dims);
        Sizes.AddOrUpdate(t, Marker);
        return t;
    }

    public static bool IsSize(PyTuple t) => Sizes.TryGetValue(t, out _);

    public static string Repr(PyTuple t) => "torch.Size([" + string.Join(", ", t.Select(x => PyText.Repr(null, x))) + "])";
}
