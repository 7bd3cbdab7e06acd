using System.Text;
using TorchScriptSharp.Syntax;

namespace TorchScriptSharp.Eager;

/// One frame of a Python traceback: where a function was when the exception passed through it.
public sealed record TracebackEntry(string FunctionName, SourceRange Range);

/// A Python exception escaping Python code (or raised by a builtin). Carries the exception instance
/// (class + args), the source location where it was raised and a Python-like traceback.
/// <see cref="Message"/> prints as Python does: the traceback, then `ValueError: message`.
public sealed class PythonException : Exception
{
    readonly List<TracebackEntry> _frames = new(); // innermost first

    public PythonException(PyException exception) : base(null) => Exception = exception;

    /// Raised by the evaluator itself (a TypeError for a bad call, a NameError...).
    public PythonException(PyClass type, string message) : this(new PyException(type, new object?[] { message })) { }

    public PyException Exception { get; }
    /// The Python type name, e.g. "ValueError".
    public string PythonType => Exception.Class.Name;
    /// str() of the exception, e.g. "bad value".
    public string PythonMessage => Exception.Message();
    /// Innermost location (where the exception was raised), when known.
    public SourceRange? Range => _frames.Count > 0 ? _frames[0].Range : null;
    /// Frames outermost first, as Python prints them.
    public IReadOnlyList<TracebackEntry> Traceback => Enumerable.Reverse(_frames).ToList();

    /// Budget and recursion-limit errors: Python `except` clauses cannot swallow them, so a runaway
    /// `while True: try: ... except: pass` still stops.
    public bool Uncatchable { get; init; }

    /// The `raise ... from cause` exception.
    public PythonException? Cause { get; internal set; }

    internal int FramesSeen => _frames.Count;
    internal void AddFrame(string function, SourceRange range) => _frames.Add(new TracebackEntry(function, range));

    public override string Message => Format();

    /// "Traceback (most recent call last):" with each frame's line and a caret, then "Type: message".
    public string Format()
    {
        var sb = new StringBuilder();
        if (Cause != null)
            sb.Append(Cause.Format()).Append("\n\nThe above exception was the direct cause of the following exception:\n\n");
        if (_frames.Count > 0)
        {
            sb.Append("Traceback (most recent call last):\n");
            foreach (var f in Traceback)
            {
                sb.Append($"  File \"{f.Range.Source.FileName}\", line {f.Range.Line}, in {f.FunctionName}\n");
                foreach (var line in f.Range.Excerpt().Split('\n')) sb.Append("    ").Append(line).Append('\n');
            }
        }
        var msg = PythonMessage;
        sb.Append(PythonType);
        if (msg.Length > 0) sb.Append(": ").Append(msg);
        return sb.ToString();
    }

    public override string ToString() => Format();
}
