namespace TorchScriptSharp.Syntax;

/// A compile-time error (lexing, parsing, type checking) at a source location. Message is the bare
/// explanation; ToString/FullMessage add `file:line:col`, the source line and a caret row.
public class CompileError : Exception
{
    public CompileError(string message, SourceRange range) : base(message) => Range = range;

    public SourceRange Range { get; }

    public string FullMessage => $"{Range}: error: {Message}\n{Range.Excerpt()}";

    public override string ToString() => FullMessage;
}
