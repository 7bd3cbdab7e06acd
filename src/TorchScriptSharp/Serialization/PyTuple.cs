using System.Collections;

namespace TorchScriptSharp.Serialization;

/// A Python tuple: immutable, compared and hashed by value so it can be a dict key.
/// The hash and the tuple-nesting depth are computed once at construction; this keeps hashing
/// O(1) and lets the reader refuse absurdly nested keys before anything recurses over them.
public sealed class PyTuple : IReadOnlyList<object?>, IEquatable<PyTuple>
{
    public static readonly PyTuple Empty = new();

    private readonly object?[] _items;
    private int? _hash;

    public PyTuple(params object?[] items)
    {
        _items = (object?[])items.Clone();
        int depth = 0;
        foreach (var item in _items)
            if (item is PyTuple t && t.TupleDepth > depth) depth = t.TupleDepth;
        TupleDepth = depth + 1;
    }

    public PyTuple(IEnumerable<object?> items) : this(items.ToArray()) { }

    /// Nesting depth counting only tuples (a tuple of scalars has depth 1).
    internal int TupleDepth { get; }

    public object? this[int index] => _items[index];
    public int Count => _items.Length;
    public IEnumerator<object?> GetEnumerator() => ((IEnumerable<object?>)_items).GetEnumerator();
    IEnumerator IEnumerable.GetEnumerator() => _items.GetEnumerator();

    public bool Equals(PyTuple? other)
    {
        if (other is null || other.Count != Count) return false;
        if (ReferenceEquals(this, other)) return true;
        if (GetHashCode() != other.GetHashCode()) return false;
        for (int i = 0; i < _items.Length; i++)
            if (!PyKeyComparer.Instance.Equals(_items[i], other._items[i])) return false;
        return true;
    }

    public override bool Equals(object? obj) => obj is PyTuple t && Equals(t);

    public override int GetHashCode()
    {
        if (_hash is int h) return h;
        var hc = new HashCode();
        foreach (var item in _items) hc.Add(PyKeyComparer.Instance.GetHashCode(item));
        _hash = hc.ToHashCode();
        return _hash.Value;
    }

    public override string ToString() => PyRepr.Of(this);
}
