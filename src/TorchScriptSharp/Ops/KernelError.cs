namespace TorchScriptSharp.Ops;

/// A runtime error raised by a kernel, carrying the Python exception type PyTorch would raise
/// (`builtins.IndexError`, `builtins.KeyError`, `builtins.RuntimeError`, ...), so the interpreter can
/// report it the way TorchScript does and `except` clauses can match it.
public sealed class KernelError : Exception
{
    public KernelError(string pythonType, string message) : base(message) => PythonType = pythonType;

    /// Fully qualified Python exception class, e.g. `builtins.IndexError`.
    public string PythonType { get; }

    public static KernelError Index(string message) => new("builtins.IndexError", message);
    public static KernelError Key(string message) => new("builtins.KeyError", message);
    public static KernelError Value(string message) => new("builtins.ValueError", message);
    public static KernelError Runtime(string message) => new("builtins.RuntimeError", message);
    public static KernelError ZeroDivision(string message) => new("builtins.ZeroDivisionError", message);
}
