using TorchScriptSharp.IR;

namespace TorchScriptSharp.Passes;

/// The cleanup PyTorch runs on every freshly compiled function, which shapes what `.graph` and
/// `.code` show: constant folding of immutable values, dead code removal, constant pooling.
public static class Cleanup
{
    public static void Run(Graph graph)
    {
        LowerSimpleTuples.Run(graph);
        ConstantPropagation.Run(graph);
        DeadCodeElimination.Run(graph);
        ConstantPooling.Run(graph);
        CanonicalizeOutputs.Run(graph);
    }
}
