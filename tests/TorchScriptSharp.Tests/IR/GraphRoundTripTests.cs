using TorchScriptSharp.IR;
using TorchScriptSharp.Tests.Printing;

namespace TorchScriptSharp.Tests.IR;

/// Parsing PyTorch's `.graph` text and printing it again gives the same text, byte for byte.
public class GraphRoundTripTests
{
    [Theory]
    [MemberData(nameof(GoldenCase.Names), MemberType = typeof(GoldenCase))]
    public void PyTorchGraphTextRoundTrips(string name)
    {
        var golden = GoldenCase.Get(name);
        var graph = GraphParser.Parse(golden.GraphText);
        Assert.Equal(golden.GraphText, GraphPrinter.Print(graph));
    }

    [Theory]
    [MemberData(nameof(GoldenCase.Names), MemberType = typeof(GoldenCase))]
    public void NormalizedTextIsStableUnderReparsing(string name)
    {
        var golden = GoldenCase.Get(name);
        var printed = GraphPrinter.Print(GraphParser.Parse(golden.GraphText), printSourceLocations: false);
        Assert.Equal(GraphText.Normalize(golden.GraphText), GraphText.Normalize(printed));
    }
}
