using TorchSharp;

namespace TorchScriptSharp.Eager;

/// What torch.jit.trace needs of the evaluator: the Python frame running now (PyTorch names traced
/// values after the variables holding them), warnings, and the session's class names.
public sealed partial class Interpreter
{
    /// The innermost Python function frame being executed (null at module level).
    internal Scope? CurrentFrame { get; private set; }

    /// Qualified names of classes scripted or traced in this session.
    public Types.TypeNameRegistry TypeNames { get; } = new();

    Scope? EnterFrame(Scope scope)
    {
        var saved = CurrentFrame;
        CurrentFrame = scope;
        return saved;
    }

    void ExitFrame(Scope? saved) => CurrentFrame = saved;

    /// Where Python is now, as PyTorch's tracer records it for a node: the current line of the innermost
    /// frame, column 0.
    internal Syntax.SourceRange? TraceLocation()
    {
        if (CurrentFrame?.Current is not { Source: { } source } current) return null;
        int start = source.LineStart(source.LineColumn(current.Start).Line);
        return new Syntax.SourceRange(source, start, start);
    }

    /// The name of a local variable of the current frame holding exactly this tensor.
    internal string? VariableNameOf(torch.Tensor t)
    {
        if (CurrentFrame == null) return null;
        foreach (var (name, value) in CurrentFrame.Vars)
            if (ReferenceEquals(value, t) && name != "self") return name;
        return null;
    }

    /// Where warnings are also collected (a caller that wants to inspect them), or null.
    public List<string>? WarningLog { get; set; }

    /// Prints a warning as Python's warnings module does (`Category: message`).
    internal void Warn(string category, string message)
    {
        WarningLog?.Add(message);
        Stderr.WriteLine($"{category}: {message}");
    }
}
