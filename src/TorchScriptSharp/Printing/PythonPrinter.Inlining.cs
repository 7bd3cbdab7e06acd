using TorchScriptSharp.IR;

namespace TorchScriptSharp.Printing;

public sealed partial class PythonPrinter
{
    // Deciding what to inline. Reading Python back emits an expression tree children-first, left to
    // right, so a value may be printed inside its user only if the nodes immediately before the user
    // are exactly that tree's nodes. Walking the user's inputs right to left while walking the block
    // backwards checks this; constants are skipped (they are always inlined, and the parser pools them).

    bool CanInline(Value v)
    {
        var n = v.Node;
        if (n.Outputs.Count != 1 || v.Uses.Count != 1) return false;
        var use = v.Uses[0];
        // a named value was a variable in the source: keep it, unless it is simply returned
        if (v.HasDebugName && use.User.Kind != "prim::Return") return false;
        if (n.Blocks.Count != 0) return false;
        // loop-carried inputs need a variable, or they would be evaluated in the wrong order
        if (use.User.Kind == "prim::Loop" && use.Index >= 2) return false;
        if (use.User.Kind is "prim::fork" or "prim::rpc_async" or "prim::rpc_sync" or "prim::rpc_remote") return false;
        // the refinement of an isinstance condition is already explicit in the graph
        if (n.Kind == "prim::isinstance") return false;
        return true;
    }

    Node ScanValue(Node blockPoint, Value v)
    {
        var n = v.Node;
        if (n == blockPoint && CanInline(v))
        {
            blockPoint = ScanNode(blockPoint);
            _inline.Add(n);
        }
        else if (n.Kind == "prim::Constant") _inline.Add(n);
        return blockPoint;
    }

    /// PyTorch's blocks are circular lists: before the param node comes the return node.
    static Node PreviousNonConstant(Node n)
    {
        do n = n.Prev ?? n.Owner!.ReturnNode; while (n.Kind == "prim::Constant");
        return n;
    }

    Node ScanNode(Node n)
    {
        if (_inline.Contains(n)) return n;
        foreach (var b in n.Blocks) ScanBlock(b);
        var blockPoint = PreviousNonConstant(n);
        for (int i = n.Inputs.Count - 1; i >= 0; i--) blockPoint = ScanValue(blockPoint, n.Inputs[i]);
        return blockPoint;
    }

    void ScanBlock(Block b)
    {
        ScanNode(b.ReturnNode);
        foreach (var n in b.NodesReversed) ScanNode(n);
    }

    // Long lines. An inlined expression that makes the line too long is given its own `_N = ...`
    // statement, and so is every inlined argument evaluated before it in the same enclosing
    // expressions, so side effects keep their order:
    //   _0 = torch.add_(x, b)
    //   _1 = some_long + expression
    //   r = foo(_0, _1)

    bool IsLongLine(string s) => s.Length + _level * 2 >= 40;

    bool IsNonConstantInline(Value input) => input.Node.Kind != "prim::Constant" && _inline.Contains(input.Node);

    void SplitLongInlines(Value v)
    {
        var toSplitReversed = new List<Value>();
        var use = v.Uses[0];
        ScanLongInlines(use.User, use.Index, toSplitReversed);
        for (int i = toSplitReversed.Count - 1; i >= 0; i--)
            PrintOutputDefinition(toSplitReversed[i].Node, UseOf(toSplitReversed[i]));
    }

    void ScanLongInlines(Node user, int offset, List<Value> toSplitReversed)
    {
        bool present = _visitedSplitUses.TryGetValue(user, out int visited);
        for (int i = offset; i >= (present ? visited + 1 : 0); i--)
        {
            var arg = user.Inputs[i];
            if (IsNonConstantInline(arg)) toSplitReversed.Add(arg);
        }
        _visitedSplitUses[user] = offset;
        if (!present && _inline.Contains(user))
        {
            var use = user.Output.Uses[0];
            // the user itself is still being printed, so only the arguments before it can move
            ScanLongInlines(use.User, use.Index - 1, toSplitReversed);
        }
    }
}
