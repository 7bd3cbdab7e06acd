namespace TorchScriptSharp.IR;

/// Prints a graph in PyTorch's `.graph` text format.
public static class GraphPrinter
{
    public static string Print(Graph graph) => throw new NotImplementedException("GraphPrinter");
}
