using TorchScriptSharp.Runtime;
using TorchScriptSharp.Types;

namespace TorchScriptSharp.IR;

/// One use of a value: the node that reads it and at which input position.
public readonly record struct Use(Node User, int Index);

/// An SSA value: the output of exactly one node (block parameters are outputs of the block's param node).
public sealed class Value
{
    internal Value(Node node, int offset, int unique, TorchType type)
    {
        Node = node;
        Offset = offset;
        Unique = unique;
        Type = type;
    }

    public Node Node { get; internal set; }
    public int Offset { get; internal set; }
    /// Graph-wide number, used as the printed name when the value has no debug name.
    public int Unique { get; internal set; }
    public TorchType Type { get; set; }
    /// A traced value's type as PyTorch's tracer shows it in `.graph` (complete tensor types such as
    /// `Float(2, 3, strides=[3, 1], requires_grad=0, device=cpu)`); printing only, null elsewhere.
    public string? TracedType { get; set; }
    public string? DebugName { get; private set; }
    public List<Use> Uses { get; } = new();
    public Graph Graph => Node.Graph;

    /// The printed name: the debug name, or the unique number.
    public string DisplayName => DebugName ?? Unique.ToString();

    public bool HasDebugName => DebugName != null;

    /// What a `prim::Constant` output holds (None when the node has no value attribute), or null
    /// when the value is not a constant.
    public IValue? Constant => Node.Kind == "prim::Constant" ? (Node.Attributes["value"] is IValue iv ? iv : IValue.None) : (IValue?)null;

    /// Names the value the way PyTorch does: if another value already owns the name, that one is
    /// renamed `base.K` (this is where the `%x.1` suffixes in printed graphs come from).
    public Value SetDebugName(string? name)
    {
        Graph.Names.Rename(this, name);
        return this;
    }

    internal void SetDebugNameRaw(string? name) => DebugName = name;

    public void ReplaceAllUsesWith(Value other)
    {
        foreach (var use in Uses.ToList()) use.User.ReplaceInput(use.Index, other);
    }

    /// Copies debug name and type information from another value (used when a pass replaces a value).
    public Value CopyMetadata(Value from)
    {
        Type = from.Type;
        if (from.HasDebugName) SetDebugName(from.DebugName);
        return this;
    }

    public override string ToString() => "%" + DisplayName;
}
