using TorchScriptSharp.Types;

namespace TorchScriptSharp.Runtime;

/// An instance of a TorchScript class: its class type and one slot per attribute. Held in IValues
/// with tag Object, by reference (mutations are visible through every alias, as in Python).
public sealed class ScriptObject
{
    public ScriptObject(ClassType type)
    {
        Type = type;
        Slots = new IValue[Math.Max(type.Attributes.Count, 0)];
        for (int i = 0; i < Slots.Length; i++) Slots[i] = IValue.Uninitialized;
    }

    public ClassType Type { get; }
    public IValue[] Slots { get; private set; }

    /// A slot the object was created without (the class grew later) reads as uninitialized.
    public IValue GetAttr(int slot) => slot < Slots.Length ? Slots[slot] : IValue.Uninitialized;

    public void SetAttr(int slot, IValue value)
    {
        if (slot >= Slots.Length) // attributes can be added while __init__ is being compiled
        {
            var grown = new IValue[Type.Attributes.Count];
            Array.Copy(Slots, grown, Slots.Length);
            for (int i = Slots.Length; i < grown.Length; i++) grown[i] = IValue.Uninitialized;
            Slots = grown;
        }
        Slots[slot] = value;
    }

    public IValue GetAttr(string name) => GetAttr(SlotOf(name));
    public void SetAttr(string name, IValue value) => SetAttr(SlotOf(name), value);

    int SlotOf(string name) => Type.AttributeSlot(name) is var i and >= 0 ? i
        : throw new KeyError($"'{Type.Name}' object has no attribute '{name}'");

    sealed class KeyError(string message) : Exception(message);

    public override string ToString() => $"<{Type.QualifiedName} object>";
}

/// An enum member value at run time (`Color.RED`): its type, name and underlying value.
public sealed record ScriptEnumValue(EnumType Type, string Name, IValue Value)
{
    static readonly System.Runtime.CompilerServices.ConditionalWeakTable<EnumType, System.Collections.Concurrent.ConcurrentDictionary<string, ScriptEnumValue>> s_members = new();

    /// The one instance of this member: IValues hold only canonical members, so `is` (identity),
    /// `==` and dict keys all agree, however many constants the compiler made for `Color.RED`.
    public static ScriptEnumValue Canonical(ScriptEnumValue v) =>
        s_members.GetValue(v.Type, _ => new()).GetOrAdd(v.Name, v);

    /// The member named <paramref name="name"/> of <paramref name="type"/>, as an IValue.
    public static IValue Member(EnumType type, string name)
    {
        foreach (var (n, value) in type.Members)
            if (n == name) return IValue.FromEnum(new ScriptEnumValue(type, n, ValueOf(value)));
        throw new KeyNotFoundException($"{type.QualifiedName} has no member {name}");
    }

    /// Enum values are int, float or str constants (EnumType keeps them untyped, below Runtime).
    static IValue ValueOf(object value) => value switch
    {
        IValue v => v,
        long l => IValue.FromInt(l),
        int i => IValue.FromInt(i),
        double d => IValue.FromDouble(d),
        float f => IValue.FromDouble(f),
        string s => IValue.FromString(s),
        _ => IValue.FromGeneric(value),
    };

    public override string ToString() => $"{Type.QualifiedName[(Type.QualifiedName.LastIndexOf('.') + 1)..]}.{Name}";
}
