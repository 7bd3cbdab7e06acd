using TorchScriptSharp.IR;

namespace TorchScriptSharp.Passes;

/// Orders the outputs of every If and Loop by the position of their first use (unused ones last, in
/// their original order), as PyTorch does so printed graphs and code don't depend on how the compiler
/// happened to discover the variables.
public static class CanonicalizeOutputs
{
    public static void Run(Graph graph) => RunBlock(graph.Block);

    static void RunBlock(Block block)
    {
        // reverse: an outer node's order depends on the uses that follow it
        foreach (var node in block.NodesReversed)
        {
            if (node.Kind is "prim::Loop" or "prim::If") Permute(node, SortedByFirstUse(node.Outputs));
            foreach (var b in node.Blocks) RunBlock(b);
        }
    }

    static int[] SortedByFirstUse(IReadOnlyList<Value> outputs)
    {
        var firstUses = outputs.Select(FirstUse).ToArray();
        var order = Enumerable.Range(0, outputs.Count).ToList();
        order.Sort((i, j) =>
        {
            var (a, b) = (firstUses[i], firstUses[j]);
            if (a == null && b == null) return i.CompareTo(j);
            if (a == null) return 1;
            if (b == null) return -1;
            if (a.Value == b.Value) return i.CompareTo(j);
            return IsBefore(a.Value, b.Value) ? -1 : 1;
        });
        return order.ToArray();
    }

    static Use? FirstUse(Value v)
    {
        Use? first = null;
        foreach (var use in v.Uses)
            if (first == null || IsBefore(use, first.Value)) first = use;
        return first;
    }

    static bool IsBefore(Use a, Use b) => a.User == b.User ? a.Index < b.Index : Ordering.IsBefore(a.User, b.User);

    /// Reorders outputs (and, for loops, the matching carried inputs, block parameters and block outputs).
    static void Permute(Node node, int[] order)
    {
        if (order.Select((o, i) => o == i).All(x => x)) return;
        int offset = node.Kind == "prim::Loop" ? 1 : 0; // loop blocks carry the condition / trip count first
        foreach (var block in node.Blocks)
        {
            var outs = block.Outputs.ToList();
            for (int i = 0; i < order.Length; i++) block.ReturnNode.ReplaceInput(i + offset, outs[order[i] + offset]);
        }
        if (node.Kind == "prim::Loop")
        {
            var inputs = node.Inputs.ToList();
            for (int i = 0; i < order.Length; i++) node.ReplaceInput(i + 2, inputs[order[i] + 2]);
            node.Blocks[0].ParamNode.PermuteOutputs(order.Select(o => o + 1).Prepend(0).ToArray());
        }
        node.PermuteOutputs(order);
    }
}
