namespace TorchScriptSharp.IR;

/// Program-order comparisons between nodes, walking up to the closest common block.
public static class Ordering
{
    public static bool IsBefore(Node a, Node b)
    {
        if (a == b) return false;
        var chainA = Chain(a);
        var chainB = Chain(b);
        // find the deepest block that both live in
        for (int i = chainA.Count - 1; i >= 0; i--)
        {
            var blockA = chainA[i].Owner;
            int j = chainB.FindIndex(n => n.Owner == blockA);
            if (j < 0) continue;
            var na = chainA[i];
            var nb = chainB[j];
            if (na == nb)
            {
                if (i == chainA.Count - 1) return true;   // a encloses b: a starts first
                if (j == chainB.Count - 1) return false;  // b encloses a
                var blocks = na.Blocks.ToList();
                return blocks.IndexOf(chainA[i + 1].Owner!) < blocks.IndexOf(chainB[j + 1].Owner!);
            }
            for (var n = na.Next; n != null; n = n.Next) if (n == nb) return true;
            return false;
        }
        return false;
    }

    /// The node itself, then the nodes owning its enclosing blocks, outwards.
    static List<Node> Chain(Node n)
    {
        var list = new List<Node>();
        for (Node? cur = n; cur != null; cur = cur.Owner?.OwningNode) list.Add(cur);
        list.Reverse();
        return list;
    }
}
