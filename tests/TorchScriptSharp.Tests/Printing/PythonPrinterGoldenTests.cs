using TorchScriptSharp.Printing;

namespace TorchScriptSharp.Tests.Printing;

/// `.code` of functions compiled by PyTorch 1.13, printed from their parsed `.graph` text.
/// The first four cases are the verified examples of the reference (§4.3).
public class PythonPrinterGoldenTests
{
    [Theory]
    [MemberData(nameof(GoldenCase.Names), MemberType = typeof(GoldenCase))]
    public void CodeMatchesPyTorch(string name)
    {
        var golden = GoldenCase.Get(name);
        var graph = golden.BuildGraph();
        var code = PythonPrinter.PrintFunction(golden.Name, graph, golden.FunctionSchema(graph));
        Assert.Equal(golden.Code, code);
    }

    /// The same with node schemas from the Ops layer's SchemaParser, as the compiler attaches them.
    [Theory]
    [MemberData(nameof(GoldenCase.Names), MemberType = typeof(GoldenCase))]
    public void CodeMatchesPyTorchWithParsedSchemas(string name)
    {
        var golden = GoldenCase.Get(name);
        var graph = golden.BuildGraph();
        foreach (var n in graph.AllNodes().Where(n => n.Schema?.Text != null))
            n.Schema = TorchScriptSharp.Ops.SchemaParser.Parse(n.Schema!.Text!);
        var code = PythonPrinter.PrintFunction(golden.Name, graph, golden.FunctionSchema(graph));
        Assert.Equal(golden.Code, code);
    }
}
