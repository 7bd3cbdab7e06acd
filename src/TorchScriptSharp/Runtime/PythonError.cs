namespace TorchScriptSharp.Runtime;

/// An error raised by a kernel with the Python exception type PyTorch would surface
/// (`builtins.IndexError`, `RuntimeError`, ...). The interpreter wraps it into a
/// <see cref="ScriptException"/> that carries the TorchScript call stack; kernels never need to
/// know where they were called from.
public class PythonError : Exception
{
    public PythonError(string pythonType, string message) : base(message) => PythonType = pythonType;

    /// e.g. `RuntimeError` or `builtins.ValueError`, printed before the message.
    public string PythonType { get; }

    public static PythonError Runtime(string message) => new("RuntimeError", message);
}
