using TorchScriptSharp.Syntax;

namespace TorchScriptSharp.Runtime;

/// One TorchScript frame of a runtime error: the function that was running and the source range of
/// the node it was executing (the failing node in the innermost frame, the call in outer frames).
public sealed record ScriptFrame(string QualifiedName, SourceRange? Range)
{
    /// The short name PyTorch prints after `in`.
    public string Name => QualifiedName[(QualifiedName.LastIndexOf('.') + 1)..];
}
