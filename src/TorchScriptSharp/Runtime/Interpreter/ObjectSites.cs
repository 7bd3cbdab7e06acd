using TorchScriptSharp.Types;

namespace TorchScriptSharp.Runtime;

/// `o.name` at one place in the code: the slot is resolved once from the static class of `o`, and
/// again by name only when the object turns out to be of another class (an interface-typed value, or
/// a graph that was built without class types).
sealed class AttributeSite
{
    public AttributeSite(string name, TorchType staticType)
    {
        Name = name;
        StaticClass = staticType as ClassType;
        StaticSlot = StaticClass?.AttributeSlot(name) ?? -1;
    }

    public string Name { get; }
    public ClassType? StaticClass { get; }
    public int StaticSlot { get; }

    public override string ToString() => Name;

    public int SlotOf(ScriptObject o)
    {
        if (StaticSlot >= 0 && ReferenceEquals(o.Type, StaticClass)) return StaticSlot;
        int slot = o.Type.AttributeSlot(Name);
        return slot >= 0 ? slot : throw PythonError.Runtime($"'{o.Type.Name}' object has no attribute '{Name}'");
    }

    /// The object an attribute access applies to; None and non-objects fail with Python's wording.
    public ScriptObject Target(in IValue v) => v.Reference as ScriptObject
        ?? throw PythonError.Runtime($"'{RuntimeTypeName(v)}' object has no attribute '{Name}'");

    public static string RuntimeTypeName(in IValue v) => v.Tag switch
    {
        IValueTag.None => "NoneType",
        IValueTag.Int => "int",
        IValueTag.Double => "float",
        IValueTag.Bool => "bool",
        IValueTag.String => "str",
        IValueTag.Tensor => "Tensor",
        IValueTag.List => "list",
        IValueTag.Tuple => "tuple",
        IValueTag.Dict => "dict",
        IValueTag.Object when v.Reference is ScriptObject o => o.Type.Name,
        IValueTag.Enum => v.ToEnum().Type.QualifiedName[(v.ToEnum().Type.QualifiedName.LastIndexOf('.') + 1)..],
        _ => v.Tag.ToString(),
    };
}

/// `o.name(...)` at one place in the code (prim::CallMethod, and the implicit `__enter__`/`__exit__`
/// calls of a with-statement). The method is looked up on the class of the object at run time, so a
/// call through an interface reaches the implementation; the last class seen is cached, since almost
/// every call site only ever sees one.
sealed class MethodSite
{
    public enum Kind : byte { Call, Enter, Exit }

    sealed record Resolved(ClassType Class, GraphFunction Function);
    volatile Resolved? _last; // one reference: threads sharing the code read a consistent pair

    public MethodSite(string name, Kind kind = Kind.Call) { Name = name; CallKind = kind; }

    public string Name { get; }
    public Kind CallKind { get; }

    public GraphFunction Resolve(in IValue self)
    {
        if (self.Reference is not ScriptObject o)
            throw PythonError.Runtime(self.IsNone
                ? $"cannot call method '{Name}' on None"
                : $"'{AttributeSite.RuntimeTypeName(self)}' object has no method '{Name}'");
        var last = _last;
        if (last != null && ReferenceEquals(last.Class, o.Type)) return last.Function;
        var fn = o.Type.Method(Name) as GraphFunction
            ?? throw PythonError.Runtime($"'{o.Type.Name}' object has no method '{Name}'");
        _last = new Resolved(o.Type, fn);
        return fn;
    }

    public override string ToString() => Name;
}
