using TorchScriptSharp.Ops;
using TorchScriptSharp.Runtime;
using TorchScriptSharp.Types;

namespace TorchScriptSharp.Tracing;

/// PyTorch's tracer does not record the convolution entry points (conv1d/2d/3d, conv_transpose*,
/// convolution: its DONT_RECORD_TRACE list); what they call, `aten::_convolution` with every flag
/// spelled out (or `aten::_convolution_mode` for a string padding), is recorded instead. This rewrites
/// such a call into that one.
static class ConvolutionRecording
{
    public static bool TryRewrite(FunctionSchema schema, IReadOnlyList<object?> given, IReadOnlyList<IValue> values,
        out FunctionSchema target, out object?[] targetGiven, out IValue[] targetValues)
    {
        target = null!;
        targetGiven = null!;
        targetValues = null!;
        if (schema.Name is "aten::conv1d" or "aten::conv2d" or "aten::conv3d" && schema.OverloadName == "padding")
        {
            // a string padding ("same", "valid") goes through `_convolution_mode`, which is recorded as called
            var mode = OperatorRegistry.Find("aten::_convolution_mode")?.Schema;
            if (mode == null || mode.Arguments.Count != values.Count) return false;
            (target, targetGiven, targetValues) = (mode, given.ToArray(), values.ToArray());
            return true;
        }
        // argument positions: input, weight, bias, stride, padding, dilation, output_padding (-1: none), groups, transposed
        (int Dilation, int OutputPadding, int Groups, bool? Transposed) layout;
        switch (schema.Name, schema.OverloadName)
        {
            case ("aten::conv1d" or "aten::conv2d" or "aten::conv3d", ""): layout = (5, -1, 6, false); break;
            case ("aten::conv_transpose1d" or "aten::conv_transpose2d" or "aten::conv_transpose3d", "input" or ""): layout = (7, 5, 6, true); break;
            case ("aten::convolution", ""): layout = (5, 7, 8, null); break;
            default: return false;
        }
        var convolution = OperatorRegistry.Find("aten::_convolution")?.Schema;
        if (convolution == null || !values[1].IsTensor) return false;
        int dims = (int)values[1].ToTensor().dim() - 2;
        IValue Ints(int at, long fill) => at < 0 ? IntList(Enumerable.Repeat(fill, dims)) : values[at].IsList ? values[at] : IntList(Enumerable.Repeat(values[at].ToInt(), dims));
        object? Given(int at) => at < 0 ? TracingState.Defaulted : given[at];
        var transposed = layout.Transposed ?? values[6].ToBool();
        targetValues = new[]
        {
            values[0], values[1], values[2], Ints(3, 1), Ints(4, 0), Ints(layout.Dilation, 1), IValue.FromBool(transposed),
            Ints(layout.OutputPadding, 0), values[layout.Groups],
            IValue.FromBool(false), IValue.FromBool(false), IValue.FromBool(true), IValue.FromBool(true),
        };
        targetGiven = new[]
        {
            given[0], given[1], given[2], Given(3), Given(4), Given(layout.Dilation), layout.Transposed == null ? given[6] : TracingState.Defaulted,
            Given(layout.OutputPadding), given[layout.Groups],
            TracingState.Defaulted, TracingState.Defaulted, TracingState.Defaulted, TracingState.Defaulted,
        };
        target = convolution;
        return true;
    }

    static IValue IntList(IEnumerable<long> items) =>
        IValue.FromList(new ScriptList(TorchType.Int, items.Select(IValue.FromInt).ToList()));
}
