namespace TorchScriptSharp.Types;

/// torch.nn's containers, which scripted code iterates by unrolling and indexes with literals: an
/// indexable sequence (ModuleList, Sequential, ParameterList) or a keyed mapping (ModuleDict, ParameterDict).
public enum ModuleContainerKind { None, List, Dict, ParameterList, ParameterDict }

/// A TorchScript class (`@torch.jit.script class Point:`), later also modules: a qualified name,
/// typed attribute slots in declaration order, and methods by name. Class types are nominal:
/// two classes are equal only when they are the same object.
public sealed class ClassType : TorchType
{
    readonly List<(string Name, TorchType Type)> _attributes = new();
    readonly Dictionary<string, object> _methods = new();

    public ClassType(string qualifiedName, bool isModule = false, bool isInterface = false)
    {
        QualifiedName = qualifiedName;
        IsModule = isModule;
        IsInterface = isInterface;
    }

    /// Module constants (`__constants__`, `Final`): name → runtime value (a Runtime.IValue, boxed so
    /// Types stays below Runtime). Compiled code inlines them.
    public Dictionary<string, object> Constants { get; } = new();

    /// Module attributes holding a plain function (`self.activation = F.relu`): name → the unit that
    /// defines it (the compiler's, as object) and its name there, or no unit and an operator
    /// (`F.gelu` is aten::gelu). Calls compile to that function.
    public Dictionary<string, (object? Unit, string Function)> FunctionAttributes { get; } = new();

    /// A module's forward pre-hooks and forward hooks (the compiler's functions, as objects), in
    /// registration order: calling the module runs them around `forward`, as PyTorch's scripted hooks.
    public List<object> ForwardPreHooks { get; } = new();
    public List<object> ForwardHooks { get; } = new();
    /// For a module type: whether its class is (or derives from) one of torch.nn's module containers,
    /// as PyTorch decides by isinstance. A user `class Block(nn.Sequential)` iterates like Sequential.
    public ModuleContainerKind Container { get; init; }

    /// Which of a module's attributes are parameters and which buffers (PyTorch's is_parameter /
    /// is_buffer flags).
    public HashSet<string> ParameterNames { get; } = new();
    public HashSet<string> BufferNames { get; } = new();

    /// The compilation unit that defines the class (the compiler's; kept as object so Types stays low).
    public object? Owner { get; set; }

    /// `@torch.jit.interface`: only method signatures; any class with those methods is a subtype.
    public bool IsInterface { get; }
    /// Method signatures by name (parameter types after self, return type), supplied by the compiler
    /// lazily so interface conformance can be checked without compiling method bodies first.
    public Func<string, (IReadOnlyList<TorchType> Parameters, TorchType Return)?>? MethodSignature { get; set; }
    public IReadOnlyList<string> DeclaredMethodNames { get; set; } = Array.Empty<string>();

    /// A class conforms to an interface when it has every interface method with the same parameter
    /// types and a return type that is a subtype.
    public bool Implements(ClassType iface)
    {
        foreach (var name in iface.DeclaredMethodNames)
        {
            var want = iface.MethodSignature?.Invoke(name);
            var have = MethodSignature?.Invoke(name);
            if (want is null || have is null) return false;
            var (wp, wr) = want.Value;
            var (hp, hr) = have.Value;
            if (wp.Count != hp.Count || !wp.Zip(hp).All(p => p.First == p.Second) || !hr.IsSubtypeOf(wr)) return false;
        }
        return true;
    }

    /// e.g. `__torch__.Point`.
    public string QualifiedName { get; }
    public bool IsModule { get; }
    public string Name => QualifiedName[(QualifiedName.LastIndexOf('.') + 1)..];

    public IReadOnlyList<(string Name, TorchType Type)> Attributes => _attributes;

    public int AttributeSlot(string name) => _attributes.FindIndex(a => a.Name == name);
    public TorchType? AttributeType(string name) => AttributeSlot(name) is var i and >= 0 ? _attributes[i].Type : null;

    public int AddAttribute(string name, TorchType type)
    {
        if (AttributeSlot(name) >= 0) throw new InvalidOperationException($"attribute {name} already exists on {QualifiedName}");
        _attributes.Add((name, type));
        return _attributes.Count - 1;
    }

    /// Methods are Runtime.GraphFunction objects; kept as object so Types stays below Runtime.
    public object? Method(string name) => _methods.TryGetValue(name, out var m) ? m : null;
    public void AddMethod(string name, object function) => _methods[name] = function;
    public IEnumerable<string> MethodNames => _methods.Keys;

    public override string Str() => IsInterface ? $"InterfaceType<{Name}>" : QualifiedName;
    public override string AnnotationStr() => QualifiedName;
    protected override bool StructurallyEquals(TorchType other) => false;
    public override int GetHashCode() => System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(this);
}

/// An enum class (`class Color(Enum): RED = 1`): a qualified name and its named constant values.
public sealed class EnumType : TorchType
{
    public EnumType(string qualifiedName, TorchType valueType, IReadOnlyList<(string Name, object Value)> members)
    {
        QualifiedName = qualifiedName;
        ValueType = valueType;
        Members = members;
    }

    public string QualifiedName { get; }
    public TorchType ValueType { get; }
    public IReadOnlyList<(string Name, object Value)> Members { get; }
    public override string Str() => $"Enum<{QualifiedName}>";
    public override string AnnotationStr() => QualifiedName;
    protected override bool StructurallyEquals(TorchType other) => false;
    public override int GetHashCode() => System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(this);
}
