namespace TorchScriptSharp.Tracing;

/// PyTorch's operator aliases (torch.multiply, torch.clip, x.absolute()...): its tracer records the
/// alias, and a normalization after tracing replaces each alias node with a node of the canonical
/// operator (so the trace shows `aten::mul`, numbered after the rest, at the alias's location).
static class TracedAliases
{
    static readonly Dictionary<string, string> Canonical = new()
    {
        ["absolute"] = "abs", ["arccos"] = "acos", ["arccosh"] = "acosh", ["arcsin"] = "asin", ["arcsinh"] = "asinh",
        ["arctan"] = "atan", ["arctanh"] = "atanh", ["arctan2"] = "atan2", ["clip"] = "clamp", ["divide"] = "div",
        ["fix"] = "trunc", ["greater"] = "gt", ["greater_equal"] = "ge", ["less"] = "lt", ["less_equal"] = "le",
        ["multiply"] = "mul", ["negative"] = "neg", ["not_equal"] = "ne", ["subtract"] = "sub", ["true_divide"] = "div",
        ["moveaxis"] = "movedim", ["swapaxes"] = "transpose", ["swapdims"] = "transpose",
    };

    /// `aten::multiply` → `aten::mul`, `aten::clip_` → `aten::clamp_`; other names unchanged.
    public static string Resolve(string qualifiedName)
    {
        if (!qualifiedName.StartsWith("aten::", StringComparison.Ordinal)) return qualifiedName;
        var name = qualifiedName["aten::".Length..];
        bool inPlace = name.EndsWith('_') && !name.EndsWith("__", StringComparison.Ordinal);
        var stem = inPlace ? name[..^1] : name;
        return Canonical.TryGetValue(stem, out var canonical) ? "aten::" + canonical + (inPlace ? "_" : "") : qualifiedName;
    }

    /// Replaces every alias node of a finished trace with its canonical operator.
    public static void Normalize(IR.Graph graph)
    {
        foreach (var node in graph.Block.Nodes.ToList())
        {
            var canonical = Resolve(node.Kind);
            if (canonical == node.Kind || node.Schema is not { } schema) continue;
            var target = Ops.OperatorRegistry.Find(schema.OverloadName.Length == 0 ? canonical : $"{canonical}.{schema.OverloadName}")?.Schema;
            if (target == null || target.Arguments.Count != schema.Arguments.Count) continue;
            var replacement = graph.Create(canonical, node.Inputs, node.Outputs.Count);
            replacement.Schema = target;
            replacement.Range = node.Range;
            replacement.InsertBefore(node);
            for (int i = 0; i < node.Outputs.Count; i++)
            {
                replacement.Outputs[i].CopyMetadata(node.Outputs[i]).TracedType = node.Outputs[i].TracedType;
                node.Outputs[i].ReplaceAllUsesWith(replacement.Outputs[i]);
            }
            node.Destroy();
        }
    }
}
