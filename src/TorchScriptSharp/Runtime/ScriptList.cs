using TorchScriptSharp.Types;

namespace TorchScriptSharp.Runtime;

/// A TorchScript list: mutable, shared by reference, with a static element type.
public sealed class ScriptList
{
    public ScriptList(TorchType elementType, List<IValue>? items = null)
    {
        ElementType = elementType;
        Items = items ?? new List<IValue>();
    }

    public TorchType ElementType { get; }
    public List<IValue> Items { get; }
    public int Count => Items.Count;
    public IValue this[int i] { get => Items[i]; set => Items[i] = value; }
}

/// A TorchScript tuple: immutable elements, optionally a NamedTuple type.
public sealed class ScriptTuple
{
    public ScriptTuple(IValue[] elements, TupleType? type = null) { Elements = elements; Type = type; }
    public IValue[] Elements { get; }
    public TupleType? Type { get; }
    public int Count => Elements.Length;
    public IValue this[int i] => Elements[i];
}

/// A TorchScript dict: insertion-ordered like Python's, keys compared with Python equality.
public sealed class ScriptDict
{
    readonly Dictionary<IValue, int> _index = new();
    readonly List<KeyValuePair<IValue, IValue>?> _entries = new();
    int _removed;

    public ScriptDict(TorchType keyType, TorchType valueType) { KeyType = keyType; ValueType = valueType; }

    public TorchType KeyType { get; }
    public TorchType ValueType { get; }
    public int Count => _index.Count;

    public bool TryGetValue(IValue key, out IValue value)
    {
        if (_index.TryGetValue(key, out int i)) { value = _entries[i]!.Value.Value; return true; }
        value = default;
        return false;
    }

    public bool ContainsKey(IValue key) => _index.ContainsKey(key);

    public void Set(IValue key, IValue value)
    {
        if (_index.TryGetValue(key, out int i)) _entries[i] = new(_entries[i]!.Value.Key, value);
        else { _index[key] = _entries.Count; _entries.Add(new(key, value)); }
    }

    public bool Remove(IValue key)
    {
        if (!_index.Remove(key, out int i)) return false;
        _entries[i] = null;
        if (++_removed > 32 && _removed > _entries.Count / 2) Compact();
        return true;
    }

    public void Clear() { _index.Clear(); _entries.Clear(); _removed = 0; }

    public IEnumerable<KeyValuePair<IValue, IValue>> Entries
    {
        get { foreach (var e in _entries) if (e.HasValue) yield return e.Value; }
    }

    void Compact()
    {
        var live = Entries.ToList();
        Clear();
        foreach (var e in live) Set(e.Key, e.Value);
    }
}
