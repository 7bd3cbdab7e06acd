using System.Collections;

namespace TorchScriptSharp.Serialization;

/// A Python dict or collections.OrderedDict: keys keep insertion order (as in Python 3.7+),
/// re-assigning a key keeps its position. Keys follow Python equality (see PyKeyComparer).
public sealed class PyDict : IEnumerable<KeyValuePair<object?, object?>>
{
    // Dictionary keys cannot be null, but None is a valid Python key.
    private static readonly object NoneKey = new();

    private readonly List<KeyValuePair<object?, object?>> _entries = new();
    private readonly Dictionary<object, int> _index = new(new NonNullComparer());

    public PyDict(bool isOrdered = false) => IsOrdered = isOrdered;

    /// True for collections.OrderedDict (state_dicts); the writer then emits an OrderedDict.
    public bool IsOrdered { get; set; }

    /// Python attributes set on the object by pickle BUILD; torch.save stores a state_dict's
    /// `_metadata` (per-module versions read by load_state_dict) this way. Null when none.
    public PyDict? Attributes { get; set; }

    public int Count => _entries.Count;
    public IEnumerable<object?> Keys => _entries.Select(e => e.Key);
    public IEnumerable<object?> Values => _entries.Select(e => e.Value);

    public object? this[object? key]
    {
        get => TryGetValue(key, out var v) ? v : throw new KeyNotFoundException($"key {PyRepr.Of(key)} not in dict");
        set
        {
            var k = key ?? NoneKey;
            if (_index.TryGetValue(k, out int i)) _entries[i] = new(_entries[i].Key, value);
            else { _index.Add(k, _entries.Count); _entries.Add(new(key, value)); }
        }
    }

    public void Add(object? key, object? value)
    {
        if (ContainsKey(key)) throw new ArgumentException($"duplicate key {PyRepr.Of(key)}");
        this[key] = value;
    }

    public bool ContainsKey(object? key) => _index.ContainsKey(key ?? NoneKey);

    public bool TryGetValue(object? key, out object? value)
    {
        if (_index.TryGetValue(key ?? NoneKey, out int i)) { value = _entries[i].Value; return true; }
        value = null;
        return false;
    }

    public IEnumerator<KeyValuePair<object?, object?>> GetEnumerator() => _entries.GetEnumerator();
    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    public override string ToString() => PyRepr.Of(this);

    private sealed class NonNullComparer : IEqualityComparer<object>
    {
        public new bool Equals(object? a, object? b) =>
            ReferenceEquals(a, b) || (a != NoneKey && b != NoneKey && PyKeyComparer.Instance.Equals(a, b));
        public int GetHashCode(object o) => o == NoneKey ? 0x5bd1e995 : PyKeyComparer.Instance.GetHashCode(o);
    }
}
