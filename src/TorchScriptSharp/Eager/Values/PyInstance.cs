using TorchScriptSharp.Eager.Nn;

namespace TorchScriptSharp.Eager;

/// An instance of a user (or builtin non-value) class: its class plus an attribute dictionary.
/// Instances of nn.Module subclasses also carry the module state (parameters, buffers, submodules),
/// created by Module.__init__ exactly when PyTorch creates `_parameters`.
public class PyInstance
{
    public PyInstance(PyClass cls) => Class = cls;

    public PyClass Class { get; internal set; }
    /// `__dict__` in assignment order.
    public Dictionary<string, object?> Dict { get; } = new();
    /// Non-null once nn.Module.__init__ ran on this instance.
    public ModuleState? Module { get; internal set; }
    /// For a module that is already a script module (torch.jit.trace's result): its script object.
    public Runtime.ScriptObject? Script { get; internal set; }

    public override string ToString() => $"<{Class.Module}.{Class.QualName} object>";
}

/// An instance of BaseException or a subclass. `args` is the constructor's positional arguments,
/// as in Python; the traceback is filled while the exception propagates through Python frames.
public sealed class PyException : PyInstance
{
    public PyException(PyClass cls, IReadOnlyList<object?> args) : base(cls) => Args = new Serialization.PyTuple(args.ToArray());

    public Serialization.PyTuple Args { get; internal set; }

    /// Python's str(exc): empty, the single argument's str, or the tuple's repr.
    public string Message(Interpreter? ev = null) => Args.Count switch
    {
        0 => "",
        1 => PyText.Str(ev, Args[0]),
        _ => PyText.Repr(ev, Args),
    };
}
