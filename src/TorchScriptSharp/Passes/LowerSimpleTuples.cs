using TorchScriptSharp.IR;
using TorchScriptSharp.Runtime;

namespace TorchScriptSharp.Passes;

/// Reads of a tuple built in the same graph take the element directly: `TupleIndex(TupleConstruct(a, b), 1)`
/// is `b` and `TupleUnpack(TupleConstruct(a, b))` is `a, b` (PyTorch's LowerSimpleTuples). Dead-code
/// elimination then removes tuples nobody else reads.
public static class LowerSimpleTuples
{
    public static void Run(Graph graph)
    {
        foreach (var node in graph.AllNodes().ToList())
        {
            if (node.Owner == null || node.Inputs.Count == 0) continue;
            var source = node.Inputs[0].Node;
            if (source.Kind != "prim::TupleConstruct") continue;
            switch (node.Kind)
            {
                case "prim::TupleIndex" when ConstantInt(node.Inputs[1]) is long i:
                    if (i < 0) i += source.Inputs.Count;
                    node.Output.ReplaceAllUsesWith(source.Inputs[(int)i]);
                    node.Destroy();
                    break;
                case "prim::TupleSlice":
                {
                    long beg = (long)node.Attributes["beg"]!, end = (long)node.Attributes["end"]!;
                    var slice = graph.Create("prim::TupleConstruct", source.Inputs.Skip((int)beg).Take((int)(end - beg)));
                    slice.Output.Type = node.Output.Type;
                    slice.Range = node.Range;
                    slice.InsertBefore(node);
                    node.Output.ReplaceAllUsesWith(slice.Output);
                    node.Destroy();
                    break;
                }
                case "prim::TupleUnpack":
                    for (int k = 0; k < node.Outputs.Count; k++)
                    {
                        // `i, x = (a, b)` names a and b (PyTorch assigns tuple targets element-wise)
                        if (!source.Inputs[k].HasDebugName && node.Outputs[k].HasDebugName && source.Inputs[k].Node.Kind != "prim::Constant")
                            source.Inputs[k].SetDebugName(node.Outputs[k].DebugName);
                        node.Outputs[k].ReplaceAllUsesWith(source.Inputs[k]);
                    }
                    node.Destroy();
                    break;
            }
        }
    }

    static long? ConstantInt(Value v) =>
        v.Constant is { IsInt: true } iv ? iv.ToInt() : null;
}
