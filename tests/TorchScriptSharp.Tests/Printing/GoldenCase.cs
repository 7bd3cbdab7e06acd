using System.Globalization;
using System.Text.Json;
using TorchScriptSharp.IR;
using TorchScriptSharp.Ops;
using TorchScriptSharp.Runtime;
using TorchScriptSharp.Types;

namespace TorchScriptSharp.Tests.Printing;

/// One PyTorch-generated golden (see gen_printing_goldens.py): a function's `.graph` and `.code`
/// text plus the schemas PyTorch matched for its nodes and the function's own parameters.
public sealed class GoldenCase
{
    public required string Name { get; init; }
    public required string GraphText { get; init; }
    public required string Code { get; init; }
    public required JsonElement Params { get; init; }
    public required JsonElement Schemas { get; init; }
    public required JsonElement Functions { get; init; }

    public override string ToString() => Name;

    static readonly Lazy<IReadOnlyList<GoldenCase>> _all = new(() =>
    {
        using var doc = JsonDocument.Parse(PrintingGoldens.Json);
        return doc.RootElement.EnumerateArray().Select(e => new GoldenCase
        {
            Name = e.GetProperty("name").GetString()!,
            GraphText = e.GetProperty("graph").GetString()!,
            Code = e.GetProperty("code").GetString()!,
            Params = e.GetProperty("params").Clone(),
            Schemas = e.GetProperty("schemas").Clone(),
            Functions = e.GetProperty("functions").Clone(),
        }).ToList();
    });

    public static IReadOnlyList<GoldenCase> All => _all.Value;
    public static GoldenCase Get(string name) => All.Single(c => c.Name == name);
    public static IEnumerable<object[]> Names => All.Select(c => new object[] { c.Name });

    /// Parses the graph and attaches what the compiler would have: node schemas (for argument
    /// trimming) and callee functions on function constants.
    public Graph BuildGraph()
    {
        var graph = GraphParser.Parse(GraphText);
        var nodes = graph.AllNodes().ToList();
        foreach (var s in Schemas.EnumerateObject())
        {
            var node = nodes[int.Parse(s.Name, CultureInfo.InvariantCulture)];
            string text = s.Value.GetProperty("text").GetString()!;
            string fullName = text[..text.IndexOf('(')];
            int dot = fullName.IndexOf('.');
            node.Schema = new FunctionSchema(dot < 0 ? fullName : fullName[..dot], dot < 0 ? "" : fullName[(dot + 1)..],
                Arguments(s.Value.GetProperty("args"), null), new[] { new Argument("", TorchType.Any) },
                isVararg: text.Contains("...)"), text: text);
        }
        foreach (var f in Functions.EnumerateObject())
        {
            var node = nodes[int.Parse(f.Name, CultureInfo.InvariantCulture)];
            var callee = new GraphFunction(f.Value.GetString()!, new Graph(), new FunctionSchema("f", "", Array.Empty<Argument>(), Array.Empty<Argument>()));
            node.Attributes["value"] = IValue.FromFunction(callee);
        }
        return graph;
    }

    /// The function's schema: parameter names and defaults from PyTorch, types from the graph inputs.
    public FunctionSchema FunctionSchema(Graph graph)
    {
        var args = Arguments(Params, graph);
        TorchType ret = graph.Outputs.Count == 1 ? graph.Outputs[0].Type : new TupleType(graph.Outputs.Select(o => o.Type).ToList());
        return new FunctionSchema(Name, "", args, new[] { new Argument("", ret) });
    }

    static List<Argument> Arguments(JsonElement args, Graph? graph) => args.EnumerateArray().Select((a, i) =>
    {
        var type = graph != null ? graph.Inputs[i].Type : a.GetProperty("is_list").GetBoolean() ? new ListType(TorchType.Any) : TorchType.Any;
        var d = a.GetProperty("default");
        bool isOut = a.GetProperty("is_out").GetBoolean();
        return new Argument(a.GetProperty("name").GetString()!, type,
            HasDefault: d.ValueKind != JsonValueKind.Null,
            Default: d.ValueKind != JsonValueKind.Null ? Value(d) : default,
            KwargOnly: a.GetProperty("kwarg_only").GetBoolean(),
            Alias: isOut ? new AliasInfo("a", true) : null);
    }).ToList();

    static IValue Value(JsonElement d)
    {
        var p = d.EnumerateObject().Single();
        return p.Name switch
        {
            "none" => IValue.None,
            "bool" => IValue.FromBool(p.Value.GetBoolean()),
            "int" => IValue.FromInt(p.Value.GetInt64()),
            "float" => IValue.FromDouble(double.Parse(p.Value.GetString()!, CultureInfo.InvariantCulture)),
            "str" => IValue.FromString(p.Value.GetString()!),
            "list" => IValue.FromList(new ScriptList(TorchType.Any, p.Value.EnumerateArray().Select(Value).ToList())),
            "tuple" => IValue.FromTuple(new ScriptTuple(p.Value.EnumerateArray().Select(Value).ToArray())),
            _ => throw new NotSupportedException(d.ToString()),
        };
    }
}
