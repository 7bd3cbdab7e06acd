namespace TorchScriptSharp.Runtime;

/// The interpreter's operand stack. Kernels pop their inputs (last argument on top) and push outputs.
public sealed class Stack
{
    IValue[] _items = new IValue[16];

    public int Count { get; private set; }

    public void Push(IValue v)
    {
        if (Count == _items.Length) Array.Resize(ref _items, _items.Length * 2);
        _items[Count++] = v;
    }

    public IValue Pop()
    {
        var v = _items[--Count];
        _items[Count] = default; // release the reference so tensors can be collected
        return v;
    }

    public IValue Peek(int fromTop = 0) => _items[Count - 1 - fromTop];

    /// The last <paramref name="n"/> values, bottom first, without popping them.
    public ReadOnlySpan<IValue> Last(int n) => new(_items, Count - n, n);

    public void Drop(int n)
    {
        for (int i = 0; i < n; i++) _items[--Count] = default;
    }

    /// Pops <paramref name="n"/> values into a new array, bottom first.
    public IValue[] PopN(int n)
    {
        var result = Last(n).ToArray();
        Drop(n);
        return result;
    }

    public void Clear() => Drop(Count);
}
