using System.Reflection;
using System.Runtime.InteropServices;

namespace TorchScriptSharp.Runtime;

/// One top-level run: the frame stack, the operand stack shared by all kernels, and the loop that
/// executes instructions. Kept apart from <see cref="Interpreter"/> so an interpreter holds no
/// per-run state and can be used from several threads.
sealed class Execution
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
                    frame = PushFrame(frame, ins);
                    code = frame.Code.Instructions;
                    break;
                case OpCode.Return:
                {
                    var results = new IValue[ins.In.Length];
                    for (int i = 0; i < results.Length; i++) results[i] = frame.Operand(ins.In[i]);
                    // The results now belong to the caller; whatever else the frame owns is garbage.
                    foreach (var r in results) frame.Owned.Disown(r);
                    frame.Abandon();
                    _frames.RemoveAt(_frames.Count - 1);
                    if (_frames.Count == 0) return results;
                    frame = _frames[^1];
                    code = frame.Code.Instructions;
                    FinishCall(frame, code[frame.Pc], results);
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

    Frame PushFrame(Frame caller, Instruction ins)
    {
        if (caller.Operand(ins.In[0]).Reference is not GraphFunction callee)
            throw new InvalidOperationException($"prim::CallFunction on {caller.Operand(ins.In[0])}, which is not a function");
        if (_frames.Count >= _interpreter.MaxCallDepth)
            throw new PythonError("RecursionError", $"maximum recursion depth exceeded ({_interpreter.MaxCallDepth} nested TorchScript calls) when calling {callee.QualifiedName}");
        var code = _interpreter.CodeFor(callee);
        if (ins.In.Length - 1 != code.InputRegisters.Length)
            throw new InvalidOperationException($"{callee.QualifiedName} takes {code.InputRegisters.Length} arguments, the call passes {ins.In.Length - 1}");
        var frame = new Frame(callee, code, caller);
        // Arguments are borrowed: the callee never owns (never disposes) them.
        for (int i = 1; i < ins.In.Length; i++) frame.Registers[code.InputRegisters[i - 1]] = caller.Operand(ins.In[i]);
        _frames.Add(frame);
        return frame;
    }

    static void FinishCall(Frame caller, Instruction call, IValue[] results)
    {
        if (results.Length != call.Out.Length)
            throw new InvalidOperationException($"the callee returned {results.Length} values for {call.Out.Length} outputs");
        var args = new IValue[call.In.Length - 1];
        for (int i = 0; i < args.Length; i++) args[i] = caller.Operand(call.In[i + 1]);
        for (int i = 0; i < results.Length; i++)
        {
            caller.Owned.AdoptResult(results[i], args, mayBeNew: true);
            caller.Store(call.Out[i], results[i]);
        }
        caller.RunDrops(call.Drops);
    }

    /// Turns any failure into a ScriptException carrying the frames as they were, then unwinds them.
    ScriptException Fail(Exception e)
    {
        var frames = _frames.Select(f => new ScriptFrame(f.Function.QualifiedName,
            f.Pc < f.Code.Instructions.Length ? f.Code.Instructions[f.Pc].Node?.Range : null)).ToList();
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
