using System.Globalization;
using TorchScriptSharp.IR;
using TorchScriptSharp.Runtime;
using TorchScriptSharp.Serialization;
using TorchSharp;
using Interpreter = TorchScriptSharp.Eager.Interpreter;

namespace TorchScriptSharp.Tracing;

/// torch.jit.trace's check_trace: the trace is run on (copies of) the example inputs and compared with
/// the Python code, then with a second, independent trace. Differences are TracerWarnings, preceded
/// once by a list of the trace's nondeterministic nodes (random ops, dropout in training) if it has any.
static class TraceChecker
{
    public static void Check(Interpreter ev, TraceOptions options, GraphFunction traced, ScriptObject? self, GraphFunction repeated,
        ScriptObject? repeatedSelf, Func<IReadOnlyList<object?>, object?> python, IReadOnlyList<object?> inputs)
    {
        bool warnedNondeterministic = false;
        void Warn(string message) => ev.Warn("TracerWarning", message);
        void MaybeWarnNondeterministic()
        {
            if (warnedNondeterministic) return;
            warnedNondeterministic = true;
            var nodes = traced.Graph.Nodes.Where(IsNondeterministic).Take(20).ToList();
            if (nodes.Count == 0) return;
            Warn("Trace had nondeterministic nodes. Did you forget call .eval() on your model? Nodes:\n"
                + string.Join("\n", nodes.Select(n => "\t" + GraphPrinter.Print(n)))
                + "\nThis may cause errors in trace checking. To disable trace checking, pass check_trace=False to torch.jit.trace()");
        }
        bool Compare(List<torch.Tensor> original, List<torch.Tensor> reference, string what)
        {
            bool ok = true;
            for (int i = 0; i < Math.Min(original.Count, reference.Count); i++)
            {
                if (Mismatch(original[i], reference[i], options.CheckTolerance) is not { } detail) continue;
                MaybeWarnNondeterministic();
                Warn($"Output nr {i + 1}. of the traced function does not match the corresponding output of the {what}. Detailed error:\n{detail}");
                ok = false;
            }
            return ok;
        }
        var tracedOutputs = TensorOutputs(Tracer.Run(traced, self, Clone(inputs)));
        var pythonOutputs = TensorOutputs(TracingState.Suspended(() => python(Clone(inputs))));
        if (Compare(tracedOutputs, pythonOutputs, "Python function"))
            Compare(tracedOutputs, TensorOutputs(Tracer.Run(repeated, repeatedSelf, Clone(inputs))), "repeated trace");
        if (Structure(traced.Graph) != Structure(repeated.Graph))
            throw new Eager.PythonException(Eager.BuiltinTypes.RuntimeError,
                "Tracing failed sanity checks!\nERROR: Graphs differed across invocations!\n\tGraph diff:\n" + Diff(traced.Graph, repeated.Graph));
    }

    /// The lines of the two graphs' texts that differ, `-` first trace, `+` the check's.
    static string Diff(Graph first, Graph second)
    {
        var a = GraphPrinter.Print(first).Split('\n');
        var b = GraphPrinter.Print(second).Split('\n');
        var sb = new System.Text.StringBuilder();
        for (int i = 0; i < Math.Max(a.Length, b.Length); i++)
        {
            string? x = i < a.Length ? a[i] : null, y = i < b.Length ? b[i] : null;
            if (x == y) { sb.Append("\t\t  ").Append(x).Append('\n'); continue; }
            if (x != null) sb.Append("\t\t- ").Append(x).Append('\n');
            if (y != null) sb.Append("\t\t+ ").Append(y).Append('\n');
        }
        return sb.ToString();
    }

    /// A graph as PyTorch's check compares two traces: shapes erased; the operators, their attributes
    /// (constant values), their source lines and how values flow.
    static string Structure(Graph graph)
    {
        var sb = new System.Text.StringBuilder();
        foreach (var n in Graph.AllNodes(graph.Block))
        {
            sb.Append(n.Kind).Append('[');
            foreach (var (key, value) in n.Attributes.Items)
                if (key != "value" || value is not IValue { IsTensor: true }) sb.Append(key).Append('=').Append(GraphPrinter.AttributeText(value)).Append(';');
                else sb.Append("tensor=").Append(TensorText(((IValue)value).ToTensor())).Append(';');
            sb.Append("](").Append(string.Join(",", n.Inputs.Select(v => v.Unique))).Append(")->");
            // the check's module types are new types, mangled; PyTorch traces them into a fresh unit
            sb.Append(string.Join(",", n.Outputs.Select(v => v.Unique + ":" + Unmangled(v.Type.Str())))).Append(" # ").Append(n.Range?.ToString()).Append('\n');
        }
        return sb.Append("return ").Append(string.Join(",", graph.Outputs.Select(v => v.Unique))).ToString();
    }

    static string Unmangled(string typeName) => System.Text.RegularExpressions.Regex.Replace(typeName, @"___torch_mangle_\d+\.", "");

    static string TensorText(torch.Tensor t) =>
        t.dtype + "[" + string.Join(",", t.shape) + "]" + string.Join(",", t.to_type(torch.ScalarType.Float64).contiguous().reshape(-1).data<double>().ToArray());

    /// As PyTorch compares them: a tuple's tensor elements, or the single tensor.
    static List<torch.Tensor> TensorOutputs(object? result) =>
        (result is PyTuple t ? t.ToList() : new List<object?> { result }).OfType<torch.Tensor>().ToList();

    /// torch.testing.assert_close on doubles (atol 1e-7, rtol = the check tolerance, NaNs equal).
    static string? Mismatch(torch.Tensor actual, torch.Tensor expected, double rtol)
    {
        using var scope = torch.NewDisposeScope();
        if (!actual.shape.SequenceEqual(expected.shape))
            return $"The values for attribute 'shape' do not match: torch.Size([{string.Join(", ", actual.shape)}]) != torch.Size([{string.Join(", ", expected.shape)}]).";
        var a = actual.detach().to_type(torch.ScalarType.Float64);
        var e = expected.detach().to_type(torch.ScalarType.Float64);
        var difference = (a - e).abs();
        var bad = difference.gt(e.abs() * rtol + 1e-7).logical_and((a.isnan().logical_and(e.isnan())).logical_not());
        long mismatched = bad.sum().item<long>();
        if (mismatched == 0) return null;
        long total = a.numel();
        var inv = CultureInfo.InvariantCulture;
        double maxAbs = difference.max().item<double>();
        double maxRel = (difference / e.abs()).nan_to_num(0, double.PositiveInfinity).max().item<double>();
        return "Tensor-likes are not close!\n\n"
            + $"Mismatched elements: {mismatched} / {total} ({(100.0 * mismatched / total).ToString("0.0", inv)}%)\n"
            + $"Greatest absolute difference: {maxAbs.ToString("R", inv)} (up to 1e-07 allowed)\n"
            + $"Greatest relative difference: {maxRel.ToString("R", inv)} (up to {rtol.ToString("R", inv)} allowed)";
    }

    /// Ops whose results are random (PyTorch's Node::isNondeterministic); dropout only when training.
    static bool IsNondeterministic(Node n)
    {
        if (n.Kind == "aten::dropout" || n.Kind == "aten::feature_dropout" || n.Kind == "aten::alpha_dropout")
            return n.Inputs.Count < 3 || n.Inputs[2].Constant is not { } train || train.ToBool();
        return n.Kind is "aten::_fused_dropout" or "aten::_standard_gamma" or "aten::bernoulli" or "aten::multinomial"
            or "aten::native_dropout" or "aten::normal" or "aten::poisson" or "aten::binomial" or "aten::rrelu"
            or "aten::rrelu_with_noise" or "aten::rand" or "aten::rand_like" or "aten::randint" or "aten::randint_like"
            or "aten::randn" or "aten::randn_like" or "aten::randperm";
    }

    /// Copies of the inputs (tensors cloned), so in-place ops of one run cannot leak into the next.
    public static List<object?> Clone(IReadOnlyList<object?> inputs) => inputs.Select(CloneValue).ToList();

    static object? CloneValue(object? v) => v switch
    {
        torch.Tensor t => t.detach().clone().requires_grad_(t.requires_grad),
        PyTuple tuple => new PyTuple(tuple.Select(CloneValue).ToArray()),
        PyList list => new PyList(list.Select(CloneValue)),
        _ => v,
    };
}
