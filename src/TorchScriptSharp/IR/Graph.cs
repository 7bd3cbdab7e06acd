using TorchScriptSharp.Runtime;
using TorchScriptSharp.Syntax;
using TorchScriptSharp.Types;

namespace TorchScriptSharp.IR;

/// A function body in SSA form: one top-level block whose inputs are the function's parameters and
/// whose outputs are its results. New nodes go before the insertion point (the end of the top block
/// unless moved), as in PyTorch's Graph::insertNode.
public sealed class Graph
{
    int _nextUnique;

    public Graph()
    {
        Block = new Block(this, null);
        InsertPoint = Block.ReturnNode;
    }

    public Block Block { get; }
    public DebugNames Names { get; } = new();
    public IReadOnlyList<Value> Inputs => Block.Inputs;
    public IReadOnlyList<Value> Outputs => Block.Outputs;
    public IEnumerable<Node> Nodes => Block.Nodes;

    /// New nodes are inserted before this node.
    public Node InsertPoint { get; set; }
    public Block InsertBlock => InsertPoint.Owner!;

    internal int NextUnique() => _nextUnique++;

    /// Makes later values number above <paramref name="unique"/> (the graph parser keeps the numbers
    /// it reads, so a value created afterwards must not reuse one).
    internal void ReserveUnique(int unique) { if (_nextUnique <= unique) _nextUnique = unique + 1; }

    public Value AddInput(TorchType type, string? name = null) => Block.AddInput(type, name);
    public void RegisterOutput(Value v) => Block.RegisterOutput(v);

    /// Creates a node that is not yet in any block.
    public Node Create(string kind, IEnumerable<Value>? inputs = null, int outputs = 1)
    {
        var n = new Node(this, kind);
        if (inputs != null) foreach (var v in inputs) n.AddInput(v);
        for (int i = 0; i < outputs; i++) n.AddOutput();
        return n;
    }

    /// Creates a node and inserts it at the insertion point.
    public Node Insert(string kind, IEnumerable<Value>? inputs = null, int outputs = 1, SourceRange? range = null)
    {
        var n = Create(kind, inputs, outputs);
        n.Range = range is { Source: not null } ? range : null; // default(SourceRange) means "no location"
        return n.InsertBefore(InsertPoint);
    }

    /// Runs <paramref name="body"/> with the insertion point at the end of <paramref name="block"/>.
    public void WithInsertPoint(Node point, Action body)
    {
        var saved = InsertPoint;
        InsertPoint = point;
        try { body(); } finally { InsertPoint = saved; }
    }

    public T WithInsertPoint<T>(Node point, Func<T> body)
    {
        var saved = InsertPoint;
        InsertPoint = point;
        try { return body(); } finally { InsertPoint = saved; }
    }

    public Node CreateConstant(IValue value, TorchType type)
    {
        var n = Create("prim::Constant");
        if (!value.IsNone) n.Attributes["value"] = value;
        n.Output.Type = type;
        return n;
    }

    /// Inserts a `prim::Constant` at the insertion point.
    public Value InsertConstant(IValue value, TorchType type, SourceRange? range = null)
    {
        var n = CreateConstant(value, type);
        n.Range = range is { Source: not null } ? range : null;
        n.InsertBefore(InsertPoint);
        return n.Output;
    }

    /// Inserts the `prim::Constant[name=...]` a `prim::CallFunction` of <paramref name="fn"/> calls.
    public Value InsertFunctionConstant(GraphFunction fn)
    {
        var n = Create("prim::Constant");
        n.Attributes["name"] = fn.Name;
        n.Attributes["value"] = IValue.FromFunction(fn);
        n.Output.Type = TorchType.Function;
        n.InsertBefore(InsertPoint);
        return n.Output;
    }

    /// Every node of the graph, depth first, in program order (nested blocks after their owner).
    public IEnumerable<Node> AllNodes() => AllNodes(Block);

    public static IEnumerable<Node> AllNodes(Block block)
    {
        foreach (var n in block.Nodes)
        {
            yield return n;
            foreach (var b in n.Blocks)
                foreach (var inner in AllNodes(b)) yield return inner;
        }
    }

    public override string ToString() => GraphPrinter.Print(this);
}
