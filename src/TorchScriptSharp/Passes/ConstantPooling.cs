using TorchScriptSharp.IR;
using TorchScriptSharp.Runtime;

namespace TorchScriptSharp.Passes;

/// Deduplicates constants and moves them to the top of the graph in first-appearance order, so
/// every constant is defined before any use and prints once.
public static class ConstantPooling
{
    public static void Run(Graph graph)
    {
        var pooled = new List<Node>();
        foreach (var node in graph.AllNodes().Where(n => n.Kind == "prim::Constant").ToList())
        {
            var same = pooled.FirstOrDefault(p => SameConstant(p, node));
            if (same != null)
            {
                node.Output.ReplaceAllUsesWith(same.Output);
                node.Destroy();
                continue;
            }
            pooled.Add(node);
        }
        var first = graph.Block.ParamNode;
        foreach (var node in pooled)
        {
            node.MoveAfter(first);
            first = node;
        }
    }

    static bool SameConstant(Node a, Node b)
    {
        if (a.Output.Type != b.Output.Type) return false;
        if (a.Attributes.Count != b.Attributes.Count) return false;
        foreach (var (key, value) in a.Attributes.Items)
        {
            var other = b.Attributes[key];
            if (value is IValue va && other is IValue vb)
            {
                if (!ConstantEquals(va, vb)) return false;
            }
            else if (!Equals(value, other)) return false;
        }
        return true;
    }

    static bool ConstantEquals(IValue a, IValue b)
    {
        if (a.Tag != b.Tag) return false;
        // PyTorch's pooling never merges enum constants (each `Color.RED` stays its own node)
        if (a.IsEnum) return false;
        if (a.IsDouble) return BitConverter.DoubleToInt64Bits(a.ToDouble()) == BitConverter.DoubleToInt64Bits(b.ToDouble());
        if (a.IsList) return a.ToList().Items.SequenceEqual(b.ToList().Items);
        if (a.IsTensor) return ReferenceEquals(a.ToTensor(), b.ToTensor());
        return a.Equals(b);
    }
}
