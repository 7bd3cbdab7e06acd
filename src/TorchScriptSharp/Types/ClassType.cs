namespace TorchScriptSharp.Types;

/// A TorchScript class (`@torch.jit.script class Point:`), later also modules: a qualified name,
/// typed attribute slots in declaration order, and methods by name. Class types are nominal:
/// two classes are equal only when they are the same object.
public sealed class ClassType : TorchType
{
    readonly List<(string Name, TorchType Type)> _attributes = new();
    readonly Dictionary<string, object> _methods = new();

    public ClassType(string qualifiedName, bool isModule = false)
    {
        QualifiedName = qualifiedName;
        IsModule = isModule;
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

    public override string Str() => QualifiedName;
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
