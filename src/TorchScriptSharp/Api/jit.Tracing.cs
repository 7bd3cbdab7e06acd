using TorchScriptSharp.Eager;
using TorchScriptSharp.Serialization;
using TorchScriptSharp.Tracing;

namespace TorchScriptSharp;

public static partial class jit
{
    /// torch.jit.trace on a Python function: runs <paramref name="source"/> eagerly, then calls the
    /// function <paramref name="name"/> once on <paramref name="exampleInputs"/> while recording the
    /// operators that run. TracerWarnings go to standard error (and <paramref name="warnings"/>).
    public static ScriptFunction trace(string source, string name, object?[] exampleInputs, string fileName = "<string>",
        TraceOptions? options = null, List<string>? warnings = null, IEnumerable<string>? importPath = null)
    {
        var py = Session(source, fileName, warnings, importPath);
        if (py.Evaluate(name) is not PyFunction fn) throw new ArgumentException($"'{name}' is not a Python function of {fileName}");
        if (ScriptedCalls.IsScripted(fn)) return new ScriptFunction(ScriptedCalls.TraceScriptFunction(ScriptedCalls.Compiled(fn), Python(exampleInputs)));
        return new ScriptFunction(Tracer.TraceFunction(py.Engine, fn, Python(exampleInputs), PythonOptions(options)));
    }

    /// torch.jit.trace on a compiled function: a function of the same name that calls it (PyTorch's
    /// tracer records a script function as one `prim::CallFunction`, it does not look inside).
    public static ScriptFunction trace(ScriptFunction function, params object?[] exampleInputs) =>
        new(ScriptedCalls.TraceScriptFunction(function.Function, Python(exampleInputs)));

    /// torch.jit.trace on a script module is a no-op that returns it, with PyTorch's warning.
    public static ScriptModule trace(ScriptModule module, params object?[] exampleInputs)
    {
        Console.Error.WriteLine("UserWarning: The input to trace is already a ScriptModule, tracing it is a no-op. Returning the object as is.");
        return module;
    }

    /// torch.jit.trace on a module: builds it with <paramref name="constructor"/> (optionally loading a
    /// state dict and switching to eval mode first) and traces its forward on <paramref name="exampleInputs"/>.
    public static ScriptModule trace_module(string source, string constructor, object?[] exampleInputs, string fileName = "<string>",
        object? stateDict = null, bool eval = false, TraceOptions? options = null, List<string>? warnings = null, IEnumerable<string>? importPath = null,
        long? seed = null) =>
        trace_module(source, constructor, new Dictionary<string, object?[]> { ["forward"] = exampleInputs }, fileName, stateDict, eval, options, warnings, importPath, seed);

    /// torch.jit.trace_module: traces each named method on its own example inputs. With
    /// <paramref name="seed"/>, torch's generator is seeded just before the constructor runs.
    public static ScriptModule trace_module(string source, string constructor, IReadOnlyDictionary<string, object?[]> methods, string fileName = "<string>",
        object? stateDict = null, bool eval = false, TraceOptions? options = null, List<string>? warnings = null, IEnumerable<string>? importPath = null,
        long? seed = null)
    {
        var py = Session(source, fileName, warnings, importPath);
        if (seed != null) TorchSharp.torch.manual_seed(seed.Value);
        if (py.Evaluate(constructor) is not PyInstance instance) throw new ArgumentException($"'{constructor}' did not create a module instance");
        if (stateDict != null) py.CallMethod(instance, "load_state_dict", stateDict);
        if (eval) py.CallMethod(instance, "eval");
        var list = methods.Select(m => (m.Key, (IReadOnlyList<object?>)Python(m.Value))).ToList();
        return new ScriptModule(Tracer.TraceModule(py.Engine, instance, list, PythonOptions(options)).Object);
    }

    /// Options with their check inputs as Python values.
    static TraceOptions PythonOptions(TraceOptions? options) => options is { CheckInputs: { } checks }
        ? options with { CheckInputs = checks.Select(c => (IReadOnlyList<object?>)Python(c.ToArray())).ToList() }
        : options ?? new TraceOptions();

    /// .NET example inputs as the Python values the eager evaluator passes (arrays become tuples).
    static List<object?> Python(object?[] inputs) => inputs.Select(PythonValue).ToList();

    static object? PythonValue(object? v) => v switch
    {
        object?[] array => new PyTuple(array.Select(PythonValue).ToArray()),
        System.Collections.Generic.List<object?> list => new PyList(list.Select(PythonValue)),
        _ => v,
    };
}
