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

    public IValue GetAttr(int slot) => Slots[slot];

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
    public override string ToString() => $"{Type.QualifiedName[(Type.QualifiedName.LastIndexOf('.') + 1)..]}.{Name}";
}
