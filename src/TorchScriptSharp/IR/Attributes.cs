namespace TorchScriptSharp.IR;

/// A node's named attributes in insertion order. Values are long, double, string, bool, IValue,
/// TorchType, Graph or lists of those; the graph printer knows how to show each.
public sealed class Attributes
{
    readonly List<KeyValuePair<string, object>> _items = new();

    public IReadOnlyList<KeyValuePair<string, object>> Items => _items;
    public int Count => _items.Count;

    public object? this[string name]
    {
        get => _items.FirstOrDefault(p => p.Key == name).Value;
        set
        {
            int i = _items.FindIndex(p => p.Key == name);
            if (value == null) { if (i >= 0) _items.RemoveAt(i); return; }
            if (i >= 0) _items[i] = new(name, value); else _items.Add(new(name, value));
        }
    }

    public bool Has(string name) => _items.Any(p => p.Key == name);
    public string GetString(string name) => (string)this[name]!;
    public long GetInt(string name) => (long)this[name]!;
}
