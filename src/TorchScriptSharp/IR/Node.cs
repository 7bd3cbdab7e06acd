using TorchScriptSharp.Ops;
using TorchScriptSharp.Syntax;
using TorchScriptSharp.Types;

namespace TorchScriptSharp.IR;

/// An operation in a block: a kind (`aten::add`, `prim::If`), ordered inputs and outputs, nested blocks
/// and attributes. Nodes of a block form a doubly linked list between the block's param and return nodes.
public sealed class Node
{
    readonly List<Value> _inputs = new();
    readonly List<Value> _outputs = new();
    readonly List<Block> _blocks = new();

    internal Node(Graph graph, string kind)
    {
        Graph = graph;
        Kind = kind;
    }

    public Graph Graph { get; }
    public string Kind { get; }
    public IReadOnlyList<Value> Inputs => _inputs;
    public IReadOnlyList<Value> Outputs => _outputs;
    public IReadOnlyList<Block> Blocks => _blocks;
    public Attributes Attributes { get; } = new();
    public SourceRange? Range { get; set; }
    /// The operator schema this node was matched against (aten/prim ops), when known.
    public FunctionSchema? Schema { get; set; }

    public Block? Owner { get; internal set; }
    public Node? Prev { get; internal set; }
    public Node? Next { get; internal set; }

    public Value Output => _outputs.Count == 1 ? _outputs[0] : throw new InvalidOperationException($"{Kind} has {_outputs.Count} outputs");
    public Value Input(int i) => _inputs[i];
    public bool InBlockList => Owner != null && Prev != null;

    public Value AddInput(Value v)
    {
        v.Uses.Add(new Use(this, _inputs.Count));
        _inputs.Add(v);
        return v;
    }

    public void InsertInput(int index, Value v)
    {
        for (int i = index; i < _inputs.Count; i++) ShiftUse(_inputs[i], i, i + 1);
        _inputs.Insert(index, v);
        v.Uses.Add(new Use(this, index));
    }

    public void ReplaceInput(int index, Value v)
    {
        var old = _inputs[index];
        old.Uses.Remove(new Use(this, index));
        _inputs[index] = v;
        v.Uses.Add(new Use(this, index));
    }

    public void RemoveInput(int index)
    {
        _inputs[index].Uses.Remove(new Use(this, index));
        for (int i = index + 1; i < _inputs.Count; i++) ShiftUse(_inputs[i], i, i - 1);
        _inputs.RemoveAt(index);
    }

    public void RemoveAllInputs()
    {
        for (int i = _inputs.Count - 1; i >= 0; i--) RemoveInput(i);
    }

    void ShiftUse(Value v, int from, int to)
    {
        int k = v.Uses.IndexOf(new Use(this, from));
        v.Uses[k] = new Use(this, to);
    }

    public Value AddOutput(TorchType? type = null)
    {
        var v = new Value(this, _outputs.Count, Graph.NextUnique(), type ?? TorchType.Tensor);
        _outputs.Add(v);
        return v;
    }

    public Value InsertOutput(int index, TorchType type)
    {
        var v = new Value(this, index, Graph.NextUnique(), type);
        _outputs.Insert(index, v);
        for (int i = index + 1; i < _outputs.Count; i++) _outputs[i].Offset = i;
        return v;
    }

    /// Reorders the outputs: new position i holds the output that was at <paramref name="order"/>[i].
    public void PermuteOutputs(IReadOnlyList<int> order)
    {
        var old = _outputs.ToList();
        for (int i = 0; i < order.Count; i++)
        {
            _outputs[i] = old[order[i]];
            _outputs[i].Offset = i;
        }
    }

    public void EraseOutput(int index)
    {
        var v = _outputs[index];
        if (v.Uses.Count > 0) throw new InvalidOperationException($"erasing output {v} of {Kind} that still has uses");
        Graph.Names.Forget(v);
        _outputs.RemoveAt(index);
        for (int i = index; i < _outputs.Count; i++) _outputs[i].Offset = i;
    }

    public Block AddBlock()
    {
        var b = new Block(Graph, this);
        _blocks.Add(b);
        return b;
    }

    public void EraseBlock(int index)
    {
        _blocks[index].Destroy();
        _blocks.RemoveAt(index);
    }

    public Node InsertBefore(Node n)
    {
        if (n.Owner == null) throw new InvalidOperationException("node is not in a block");
        Link(n.Prev!, n, n.Owner);
        return this;
    }

    public Node InsertAfter(Node n)
    {
        if (n.Owner == null) throw new InvalidOperationException("node is not in a block");
        Link(n, n.Next!, n.Owner);
        return this;
    }

    void Link(Node prev, Node next, Block owner)
    {
        if (InBlockList) throw new InvalidOperationException($"{Kind} is already in a block");
        Prev = prev; Next = next; Owner = owner;
        prev.Next = this; next.Prev = this;
    }

    public void MoveBefore(Node n) { RemoveFromList(); InsertBefore(n); }
    public void MoveAfter(Node n) { RemoveFromList(); InsertAfter(n); }

    public void RemoveFromList()
    {
        if (Prev == null || Next == null) return;
        Prev.Next = Next; Next.Prev = Prev;
        Prev = Next = null; Owner = null;
    }

    /// Removes the node, its inputs' uses and its blocks. Its outputs must be unused.
    public void Destroy()
    {
        foreach (var o in _outputs)
            if (o.Uses.Count > 0) throw new InvalidOperationException($"destroying {Kind} whose output {o} is still used");
        for (int i = _blocks.Count - 1; i >= 0; i--) EraseBlock(i);
        RemoveAllInputs();
        foreach (var o in _outputs) Graph.Names.Forget(o);
        RemoveFromList();
    }

    /// True when this node comes before <paramref name="other"/> in program order (both in one graph).
    public bool IsBefore(Node other) => Ordering.IsBefore(this, other);

    public bool HasSideEffects => Kind is "prim::Print" or "prim::RaiseException" or "aten::warn" or "prim::SetAttr"
        or "prim::CallFunction" or "prim::CallMethod" or "prim::PythonOp" or "prim::Enter" or "prim::Exit" or "prim::Store"
        or "prim::ReturnStmt" or "prim::BreakStmt" or "prim::ContinueStmt" or "prim::LoopContinuation" or "prim::Drop";

    public override string ToString() => Kind;
}
