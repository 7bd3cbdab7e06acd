namespace TorchScriptSharp.Serialization;

/// Measures the container nesting depth of a loaded value without recursing, so that a hostile
/// file nested a million levels deep is refused here instead of overflowing the stack of whatever
/// walks the value next. Shared sub-values are measured once; a cycle counts as no extra depth.
internal static class ValueDepth
{
    public static int Of(object? root)
    {
        var depth = new Dictionary<object, int>(ReferenceEqualityComparer.Instance);
        var onPath = new HashSet<object>(ReferenceEqualityComparer.Instance);
        var work = new Stack<(object Node, bool Exit)>();
        if (!IsContainer(root)) return 0;
        work.Push((root!, false));
        while (work.Count > 0)
        {
            var (node, exit) = work.Pop();
            if (exit)
            {
                int d = 0;
                foreach (var child in Children(node))
                    if (child is not null && depth.TryGetValue(child, out int cd) && cd > d) d = cd;
                depth[node] = d + 1;
                onPath.Remove(node);
                continue;
            }
            if (depth.ContainsKey(node) || !onPath.Add(node)) continue;
            work.Push((node, true));
            foreach (var child in Children(node))
                if (IsContainer(child) && !depth.ContainsKey(child!) && !onPath.Contains(child!))
                    work.Push((child!, false));
        }
        return depth[root!];
    }

    public static void Check(object? root)
    {
        int d = Of(root);
        if (d > Limits.MaxDepth)
            throw new TorchSaveException($"the value is nested {d} levels deep; the limit is {Limits.MaxDepth}");
    }

    private static bool IsContainer(object? o) => o is PyList or PyTuple or PyDict;

    private static IEnumerable<object?> Children(object node) => node switch
    {
        PyList l => l,
        PyTuple t => t,
        PyDict d => d.SelectMany(kv => new[] { kv.Key, kv.Value })
                     .Concat(d.Attributes is null ? Array.Empty<object?>() : new object?[] { d.Attributes }),
        _ => Array.Empty<object?>(),
    };
}
