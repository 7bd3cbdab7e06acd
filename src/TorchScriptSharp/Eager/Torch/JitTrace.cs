using TorchScriptSharp.Eager.Nn;
using TorchScriptSharp.Runtime;
using TorchScriptSharp.Serialization;
using TorchScriptSharp.Tracing;

namespace TorchScriptSharp.Eager.Torch;

/// `torch.jit.trace` inside eagerly run code. A traced function comes back as a callable running its
/// graph; a traced module as a `TracedModule`: an nn.Module sharing the original's parameters and
/// buffers (so load_state_dict on a parent reaches them), whose forward runs the traced graph, and
/// which scripting a parent takes as it is.
static class JitTrace
{
    public static readonly PyClass TracedModule = CreateClass();

    static PyClass CreateClass()
    {
        var c = new PyClass("TracedModule", new[] { ModuleClass.Module }, "torch.jit._trace");
        c.Dict["forward"] = new BuiltinFunction("forward", (ev, a) =>
        {
            var self = (PyInstance)a.Positional[0]!;
            var fn = self.Script!.Type.Method("forward") as GraphFunction
                ?? throw new PythonException(BuiltinTypes.RuntimeError, $"'{self.Script.Type.QualifiedName}' has no traced forward: the submodule was not called while tracing");
            return Tracer.Run(fn, self.Script, a.Positional.Skip(1));
        });
        return c;
    }

    /// torch.jit.trace(func_or_module, example_inputs, check_trace=True, check_inputs=None, check_tolerance=1e-5, strict=True, ...).
    public static object? Trace(Interpreter ev, CallArgs a)
    {
        var p = Params.Bind(a, "trace", ("func", Params.Required), ("example_inputs", Params.Required), ("optimize", null), ("check_trace", true),
            ("check_inputs", null), ("check_tolerance", 1e-5), ("strict", true), ("_force_outplace", false),
            ("_module_class", null), ("_compilation_unit", null));
        var options = Options(ev, p[3], p[4], p[5], p[6]);
        var inputs = Tuple(p[1]);
        switch (p[0])
        {
            case PyInstance { Script: not null } scripted:
                ev.Warn("UserWarning", "The input to trace is already a ScriptModule, tracing it is a no-op. Returning the object as is.");
                return scripted;
            case PyInstance { Module: not null } module:
                return Wrap(Tracer.TraceModule(ev, module, new[] { ("forward", (IReadOnlyList<object?>)inputs) }, options));
            case PyFunction fn when ScriptedCalls.IsScripted(fn):
                return Callable(ScriptedCalls.TraceScriptFunction(ScriptedCalls.Compiled(fn), inputs));
            case PyFunction fn:
                return Callable(Tracer.TraceFunction(ev, fn, inputs, options));
        }
        throw Interpreter.TypeError($"torch.jit.trace expects a function or an nn.Module, got '{PyOps.TypeOf(p[0]).Name}'");
    }

    /// torch.jit.trace_module(mod, {"method": example_inputs, ...}, check_trace=True, ...).
    public static object? TraceModule(Interpreter ev, CallArgs a)
    {
        var p = Params.Bind(a, "trace_module", ("mod", Params.Required), ("inputs", Params.Required), ("optimize", null), ("check_trace", true),
            ("check_inputs", null), ("check_tolerance", 1e-5), ("strict", true), ("_force_outplace", false),
            ("_module_class", null), ("_compilation_unit", null));
        if (p[0] is not PyInstance { Module: not null } module) throw Interpreter.TypeError("expected torch.nn.Module as the first argument");
        if (p[1] is not PyDict methods) throw Interpreter.TypeError("expected a dictionary of (method_name, input) pairs");
        var list = methods.Select(kv => ((string)kv.Key!, (IReadOnlyList<object?>)Tuple(kv.Value))).ToList();
        return Wrap(Tracer.TraceModule(ev, module, list, Options(ev, p[3], p[4], p[5], p[6])));
    }

    static TraceOptions Options(Interpreter ev, object? checkTrace, object? checkInputs, object? tolerance, object? strict) => new()
    {
        CheckTrace = PyOps.Truthy(ev, checkTrace),
        CheckInputs = checkInputs == null ? null : PyOps.Iterate(ev, checkInputs).Select(c => (IReadOnlyList<object?>)Tuple(c)).ToList(),
        CheckTolerance = PyConvert.ToDouble(tolerance),
        Strict = PyOps.Truthy(ev, strict),
    };

    /// Example inputs: a tuple is the argument list; anything else (a tensor) is the single argument.
    static List<object?> Tuple(object? inputs) => inputs is PyTuple t ? t.ToList() : new List<object?> { inputs };

    static BuiltinFunction Callable(GraphFunction traced) =>
        new(traced.Name, (ev, args) => Tracer.Run(traced, null, args.Positional));

    /// The eager face of a traced module tree.
    static PyInstance Wrap(TracedModuleBuilder.Node node)
    {
        if (node.WasScripted) return node.Instance;
        var instance = new PyInstance(TracedModule) { Module = new ModuleState(), Script = node.Object };
        var source = node.Instance.Module!;
        foreach (var (k, v) in source.Parameters) instance.Module.Parameters[k] = v;
        foreach (var (k, v) in source.Buffers) instance.Module.Buffers[k] = v;
        foreach (var name in source.NonPersistentBuffers) instance.Module.NonPersistentBuffers.Add(name);
        foreach (var (name, child) in node.Children) instance.Module.Modules[name] = Wrap(child);
        instance.Dict["training"] = node.Instance.Dict.TryGetValue("training", out var training) ? training : true;
        instance.Dict["original_name"] = node.Instance.Class.Name;
        return instance;
    }
}
