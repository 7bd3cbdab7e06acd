using TorchScriptSharp.Types;

namespace TorchScriptSharp.IR;

/// An ordered list of nodes between a param node (whose outputs are the block's inputs) and a return
/// node (whose inputs are the block's outputs). If has two blocks, Loop one.
public sealed class Block
{
    internal Block(Graph graph, Node? owningNode)
    {
        Graph = graph;
        OwningNode = owningNode;
        ParamNode = new Node(graph, "prim::Param");
        ReturnNode = new Node(graph, "prim::Return");
        ParamNode.Owner = this; ReturnNode.Owner = this;
        ParamNode.Next = ReturnNode; ReturnNode.Prev = ParamNode;
    }

    public Graph Graph { get; }
    public Node? OwningNode { get; }
    public Node ParamNode { get; }
    public Node ReturnNode { get; }

    public IReadOnlyList<Value> Inputs => ParamNode.Outputs;
    public IReadOnlyList<Value> Outputs => ReturnNode.Inputs;

    public IEnumerable<Node> Nodes
    {
        get
        {
            for (var n = ParamNode.Next!; n != ReturnNode; )
            {
                var next = n.Next!; // allow the current node to be destroyed while iterating
                yield return n;
                n = next;
            }
        }
    }

    public IEnumerable<Node> NodesReversed
    {
        get
        {
            for (var n = ReturnNode.Prev!; n != ParamNode; )
            {
                var prev = n.Prev!;
                yield return n;
                n = prev;
            }
        }
    }

    public Value AddInput(TorchType type, string? name = null)
    {
        var v = ParamNode.AddOutput(type);
        if (name != null) v.SetDebugName(name);
        return v;
    }

    public Value InsertInput(int index, TorchType type, string? name = null)
    {
        var v = ParamNode.InsertOutput(index, type);
        if (name != null) v.SetDebugName(name);
        return v;
    }

    public void EraseInput(int index) => ParamNode.EraseOutput(index);

    public void RegisterOutput(Value v) => ReturnNode.AddInput(v);
    public void InsertOutput(int index, Value v) => ReturnNode.InsertInput(index, v);
    public void EraseOutput(int index) => ReturnNode.RemoveInput(index);

    public Node Append(Node n) => n.InsertBefore(ReturnNode);
    public Node Prepend(Node n) => n.InsertAfter(ParamNode);

    internal void Destroy()
    {
        ReturnNode.RemoveAllInputs();
        foreach (var n in NodesReversed.ToList())
        {
            foreach (var o in n.Outputs) o.Uses.Clear();
            n.Destroy();
        }
        foreach (var o in ParamNode.Outputs) Graph.Names.Forget(o);
    }
}
