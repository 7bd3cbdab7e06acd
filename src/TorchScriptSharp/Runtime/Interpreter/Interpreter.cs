namespace TorchScriptSharp.Runtime;

/// Runs GraphFunctions. Each function's graph is lowered once to <see cref="Code"/> (cached on the
/// function) and executed over registers; calls push frames on an explicit frame stack. Tensors the
/// code creates are disposed at their last use (<see cref="Ownership"/>); arguments stay the caller's
/// and results become the caller's. Every failure surfaces as a <see cref="ScriptException"/> with the
/// TorchScript call stack.
public sealed class Interpreter
{
    public Interpreter(IKernelResolver? kernels = null) => Kernels = kernels;

    /// The interpreter `jit` uses: registry kernels, console output.
    public static Interpreter Default { get; } = new();

    [ThreadStatic] static Interpreter? t_current;

    /// The interpreter running on this thread (the default one outside of any run): print and warn
    /// write to its writers, so lowered code can be shared between interpreters.
    internal static Interpreter Current => t_current ?? Default;

    internal Interpreter? Enter()
    {
        var saved = t_current;
        t_current = this;
        return saved;
    }

    internal static void Exit(Interpreter? saved) => t_current = saved;

    /// Consulted before the operator registry (tests, embedders overriding ops).
    public IKernelResolver? Kernels { get; }
    /// Where `print` writes.
    public TextWriter Out { get; set; } = Console.Out;
    /// Where warnings go.
    public TextWriter Err { get; set; } = Console.Error;
    /// Nested TorchScript calls beyond this fail with a RecursionError instead of exhausting memory.
    public int MaxCallDepth { get; set; } = 1000;

    /// Runs <paramref name="fn"/> with the default interpreter; returns its single result.
    public static IValue Run(GraphFunction fn, IReadOnlyList<IValue> args) => Default.Invoke(fn, args);

    public static IValue Run(GraphFunction fn, params IValue[] args) => Default.Invoke(fn, args);

    /// The function's single result (a graph with several outputs: see <see cref="InvokeMulti"/>).
    public IValue Invoke(GraphFunction fn, IReadOnlyList<IValue> args)
    {
        var results = InvokeMulti(fn, args);
        if (results.Length != 1)
            throw new InvalidOperationException($"{fn.QualifiedName} returns {results.Length} values; use InvokeMulti");
        return results[0];
    }

    /// All of the graph's outputs, in order.
    public IValue[] InvokeMulti(GraphFunction fn, IReadOnlyList<IValue> args)
    {
        var code = CodeFor(fn);
        if (args.Count != code.InputRegisters.Length)
            throw new ArgumentException($"{fn.QualifiedName}() expected {code.InputRegisters.Length} arguments but got {args.Count}");
        var frame = new Frame(fn, code);
        for (int i = 0; i < args.Count; i++) frame.Registers[code.InputRegisters[i]] = args[i];
        return new Execution(this).Run(frame);
    }

    /// The lowered code of <paramref name="fn"/>, built on first use.
    public Code CodeFor(GraphFunction fn)
    {
        if (fn.CompiledCode is Code c && c.Resolver == Kernels && ReferenceEquals(c.Graph, fn.Graph)) return c;
        var code = CodeBuilder.Build(fn, this);
        fn.CompiledCode = code;
        return code;
    }
}
