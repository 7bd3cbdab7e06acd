namespace TorchScriptSharp.Runtime;

/// A runtime error of TorchScript code: the Python exception type and message PyTorch would show,
/// plus the TorchScript call stack (outermost frame first). <see cref="ToString"/> renders it exactly
/// like `str(e)` of PyTorch's exception:
/// <code>
/// The following operation failed in the TorchScript interpreter.
/// Traceback of TorchScript (most recent call last):
///   File "f.py", line 3, in f
/// def f(a, b):
///     return a + b
///            ~~~~~ &lt;--- HERE
/// RuntimeError: The size of tensor a (3) must match ...
/// </code>
public sealed class ScriptException : Exception
{
    public ScriptException(string pythonType, string message, IReadOnlyList<ScriptFrame> frames,
        bool raisedByScript = false, Exception? inner = null)
        : base(message, inner)
    {
        PythonType = pythonType;
        Frames = frames;
        RaisedByScript = raisedByScript;
    }

    /// e.g. `RuntimeError`, `builtins.ValueError` (the class named in a `raise`).
    public string PythonType { get; }
    /// Outermost call first, the failing node last.
    public IReadOnlyList<ScriptFrame> Frames { get; }
    /// True for `raise`/`assert` in script code (PyTorch raises torch.jit.Error for those).
    public bool RaisedByScript { get; }
    /// The Python class of the exception PyTorch would raise: `torch.jit.Error` or `RuntimeError`.
    public string PythonExceptionClass => RaisedByScript ? "torch.jit.Error" : "RuntimeError";

    /// `Traceback of TorchScript ...` lines, without the final `Type: message` line.
    public string Traceback => Runtime.Traceback.Render(Frames);

    public override string ToString() =>
        "The following operation failed in the TorchScript interpreter.\n" + Traceback + $"{PythonType}: {Message}";
}
