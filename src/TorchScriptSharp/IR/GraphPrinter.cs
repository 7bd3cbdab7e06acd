using System.Collections;
using System.Globalization;
using System.Text;
using TorchScriptSharp.Printing;
using TorchScriptSharp.Runtime;
using TorchScriptSharp.Types;

namespace TorchScriptSharp.IR;

/// Prints a graph in PyTorch's `.graph` text format (torch/csrc/jit/ir/ir.cpp, Graph::print):
/// a `graph(...)` header whose inputs continue on lines indented by 6 spaces, one line per node
/// indented 2 spaces per nesting level, `blockN(...)` / `-> (...)` around nested blocks, and
/// subgraphs (fork bodies) appended as `with prim::fork_0 = graph(...)`.
public static class GraphPrinter
{
    public static string Print(Graph graph, bool printSourceLocations = true)
    {
        var sb = new StringBuilder();
        Print(sb, graph, printSourceLocations);
        return sb.ToString();
    }

    /// One node as a line of its graph's text (without the indentation or the newline).
    public static string Print(Node node)
    {
        var sb = new StringBuilder();
        PrintNode(sb, node, 0, new List<Node>(), printSourceLocations: true);
        return sb.ToString().Split('\n')[0];
    }

    static void Print(StringBuilder sb, Graph graph, bool printSourceLocations)
    {
        sb.Append("graph(").Append(ValuesWithTypes(graph.Inputs, ",\n      ")).Append("):\n");
        var groups = new List<Node>();
        foreach (var n in graph.Nodes) PrintNode(sb, n, 1, groups, printSourceLocations);
        sb.Append("  return (").Append(ValueNames(graph.Outputs)).Append(")\n");
        for (int i = 0; i < groups.Count; i++)
        {
            sb.Append("with ").Append(groups[i].Kind).Append('_').Append(i).Append(" = ");
            Print(sb, (Graph)groups[i].Attributes["Subgraph"]!, printSourceLocations);
        }
    }

    static void PrintNode(StringBuilder sb, Node n, int level, List<Node> groups, bool printSourceLocations)
    {
        Indent(sb, level).Append(ValuesWithTypes(n.Outputs, ", ")).Append(" = ");
        if (n.Attributes["Subgraph"] is Graph)
        {
            // the subgraph is printed after the graph; the node names it by its position
            sb.Append(n.Kind).Append('_').Append(groups.Count);
            if (n.Attributes.Count > 1) PrintAttributes(sb, n, ignoreSubgraph: true);
            groups.Add(n);
        }
        else if (n.Kind == "prim::PythonOp")
        {
            // a call back into Python, printed as PyTorch prints its PythonOp
            sb.Append('^').Append(n.Attributes["name"]).Append("[]()");
        }
        else
        {
            sb.Append(n.Kind);
            if (n.Attributes.Count > 0) PrintAttributes(sb, n, ignoreSubgraph: false);
        }
        sb.Append('(').Append(ValueNames(n.Inputs)).Append(')');
        if (printSourceLocations && n.Range is { } r) sb.Append(" # ").Append(r.ToString());
        sb.Append('\n');
        for (int i = 0; i < n.Blocks.Count; i++)
        {
            var b = n.Blocks[i];
            Indent(sb, level + 1).Append("block").Append(i).Append('(').Append(ValuesWithTypes(b.Inputs, ", ")).Append("):\n");
            foreach (var inner in b.Nodes) PrintNode(sb, inner, level + 2, groups, printSourceLocations);
            Indent(sb, level + 2).Append("-> (").Append(ValueNames(b.Outputs)).Append(")\n");
        }
    }

    static StringBuilder Indent(StringBuilder sb, int level) => sb.Append(' ', 2 * level);

    static string ValueNames(IEnumerable<Value> values) => string.Join(", ", values.Select(v => "%" + v.DisplayName));

    static string ValuesWithTypes(IEnumerable<Value> values, string separator) =>
        string.Join(separator, values.Select(v => $"%{v.DisplayName} : {v.TracedType ?? v.Type.Str()}"));

    static void PrintAttributes(StringBuilder sb, Node n, bool ignoreSubgraph)
    {
        // A function constant holds the callee in `value`; PyTorch shows only its `name`.
        bool functionConstant = n.Kind == "prim::Constant" && n.Outputs.Count == 1 && n.Output.Type == TorchType.Function;
        var shown = n.Attributes.Items
            .Where(a => !(ignoreSubgraph && a.Key == "Subgraph"))
            .Where(a => !(functionConstant && a.Key == "value"))
            .Where(a => !(a.Value is IValue { IsNone: true }))
            .ToList();
        if (shown.Count == 0) return;
        sb.Append('[');
        for (int i = 0; i < shown.Count; i++)
        {
            if (i > 0) sb.Append(", ");
            sb.Append(shown[i].Key).Append('=').Append(AttributeText(shown[i].Value));
        }
        sb.Append(']');
    }

    /// How one attribute value prints. Constants store their value as an IValue; PyTorch keeps ints
    /// and bools in an int attribute (so `True` prints `1`), strings in a string attribute, and
    /// everything else as an IValue printed with its repr.
    public static string AttributeText(object value) => value switch
    {
        IValue { Tag: IValueTag.Bool } v => v.ToBool() ? "1" : "0",
        IValue { Tag: IValueTag.Device } v => IValueRepr.QuotedString(IValueRepr.DeviceText(v)),
        IValue { Tag: IValueTag.Tensor } v => TensorText(v),
        IValue v => IValueRepr.Repr(v, TensorsInside),
        bool b => b ? "1" : "0",
        long or int => Convert.ToString(value, CultureInfo.InvariantCulture)!,
        double d => IValueRepr.Float(d),
        string s => IValueRepr.QuotedString(s),
        TorchType t => t.Str(),
        Graph => "<Graph>",
        IEnumerable<TorchType> types => "[" + string.Join(", ", types.Select(t => t.Str())) + "]",
        IEnumerable list and not string => "[" + string.Join(", ", list.Cast<object>().Select(AttributeText)) + "]",
        _ => value.ToString() ?? "",
    };

    static string? TensorsInside(IValue v) => v.IsTensor ? TensorText(v) : null;

    /// One-element tensors print like the scalar in braces (`{2}`); larger ones as `<Tensor>`
    /// (PyTorch inlines small tensors' full printout, which we do not reproduce).
    static string TensorText(IValue v)
    {
        var t = v.ToTensor();
        if (t.numel() != 1) return "<Tensor>";
        bool floating = t.dtype is TorchSharp.torch.ScalarType.Float32 or TorchSharp.torch.ScalarType.Float64
            or TorchSharp.torch.ScalarType.Float16 or TorchSharp.torch.ScalarType.BFloat16;
        return floating
            ? "{" + IValueRepr.FormatG(t.to_type(TorchSharp.torch.ScalarType.Float64).item<double>(), 6) + "}"
            : "{" + t.to_type(TorchSharp.torch.ScalarType.Int64).item<long>().ToString(CultureInfo.InvariantCulture) + "}";
    }
}
