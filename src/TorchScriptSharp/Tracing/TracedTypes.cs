using TorchScriptSharp.IR;
using TorchScriptSharp.Serialization;
using TorchSharp;

namespace TorchScriptSharp.Tracing;

/// The complete tensor types PyTorch's tracer records for the values it creates, as `.graph` prints
/// them: `Float(2, 3, strides=[3, 1], requires_grad=0, device=cpu)`; a 0-dim tensor has neither sizes
/// nor strides; a size read back as a tensor knows only its dtype and device (`Long(device=cpu)`).
static class TracedTypes
{
    public static string Of(torch.Tensor t, bool requiresGradKnown = true)
    {
        var parts = new List<string>();
        if (t.dim() > 0)
        {
            parts.Add(string.Join(", ", t.shape));
            parts.Add("strides=[" + string.Join(", ", t.stride()) + "]");
        }
        if (requiresGradKnown) parts.Add("requires_grad=" + (t.requires_grad ? 1 : 0));
        parts.Add("device=" + (t.device_type == DeviceType.CPU ? "cpu" : t.device.ToString().ToLowerInvariant()));
        return Eager.Torch.DTypes.ScalarTypeName(t.dtype) + "(" + string.Join(", ", parts) + ")";
    }

    /// A tuple's type text from its elements' (traced where known).
    public static string Tuple(IEnumerable<Value> elements) => "(" + string.Join(", ", elements.Select(Text)) + ")";

    public static string Text(Value v) => v.TracedType ?? v.Type.Str();

    /// An example input's type text: tensors complete, tuples of them, lists and dicts as declared.
    public static string? OfExample(object? example) => example switch
    {
        torch.Tensor t => Of(t),
        PyTuple tuple => "(" + string.Join(", ", tuple.Select(x => OfExample(x) ?? "Tensor")) + ")",
        _ => null,
    };
}
