using TorchScriptSharp.IR;

namespace TorchScriptSharp.Runtime;

/// Where each value dies, seen from the block that defines it: the node of that block after which it
/// is no longer needed (a use inside a nested If/Loop block counts as a use by the If/Loop node), or
/// the block's return. Releasing there is what PyTorch gets by inserting prim::Drop after control-flow
/// nodes; here it is computed once instead of rewriting the graph.
sealed class LastUses
{
    readonly Dictionary<Node, List<Value>> _after = new();
    readonly Dictionary<Block, List<Value>> _atReturn = new();
    readonly HashSet<Value> _unused = new();
    readonly Dictionary<Value, Node> _lastNode = new();

    public LastUses(Graph graph) => Visit(graph.Block);

    /// Values (defined in the node's block) whose last use is this node.
    public IReadOnlyList<Value> DyingAfter(Node n) => _after.TryGetValue(n, out var l) ? l : Array.Empty<Value>();
    /// Values (defined in the block) whose last use is the block's return.
    public IReadOnlyList<Value> DyingAtReturn(Block b) => _atReturn.TryGetValue(b, out var l) ? l : Array.Empty<Value>();
    public bool IsUnused(Value v) => _unused.Contains(v);
    /// True when <paramref name="n"/> (a node or a return node) is the last user of <paramref name="v"/> in v's block.
    public bool DiesAt(Value v, Node n) => _lastNode.TryGetValue(v, out var last) && last == n;

    void Visit(Block block)
    {
        var index = new Dictionary<Node, int>();
        int i = 0;
        foreach (var n in block.Nodes) index[n] = i++;
        index[block.ReturnNode] = int.MaxValue;

        foreach (var v in block.Inputs) Analyze(v, block, index);
        foreach (var n in block.Nodes)
        {
            foreach (var v in n.Outputs) Analyze(v, block, index);
            foreach (var b in n.Blocks) Visit(b);
        }
    }

    void Analyze(Value v, Block defining, Dictionary<Node, int> index)
    {
        if (v.Uses.Count == 0) { _unused.Add(v); return; }
        Node? last = null;
        int lastPos = -1;
        foreach (var use in v.Uses)
        {
            var n = AncestorIn(use.User, defining, v);
            int pos = index[n];
            if (pos > lastPos) { lastPos = pos; last = n; }
        }
        _lastNode[v] = last!;
        if (last!.Kind == "prim::Return") Add(_atReturn, defining, v);
        else Add(_after, last, v);
    }

    static Node AncestorIn(Node user, Block block, Value v)
    {
        var n = user;
        while (n.Owner != block)
            n = n.Owner?.OwningNode ?? throw new InvalidOperationException($"{v} is used outside the block that defines it");
        return n;
    }

    static void Add<TKey>(Dictionary<TKey, List<Value>> map, TKey key, Value v) where TKey : notnull
    {
        if (!map.TryGetValue(key, out var l)) map[key] = l = new List<Value>();
        l.Add(v);
    }
}
