using TorchScriptSharp.IR;
using TorchScriptSharp.Passes;

namespace TorchScriptSharp.Tracing;

/// Python code run under a trace often computes values it never uses (a shape check's
/// `size_prods *= size[i]` mutates a tensor the trace then drops). PyTorch's dead-code elimination,
/// with alias analysis, removes a mutation nobody can observe; ours keeps every mutation. This
/// removes, in a traced graph, in-place ops whose result is unused and whose mutated tensor was made
/// fresh by the trace itself (not an input, parameter or view) and is not read after the mutation.
static class DeadMutations
{
    public static void Run(Graph graph)
    {
        DeadCodeElimination.Run(graph);
        bool removed;
        do
        {
            removed = false;
            foreach (var node in graph.Block.Nodes.Reverse().ToList())
            {
                if (!IsUnobservable(node)) continue;
                node.Destroy();
                removed = true;
            }
            DeadCodeElimination.Run(graph);
        } while (removed);
    }

    static bool IsUnobservable(Node node)
    {
        if (node.Schema is not { IsMutable: true } schema || node.Blocks.Count > 0) return false;
        if (node.Outputs.Any(o => o.Uses.Count > 0)) return false;
        for (int i = 0; i < schema.Arguments.Count && i < node.Inputs.Count; i++)
        {
            if (schema.Arguments[i].Alias?.IsWrite != true) continue;
            // the mutated tensor and what earlier in-place ops returned for it are one tensor
            var chain = AliasChain(node.Inputs[i]).ToList();
            if (chain.Any(alias => alias.Uses.Any(u => u.User != node && node.IsBefore(u.User)))) return false;
            if (!IsFresh(chain[^1])) return false;
        }
        return true;
    }

    /// A value and, while it is the result of an in-place op, the tensor that op mutated, and so on.
    static IEnumerable<Value> AliasChain(Value v)
    {
        while (true)
        {
            yield return v;
            if (v.Node.Schema is not { IsMutable: true } s || v.Offset >= s.Returns.Count || s.Returns[v.Offset].Alias is not { IsWrite: true }
                || v.Node.Inputs.Count == 0) yield break;
            v = v.Node.Inputs[0];
        }
    }

    /// A tensor an op created (its result aliases none of its inputs).
    static bool IsFresh(Value v) =>
        v.Node.Kind != "prim::Param" && v.Node.Kind != "prim::GetAttr" && v.Node.Kind != "prim::Constant"
        && v.Node.Schema is { } s && v.Offset < s.Returns.Count && s.Returns[v.Offset].Alias == null;
}
