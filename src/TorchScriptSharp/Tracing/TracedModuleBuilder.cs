using TorchScriptSharp.Eager;
using TorchScriptSharp.Runtime;
using TorchScriptSharp.Types;
using TorchSharp;

namespace TorchScriptSharp.Tracing;

/// The script objects of a traced module tree. A traced module keeps what tracing needs of the eager
/// instance: `training`, its parameters and buffers (the same tensors, so the eager module's
/// load_state_dict reaches them) and its submodules. Its type is never shared (PyTorch poisons traced
/// types), so each instance claims its own, possibly mangled, qualified name.
sealed class TracedModuleBuilder
{
    readonly TypeNameRegistry _names;

    public TracedModuleBuilder(TypeNameRegistry names) => _names = names;

    /// One module of the tree: its eager instance, type and script object.
    public sealed class Node
    {
        internal Node(PyInstance instance, ScriptObject obj, Dictionary<string, Node> children)
        {
            Instance = instance;
            Object = obj;
            Children = children;
        }

        public PyInstance Instance { get; }
        public ScriptObject Object { get; }
        public ClassType Type => Object.Type;
        public Dictionary<string, Node> Children { get; }
        /// Already a script module when tracing started: calls to it are recorded, not traced into.
        public bool WasScripted { get; init; }

        public Node? Child(string name) => Children.TryGetValue(name, out var c) ? c : null;

        /// The attribute names leading from this module to a parameter, buffer or submodule.
        public string[]? PathTo(object owned)
        {
            var state = Instance.Module!;
            foreach (var (k, v) in state.Parameters) if (ReferenceEquals(v, owned)) return new[] { (string)k! };
            foreach (var (k, v) in state.Buffers) if (ReferenceEquals(v, owned)) return new[] { (string)k! };
            foreach (var (name, child) in Children)
            {
                if (ReferenceEquals(child.Instance, owned)) return new[] { name };
                if (child.PathTo(owned) is { } rest) return rest.Prepend(name).ToArray();
            }
            return null;
        }

        /// The node of a submodule instance anywhere below this one.
        public Node? Find(PyInstance instance)
        {
            if (ReferenceEquals(Instance, instance)) return this;
            foreach (var c in Children.Values) if (c.Find(instance) is { } found) return found;
            return null;
        }
    }

    public Node Build(PyInstance module)
    {
        if (module.Script is ScriptObject existing)
            return new Node(module, existing, new()) { WasScripted = true };
        var state = module.Module ?? throw new ArgumentException($"{module} is not an nn.Module");
        var children = new Dictionary<string, Node>();
        foreach (var (k, v) in state.Modules) if (v is PyInstance child) children[(string)k!] = Build(child);
        var type = new ClassType(QualifiedName(module.Class), isModule: true);
        var values = new List<IValue>();
        type.AddAttribute("training", TorchType.Bool);
        values.Add(IValue.FromBool(module.Dict.TryGetValue("training", out var t) && t is true));
        foreach (var (k, v) in state.Parameters.Concat(state.Buffers))
        {
            type.AddAttribute((string)k!, v == null ? TorchType.None : TorchType.Tensor);
            values.Add(v is torch.Tensor tensor ? IValue.FromTensor(tensor) : IValue.None);
        }
        foreach (var (k, _) in state.Parameters) type.ParameterNames.Add((string)k!);
        foreach (var (k, _) in state.Buffers) type.BufferNames.Add((string)k!);
        foreach (var (name, child) in children)
        {
            type.AddAttribute(name, child.Type);
            values.Add(IValue.FromObject(child.Object));
        }
        var obj = new ScriptObject(type);
        for (int i = 0; i < values.Count; i++) obj.SetAttr(i, values[i]);
        return new Node(module, obj, children);
    }

    string QualifiedName(PyClass cls) => _names.Claim(cls.Module, cls.QualName);
}
