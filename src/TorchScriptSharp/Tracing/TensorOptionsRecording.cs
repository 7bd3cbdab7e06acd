using TorchScriptSharp.Ops;
using TorchScriptSharp.Runtime;
using TorchSharp;

namespace TorchScriptSharp.Tracing;

/// PyTorch's Python bindings resolve a factory's tensor options before the operator runs, so its
/// tracer records them resolved: `*_like` and `new_*` take dtype, layout and device from the tensor;
/// other factories record the default device; pin_memory is always recorded as False.
static class TensorOptionsRecording
{
    public static IReadOnlyList<IValue> Resolve(FunctionSchema schema, IReadOnlyList<IValue> values)
    {
        int dtype = Index(schema, "dtype"), layout = Index(schema, "layout"), device = Index(schema, "device"), pin = Index(schema, "pin_memory");
        if (dtype < 0 || layout < 0 || device < 0 || pin < 0) return values;
        var resolved = values.ToArray();
        bool fromTensor = (schema.Name.EndsWith("_like", StringComparison.Ordinal) || schema.Name.StartsWith("aten::new_", StringComparison.Ordinal))
            && values.Count > 0 && values[0].IsTensor;
        if (fromTensor)
        {
            var self = values[0].ToTensor();
            if (resolved[dtype].IsNone) resolved[dtype] = IValue.FromInt((long)self.dtype);
            if (resolved[layout].IsNone) resolved[layout] = IValue.FromInt(0);
            if (resolved[device].IsNone) resolved[device] = IValue.FromDevice(self.device);
        }
        else if (resolved[device].IsNone) resolved[device] = IValue.FromDevice(new torch.Device("cpu"));
        if (resolved[pin].IsNone) resolved[pin] = IValue.FromBool(false);
        return resolved;
    }

    static int Index(FunctionSchema schema, string name)
    {
        for (int i = 0; i < schema.Arguments.Count; i++)
            if (schema.Arguments[i].Name == name && schema.Arguments[i].KwargOnly) return i;
        return -1;
    }
}
