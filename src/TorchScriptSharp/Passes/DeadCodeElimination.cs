using TorchScriptSharp.Runtime;
using TorchScriptSharp.IR;

namespace TorchScriptSharp.Passes;

/// Removes nodes whose outputs are unused and that have no effect: pure operators, unused If/Loop
/// outputs, and loop-carried values nothing reads. Mutating ops (`append`, `add_`, `_set_item`) stay
/// unless the value they mutate is itself dead (a local list nobody reads).
public static class DeadCodeElimination
{
    public static void Run(Graph graph)
    {
        bool changed = true;
        while (changed)
        {
            changed = SweepBlock(graph.Block);
            changed |= RemoveDeadMutations(graph);
        }
    }

    static bool SweepBlock(Block block)
    {
        bool changed = false;
        foreach (var node in block.NodesReversed)
        {
            foreach (var b in node.Blocks) changed |= SweepBlock(b);
            if (node.Kind == "prim::Loop") changed |= RemoveUnusedLoopCarried(node);
            if (node.Kind == "prim::If") changed |= RemoveUnusedIfOutputs(node);
            if (IsRemovable(node)) { node.Destroy(); changed = true; }
        }
        return changed;
    }

    static bool IsRemovable(Node n)
    {
        if (n.Outputs.Any(o => o.Uses.Count > 0)) return false;
        if (n.Outputs.Count == 0 && n.Kind.StartsWith("aten::")) return false; // an op returning nothing runs for its effect (set_grad_enabled, warn...)
        if (n.HasSideEffects || IsMutating(n)) return false;
        if (n.Kind == "prim::Loop") return !n.Blocks[0].Nodes.Any(HasEffectsDeep) && !BodyComputesLiveValue(n);
        if (n.Kind == "prim::If") return !n.Blocks.Any(b => b.Nodes.Any(HasEffectsDeep));
        return true;
    }

    /// PyTorch's rule for a loop whose results nobody uses: the body's next condition is live, and so is
    /// every carried value whose body parameter the body reads (an accumulator like `x *= i` feeds
    /// itself). If a node of the body computes one of those, the loop stays. So a `while` loop (its
    /// condition computed in the body) and a `for` loop with an accumulator are kept; a `for` loop whose
    /// carried values are plain rebindings (`y = i`, removed by RemoveUnusedLoopCarried) goes.
    static bool BodyComputesLiveValue(Node loop)
    {
        var body = loop.Blocks[0];
        var live = new List<Value> { body.Outputs[0] };
        for (int i = 1; i < body.Outputs.Count; i++)
            if (body.Inputs[i].Uses.Count > 0) live.Add(body.Outputs[i]);
        // a body parameter passed through, or a constant, is computed by no node of the body
        return live.Any(v => v.Node.Kind is not ("prim::Param" or "prim::Constant") && IsInside(v.Node, body));
    }

    static bool IsInside(Node node, Block block)
    {
        for (var b = node.Owner; b != null; b = b.OwningNode?.Owner)
            if (b == block) return true;
        return false;
    }

    static bool HasEffectsDeep(Node n) => n.HasSideEffects || IsMutating(n) || n.Blocks.Any(b => b.Nodes.Any(HasEffectsDeep));

    internal static bool IsMutating(Node n) => n.Schema?.IsMutable == true || n.Kind is "aten::append" or "aten::_set_item" or "aten::copy_" or "aten::index_put_" or "aten::Delete";

    static bool RemoveUnusedIfOutputs(Node n)
    {
        bool changed = false;
        for (int i = n.Outputs.Count - 1; i >= 0; i--)
        {
            if (n.Outputs[i].Uses.Count > 0) continue;
            foreach (var b in n.Blocks) b.EraseOutput(i);
            n.EraseOutput(i);
            changed = true;
        }
        return changed;
    }

    static bool RemoveUnusedLoopCarried(Node loop)
    {
        bool changed = false;
        var body = loop.Blocks[0];
        for (int i = loop.Outputs.Count - 1; i >= 0; i--)
        {
            var param = body.Inputs[i + 1];
            bool paramOnlyFeedsItsOwnOutput = param.Uses.All(u => u.User == body.ReturnNode && u.Index == i + 1);
            if (loop.Outputs[i].Uses.Count > 0 || !paramOnlyFeedsItsOwnOutput) continue;
            var produced = body.Outputs[i + 1];
            if (produced != param && IsUsedElsewhereInBody(produced, body, i + 1)) continue;
            body.EraseOutput(i + 1);
            foreach (var u in param.Uses.ToList()) u.User.RemoveInput(u.Index);
            body.EraseInput(i + 1);
            loop.RemoveInput(i + 2);
            loop.EraseOutput(i);
            changed = true;
        }
        return changed;
    }

    static bool IsUsedElsewhereInBody(Value v, Block body, int outputIndex) =>
        v.Uses.Any(u => !(u.User == body.ReturnNode && u.Index == outputIndex));

    /// A list/dict created locally whose only uses are mutations is dead together with its mutations.
    static bool RemoveDeadMutations(Graph graph)
    {
        bool changed = false;
        foreach (var node in graph.AllNodes().ToList())
        {
            if (node.Kind is not ("prim::ListConstruct" or "prim::DictConstruct") || node.Owner == null) continue;
            var v = node.Output;
            if (v.Uses.Count == 0) continue;
            if (!v.Uses.All(u => u.Index == 0 && u.User.Kind is "aten::append" or "aten::_set_item" && u.User.Outputs.All(o => o.Uses.Count == 0))) continue;
            foreach (var u in v.Uses.ToList()) u.User.Destroy();
            changed = true;
        }
        return changed;
    }
}
