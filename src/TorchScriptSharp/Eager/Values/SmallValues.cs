using System.Collections;
using TorchScriptSharp.Serialization;

namespace TorchScriptSharp.Eager;

/// `...`
public sealed class PyEllipsis
{
    public static readonly PyEllipsis Instance = new();
    PyEllipsis() { }
    public override string ToString() => "Ellipsis";
}

/// `NotImplemented`, returned by binary dunder methods that decline an operand.
public sealed class PyNotImplemented
{
    public static readonly PyNotImplemented Instance = new();
    PyNotImplemented() { }
    public override string ToString() => "NotImplemented";
}

/// `a:b:c` (and `slice(a, b, c)`); parts are null when omitted.
public sealed record PySlice(object? Start, object? Stop, object? Step)
{
    /// Python's slice.indices(len): clamped start, stop and step for a sequence of that length.
    public (long Start, long Stop, long Step) Indices(long length)
    {
        long step = Step is null ? 1 : PyConvert.ToIndex(Step);
        if (step == 0) throw new PythonException(BuiltinTypes.ValueError, "slice step cannot be zero");
        long lower = step < 0 ? -1 : 0, upper = step < 0 ? length - 1 : length;
        long Clamp(object? v, long dflt)
        {
            if (v is null) return dflt;
            long i = PyConvert.ToIndex(v);
            if (i < 0) { i += length; if (i < lower) i = lower; }
            else if (i > upper) i = upper;
            return i;
        }
        return (Clamp(Start, step < 0 ? upper : lower), Clamp(Stop, step < 0 ? lower : upper), step);
    }

    public IEnumerable<long> Positions(long length)
    {
        var (start, stop, step) = Indices(length);
        if (step > 0) for (long i = start; i < stop; i += step) yield return i;
        else for (long i = start; i > stop; i += step) yield return i;
    }
}

/// `range(start, stop, step)`: lazy, indexable, with len.
public sealed class PyRange : IEnumerable<object?>
{
    public PyRange(long start, long stop, long step)
    {
        if (step == 0) throw new PythonException(BuiltinTypes.ValueError, "range() arg 3 must not be zero");
        Start = start; Stop = stop; Step = step;
    }
    public long Start { get; }
    public long Stop { get; }
    public long Step { get; }
    public long Length => Step > 0 ? Math.Max(0, (Stop - Start + Step - 1) / Step) : Math.Max(0, (Start - Stop - Step - 1) / -Step);
    public long this[long i] => Start + i * Step;
    public IEnumerator<object?> GetEnumerator() { for (long i = 0, n = Length; i < n; i++) yield return Start + i * Step; }
    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
    public override string ToString() => Step == 1 ? $"range({Start}, {Stop})" : $"range({Start}, {Stop}, {Step})";
}

/// A Python set. Iterates in insertion order (CPython's order depends on hashes; code that relies on
/// it is rare in module constructors, and a stable order keeps results reproducible).
public sealed class PySet : IEnumerable<object?>
{
    readonly List<object?> _items = new();
    readonly HashSet<object?> _index = new(PyKeyComparer.Instance);

    public PySet() { }
    public PySet(IEnumerable<object?> items) { foreach (var i in items) Add(i); }

    public bool IsFrozen { get; init; }
    public int Count => _items.Count;
    public bool Contains(object? v) => _index.Contains(v);
    public bool Add(object? v)
    {
        if (!_index.Add(v)) return false;
        _items.Add(v);
        return true;
    }
    public bool Remove(object? v)
    {
        if (!_index.Remove(v)) return false;
        int i = _items.FindIndex(x => PyKeyComparer.Instance.Equals(x, v));
        _items.RemoveAt(i);
        return true;
    }
    public void Clear() { _items.Clear(); _index.Clear(); }
    public IEnumerator<object?> GetEnumerator() => _items.ToList().GetEnumerator();
    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}

/// An iterator object (`iter(x)`, generator expressions, `map`, `zip`...). Generators are lazy:
/// a generator expression passed to sum() or any() runs element by element, as in Python.
public sealed class PyIterator : IEnumerable<object?>
{
    readonly IEnumerator<object?> _source;
    public PyIterator(IEnumerable<object?> source, string kind = "iterator") { _source = source.GetEnumerator(); Kind = kind; }
    public string Kind { get; }

    public bool TryNext(out object? value)
    {
        if (_source.MoveNext()) { value = _source.Current; return true; }
        value = null;
        return false;
    }

    public IEnumerator<object?> GetEnumerator() { while (TryNext(out var v)) yield return v; }
    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
    public override string ToString() => $"<{Kind} object>";
}
