namespace TorchScriptSharp.Serialization;

/// A Python list: mutable, reference semantics (a list pickled twice is one object).
public sealed class PyList : List<object?>
{
    public PyList() { }
    public PyList(IEnumerable<object?> items) : base(items) { }
    public PyList(params object?[] items) : base(items) { }

    public override string ToString() => PyRepr.Of(this);
}
