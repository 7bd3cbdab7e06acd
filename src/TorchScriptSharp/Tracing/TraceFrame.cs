using TorchScriptSharp.IR;
using TorchScriptSharp.Runtime;
using TorchScriptSharp.Types;
using TorchSharp;

namespace TorchScriptSharp.Tracing;

/// One graph being recorded: a traced function, or the `forward` of one traced module. Tensors map
/// to the values that produced them by object identity (what the tracer records is which tensor
/// flowed where, not what it held). A module frame reads the module's parameters, buffers and
/// submodules through `prim::GetAttr` chains from `self`, inserted at the top of the graph on first
/// use as PyTorch's tracer does (so the last attribute first used is printed first).
sealed class TraceFrame
{
    readonly Dictionary<torch.Tensor, Value> _values = new(ReferenceEqualityComparer.Instance);
    readonly Dictionary<object, Value> _attributes = new(ReferenceEqualityComparer.Instance);

    public TraceFrame(Graph graph, TracedModuleBuilder.Node? module, Value? self)
    {
        Graph = graph;
        Module = module;
        Self = self;
    }

    public Graph Graph { get; }
    /// The module whose forward this frame records; null for a traced function.
    public TracedModuleBuilder.Node? Module { get; }
    public Value? Self { get; }

    /// For a frame's inputs: the value of the calling frame they stand for (names flow back to it).
    public Dictionary<Value, Value> Sources { get; } = new();

    public bool TryGet(torch.Tensor t, out Value value) => _values.TryGetValue(t, out value!);
    public void Set(torch.Tensor t, Value value) => _values[t] = value;

    /// The value of a tensor the module owns (a parameter or buffer, at any depth), or of a submodule.
    public Value? Attribute(object owned)
    {
        if (_attributes.TryGetValue(owned, out var v)) return v;
        if (Module == null || Self == null || Module.PathTo(owned) is not { } path) return null;
        var first = Graph.Block.Nodes.FirstOrDefault() ?? Graph.Block.ReturnNode;
        Value current = Self;
        var owner = Module;
        foreach (var name in path)
        {
            var get = Graph.Create("prim::GetAttr", new[] { current });
            get.Attributes["name"] = name;
            get.InsertBefore(first);
            var child = owner.Child(name);
            get.Output.Type = child != null ? child.Type : TorchType.Tensor;
            get.Output.SetDebugName(DebugNames.ForAttribute(name));
            current = get.Output;
            if (child != null) owner = child;
        }
        _attributes[owned] = current;
        return current;
    }
}
