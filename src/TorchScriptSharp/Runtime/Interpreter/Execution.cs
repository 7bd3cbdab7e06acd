using System.Reflection;
using System.Runtime.InteropServices;

namespace TorchScriptSharp.Runtime;

/// One top-level run: the frame stack, the operand stack shared by all kernels, and the loop that
/// executes instructions. Kept apart from <see cref="Interpreter"/> so an interpreter holds no
/// per-run state and can be used from several threads.
sealed partial class Execution
{
    readonly Interpreter _interpreter;
    readonly List<Frame> _frames = new();
    readonly Stack _stack = new();
    IValue[] _scratch = new IValue[8];

    public Execution(Interpreter interpreter) => _interpreter = interpreter;

    public IValue[] Run(Frame entry)
    {
        var saved = _interpreter.Enter();
        try
        {
            _frames.Add(entry);
            return Loop();
        }
        catch (Exception e)
        {
            throw Fail(e);
        }
        finally
        {
            Interpreter.Exit(saved);
        }
    }

    IValue[] Loop()
    {
        var frame = _frames[^1];
        var code = frame.Code.Instructions;
        while (true)
        {
            var ins = code[frame.Pc];
            switch (ins.Code)
            {
                case OpCode.Op:
                    RunOp(frame, ins);
                    frame.Pc++;
                    break;
                case OpCode.Copy:
                {
                    var v = frame.Operand(ins.In[0]);
                    frame.Owned.Hold(v);
                    frame.Store(ins.Out[0], v);
                    frame.Pc++;
                    break;
                }
                case OpCode.Move:
                {
                    var v = frame.Registers[ins.A];
                    frame.Registers[ins.A] = default;
                    frame.Store(ins.B, v);
                    frame.Pc++;
                    break;
                }
                case OpCode.Drop:
                    frame.RunDrops(ins.Drops);
                    frame.Pc++;
                    break;
                case OpCode.Jump:
                    frame.Pc = ins.Target;
                    break;
                case OpCode.JumpIfFalse:
                    frame.Pc = frame.Operand(ins.In[0]).ToBool() ? frame.Pc + 1 : ins.Target;
                    break;
                case OpCode.LoopTest:
                {
                    long trip = frame.Registers[ins.A].ToInt();
                    if (trip < frame.Operand(ins.In[0]).ToInt() && frame.Registers[ins.B].ToBool())
                    {
                        frame.Registers[ins.Out[0]] = IValue.FromInt(trip);
                        frame.Registers[ins.A] = IValue.FromInt(trip + 1);
                        frame.Pc++;
                    }
                    else frame.Pc = ins.Target;
                    break;
                }
                case OpCode.Call:
                    frame = PushFrame(frame, ins, Callee(frame, ins), firstArgument: 1);
                    code = frame.Code.Instructions;
                    break;
                case OpCode.CallMethod:
                    frame = PushFrame(frame, ins, Method(frame, ins), firstArgument: 0);
                    code = frame.Code.Instructions;
                    break;
                case OpCode.SetAttr:
                    SetAttr(frame, ins);
                    frame.Pc++;
                    break;
                case OpCode.Return:
                {
                    var results = new IValue[ins.In.Length];
                    for (int i = 0; i < results.Length; i++) results[i] = frame.Operand(ins.In[i]);
                    // The results now belong to the caller; whatever else the frame owns is garbage.
                    // What the frame owned is new to a calling frame; the host caller needs no record.
                    HashSet<object>? fresh = null;
                    bool nested = _frames.Count > 1;
                    foreach (var r in results)
                        if (frame.Owned.Owns(r)) frame.Owned.Disown(r, nested ? fresh ??= new(ReferenceEqualityComparer.Instance) : null);
                    frame.Abandon();
                    _frames.RemoveAt(_frames.Count - 1);
                    if (_frames.Count == 0) return results;
                    frame = _frames[^1];
                    code = frame.Code.Instructions;
                    FinishCall(frame, code[frame.Pc], results, fresh);
                    frame.Pc++;
                    break;
                }
                default:
                    throw new InvalidOperationException($"unknown instruction {ins}");
            }
        }
    }

    void RunOp(Frame frame, Instruction ins)
    {
        int n = ins.In.Length;
        if (_scratch.Length < n) _scratch = new IValue[Math.Max(n, _scratch.Length * 2)];
        var inputs = _scratch;
        for (int i = 0; i < n; i++) inputs[i] = frame.Operand(ins.In[i]);
        // Before the call: a kernel that keeps a value must not find it disposed later.
        if (ins.Captures is { } captures)
            for (int i = 0; i < n; i++)
                if (captures[i]) frame.Owned.Escape(inputs[i]);
        int bottom = _stack.Count;
        for (int i = 0; i < n; i++) _stack.Push(inputs[i]);
        ins.Kernel!(_stack);
        int produced = _stack.Count - bottom;
        if (produced != ins.Out.Length)
            throw new InvalidOperationException($"the kernel of {ins.Node?.Kind} left {produced} values on the stack for {ins.Out.Length} outputs");
        var results = _stack.Last(produced);
        var span = new ReadOnlySpan<IValue>(inputs, 0, n);
        for (int i = 0; i < produced; i++)
        {
            var v = results[i];
            switch (ins.Results)
            {
                case ResultKind.Kernel: frame.Owned.AdoptResult(v, span, ins.MayBeNew?[i] ?? true); break;
                case ResultKind.NewContainer: frame.Owned.AdoptNewContainer(v); break;
                default: frame.Owned.Hold(v); break;
            }
            frame.Store(ins.Out[i], v);
        }
        _stack.Drop(produced);
        Array.Clear(inputs, 0, n);
        frame.RunDrops(ins.Drops);
    }

    static GraphFunction Callee(Frame caller, Instruction ins) =>
        caller.Operand(ins.In[0]).Reference as GraphFunction
        ?? throw new InvalidOperationException($"prim::CallFunction on {caller.Operand(ins.In[0])}, which is not a function");

    /// A new frame for <paramref name="callee"/>, its arguments being In[firstArgument..].
    Frame PushFrame(Frame caller, Instruction ins, GraphFunction callee, int firstArgument)
    {
        if (_frames.Count >= _interpreter.MaxCallDepth)
            throw new PythonError("RecursionError", $"maximum recursion depth exceeded ({_interpreter.MaxCallDepth} nested TorchScript calls) when calling {callee.QualifiedName}");
        var code = _interpreter.CodeFor(callee);
        int count = ins.In.Length - firstArgument;
        if (count != code.InputRegisters.Length)
            throw new InvalidOperationException($"{callee.QualifiedName} takes {code.InputRegisters.Length} arguments, the call passes {count}");
        var frame = new Frame(callee, code, caller);
        // Arguments are borrowed: the callee never owns (never disposes) them.
        for (int i = 0; i < count; i++) frame.Registers[code.InputRegisters[i]] = caller.Operand(ins.In[firstArgument + i]);
        _frames.Add(frame);
        return frame;
    }

    /// Results enter the caller: new to it exactly when the callee owned them (<paramref name="fresh"/>).
    void FinishCall(Frame caller, Instruction call, IValue[] results, HashSet<object>? fresh)
    {
        if (results.Length != call.Out.Length)
            throw new InvalidOperationException($"the callee returned {results.Length} values for {call.Out.Length} outputs");
        if (call.Code == OpCode.CallMethod) MethodReturned(caller, call);
        for (int i = 0; i < results.Length; i++)
        {
            caller.Owned.AdoptCallResult(results[i], fresh);
            caller.Store(call.Out[i], results[i]);
        }
        caller.RunDrops(call.Drops);
    }

    /// Turns any failure into a ScriptException carrying the frames as they were, then unwinds them.
    ScriptException Fail(Exception e)
    {
        var frames = _frames.Select(f => new ScriptFrame(f.Function.QualifiedName,
            f.Pc < f.Code.Instructions.Length ? f.Code.Instructions[f.Pc].Node?.Range : null)).ToList();
        ExitEnteredObjects(); // while the frames still hold what the __exit__ methods may read
        for (int i = _frames.Count - 1; i >= 0; i--) _frames[i].Abandon();
        _frames.Clear();
        _stack.Clear();
        Array.Clear(_scratch);

        if (e is ScriptException inner) // a nested run (a kernel that calls back into script code)
            return new ScriptException(inner.PythonType, inner.Message, frames.Concat(inner.Frames).ToList(), inner.RaisedByScript, inner);
        var (type, message) = Describe(e);
        return new ScriptException(type, message, frames, e is RaisedError, e);
    }

    /// The Python exception type and message for an exception thrown by a kernel.
    static (string Type, string Message) Describe(Exception e)
    {
        if (e is PythonError pe) return (pe.PythonType, pe.Message);
        // An Ops-layer error type need not derive from PythonError: a PythonType property is enough.
        if (e.GetType().GetProperty("PythonType", BindingFlags.Public | BindingFlags.Instance)?.GetValue(e) is string t)
            return (t, e.Message);
        if (e is TargetInvocationException { InnerException: { } ie }) return Describe(ie);
        if (e is ExternalException) return ("RuntimeError", LibTorchMessage(e.Message));
        return ("RuntimeError", e.Message);
    }

    /// libtorch appends the C++ throw site ("Exception raised from ... (most recent call first):" and
    /// a native backtrace); Python shows only the message itself.
    internal static string LibTorchMessage(string message)
    {
        int cut = message.IndexOf("\nException raised from", StringComparison.Ordinal);
        if (cut < 0) cut = message.IndexOf("Exception raised from", StringComparison.Ordinal);
        return (cut >= 0 ? message[..cut] : message).TrimEnd();
    }
}
