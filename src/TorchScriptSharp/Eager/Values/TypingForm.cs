namespace TorchScriptSharp.Eager;

/// A `typing` name (`List`, `Optional[Tensor]`, `Final[int]`, a TypeVar). Annotations are evaluated
/// in class bodies, so these must exist and subscript; they carry their arguments so the scripting
/// layer can read `__annotations__`.
public sealed class TypingForm
{
    public TypingForm(string name, IReadOnlyList<object?>? args = null) { Name = name; Args = args ?? Array.Empty<object?>(); }
    public string Name { get; }
    public IReadOnlyList<object?> Args { get; }

    public TypingForm Subscript(object? index) =>
        new(Name, index is Serialization.PyTuple t ? t.ToArray() : new[] { index });

    public override string ToString() => Args.Count == 0 ? $"typing.{Name}" : $"typing.{Name}[{string.Join(", ", Args.Select(a => PyText.Repr(null, a)))}]";
}
