using TorchScriptSharp.Eager;
using TorchScriptSharp.IR;
using TorchScriptSharp.Ops;
using TorchScriptSharp.Passes;
using TorchScriptSharp.Runtime;
using Interpreter = TorchScriptSharp.Eager.Interpreter;
using TorchScriptSharp.Serialization;
using TorchScriptSharp.Types;
using TorchSharp;

namespace TorchScriptSharp.Tracing;

/// torch.jit.trace on eagerly evaluated Python: runs a function or a module's forward once on example
/// inputs with a tracing state installed and turns what ran into a graph. Python control flow is
/// frozen to the path taken; a module's submodules are traced into their own `forward` methods.
static class Tracer
{
    public const string DictOutputError =
        "Encountering a dict at the output of the tracer might cause the trace to be incorrect, this is only valid if the container structure does not change based on the module's inputs. Consider using a constant container instead (e.g. for `list`, use a `tuple` instead. for `dict`, use a `NamedTuple` instead). If you absolutely need this and know the side effects, pass strict=False to trace() to allow this behavior.";

    public const string ListOutputWarning =
        "Encountering a list at the output of the tracer might cause the trace to be incorrect, this is only valid if the container structure does not change based on the module's inputs. Consider using a constant container instead (e.g. for `list`, use a `tuple` instead. for `dict`, use a `NamedTuple` instead). If you absolutely need this and know the side effects, pass strict=False to trace() to allow this behavior.";

    /// Traces a Python function into a new function named after it.
    public static GraphFunction TraceFunction(Interpreter ev, PyFunction fn, IReadOnlyList<object?> inputs, TraceOptions options)
    {
        var traced = TraceFunctionOnce(ev, fn, inputs, options);
        if (options.CheckTrace)
            foreach (var check in options.CheckInputs ?? new[] { inputs })
            {
                var repeated = TraceFunctionOnce(ev, fn, TraceChecker.Clone(check), options);
                TraceChecker.Check(ev, options, traced, null, repeated, null, args => ev.Call(fn, new CallArgs(args)), check);
            }
        return traced;
    }

    static GraphFunction TraceFunctionOnce(Interpreter ev, PyFunction fn, IReadOnlyList<object?> inputs, TraceOptions options)
    {
        var state = NewState(ev, null, options);
        var graph = new Graph();
        var frame = new TraceFrame(graph, null, null);
        using (state.Enter(frame))
        {
            var names = ParameterNames(fn);
            if (names.Count < inputs.Count) throw Interpreter.TypeError($"{fn.Name}() takes {names.Count} arguments but {inputs.Count} example inputs were given");
            for (int i = 0; i < inputs.Count; i++) BindInput(state, graph.AddInput(TypeOfExample(inputs[i]), names[i]), inputs[i]);
            var result = ev.Call(fn, new CallArgs(inputs));
            graph.RegisterOutput(EncodeOutput(state, result));
        }
        return Finish(graph, "__torch__." + fn.Name);
    }

    /// torch.jit.trace_module: traces each named method of <paramref name="module"/> on its example
    /// inputs (and every submodule those call) into the methods of one new script object.
    public static TracedModuleBuilder.Node TraceModule(Interpreter ev, PyInstance module, IReadOnlyList<(string Method, IReadOnlyList<object?> Inputs)> methods, TraceOptions options)
    {
        var root = TraceModuleOnce(ev, module, methods, options);
        if (!options.CheckTrace) return root;
        // each check re-traces every method (check inputs, when given, stand for each method's inputs)
        var checks = options.CheckInputs?.Select(c => methods.Select(m => (m.Method, c)).ToList())
            ?? new[] { methods.ToList() }.AsEnumerable();
        foreach (var check in checks)
        {
            var repeated = TraceModuleOnce(ev, module, check.Select(m => (m.Method, (IReadOnlyList<object?>)TraceChecker.Clone(m.Item2))).ToList(), options);
            foreach (var (method, inputs) in check)
                TraceChecker.Check(ev, options, (GraphFunction)root.Type.Method(method)!, root.Object, (GraphFunction)repeated.Type.Method(method)!, repeated.Object,
                    args => TracingState.Suspended(() => ev.Call(ev.GetAttr(module, method), new CallArgs(args))), inputs);
        }
        return root;
    }

    static TracedModuleBuilder.Node TraceModuleOnce(Interpreter ev, PyInstance module, IReadOnlyList<(string Method, IReadOnlyList<object?> Inputs)> methods, TraceOptions options)
    {
        var root = new TracedModuleBuilder(ev.TypeNames, ev.MainModuleName).Build(module);
        if (root.WasScripted) return root;
        var state = NewState(ev, root, options);
        foreach (var (method, inputs) in methods) TraceMethod(ev, state, root, method, method, inputs, null);
        return root;
    }

    static TracingState NewState(Interpreter ev, TracedModuleBuilder.Node? root, TraceOptions options) =>
        new(t => ev.VariableNameOf(t), message => ev.Warn("TracerWarning", message), ev.TraceLocation) { Module = root, Strict = options.Strict };

    /// Traces the Python method <paramref name="pythonMethod"/> of a module of the tree into the method
    /// <paramref name="name"/> of its type.
    static (GraphFunction Function, object? Result) TraceMethod(Interpreter ev, TracingState state, TracedModuleBuilder.Node node,
        string pythonMethod, string name, IReadOnlyList<object?> inputs, IReadOnlyList<Value?>? callerValues)
    {
        var method = node.Instance.Class.Lookup(pythonMethod) as PyFunction
            ?? throw Interpreter.TypeError($"module {node.Instance.Class.Name} has no Python method '{pythonMethod}' to trace");
        var graph = new Graph();
        var self = graph.AddInput(node.Type, "self");
        var frame = new TraceFrame(graph, node, self);
        var names = ParameterNames(method).Skip(1).ToList();
        object? result;
        using (state.Enter(frame))
        {
            var inputOf = new Dictionary<Value, Value>();
            for (int i = 0; i < inputs.Count; i++)
            {
                // the same caller value passed twice is one parameter, as PyTorch's lifted method has
                if (callerValues?[i] is { } seen && inputOf.TryGetValue(seen, out var shared)) { BindInput(state, shared, inputs[i]); continue; }
                var input = graph.AddInput(TypeOfExample(inputs[i]), callerValues == null && i < names.Count ? names[i] : null);
                if (callerValues?[i] is { } outer) { frame.Sources[input] = outer; inputOf[outer] = input; }
                BindInput(state, input, inputs[i]);
            }
            result = ev.Call(method, new CallArgs(inputs.Prepend(node.Instance).ToList()));
            graph.RegisterOutput(EncodeOutput(state, result));
        }
        if (callerValues != null) NameCalleeInputs(graph, frame);
        var fn = Finish(graph, node.Type.QualifiedName + "." + name);
        if (callerValues != null) UnusedResults.MarkTraced(fn);
        node.Type.AddMethod(name, fn);
        return (fn, result);
    }

    /// Each traced call of a submodule becomes a method of its own: forward, forward1, forward2...
    static string FreshForwardName(ClassType type)
    {
        if (type.Method("forward") == null) return "forward";
        for (int k = 1; ; k++) if (type.Method("forward" + k) == null) return "forward" + k;
    }

    /// A submodule's forward parameters take the names of the caller's values (PyTorch lifts the
    /// submodule's part of the trace into a method this way), `argument_N` when those have none.
    static void NameCalleeInputs(Graph graph, TraceFrame frame)
    {
        for (int i = 1; i < graph.Inputs.Count; i++)
        {
            var outer = frame.Sources.TryGetValue(graph.Inputs[i], out var o) ? o : null;
            var name = outer is { HasDebugName: true } && outer.Node.Kind != "prim::CallMethod"
                ? BaseName(outer.DebugName!) : $"argument_{i}";
            graph.Inputs[i].SetDebugName(name);
        }
    }

    static string BaseName(string name) =>
        System.Text.RegularExpressions.Regex.Replace(name, @"\.\d+$", "");

    /// `module(*args)` while tracing: a submodule of the traced module gets its forward traced into its
    /// own method and the caller records `prim::CallMethod`. Returns false for modules outside the trace.
    public static bool TryCallModule(Interpreter ev, PyInstance module, CallArgs args, out object? result)
    {
        result = null;
        if (TracingState.Current is not { Module: { } root } state || args.Keywords.Count > 0) return false;
        var node = root.Find(module);
        if (node == null || node == root && state.Frame.Module == null) return false;
        if (state.Frame.Module == node) return false; // forward calling itself through __call__: record inline
        // unnamed here: the callee's Python names them when it uses them
        var callerValues = args.Positional.Select(a => a is torch.Tensor t ? state.ValueOf(t, nameFromPython: false) : null).ToList();
        GraphFunction fn;
        string name = "forward";
        if (node.WasScripted)
        {
            fn = (GraphFunction)node.Type.Method("forward")!;
            result = TracingState.Suspended(() => ev.Call(ev.GetAttr(module, "forward"), args));
        }
        else
        {
            name = FreshForwardName(node.Type);
            (fn, result) = TraceMethod(ev, state, node, "forward", name, args.Positional, callerValues);
        }
        var graph = state.Frame.Graph;
        var target = state.Frame.Attribute(module)!;
        var arguments = callerValues.Select((v, i) => v ?? graph.InsertConstant(ValueConversion.ToIValue(args.Positional[i]), TorchType.Any));
        if (!node.WasScripted) arguments = arguments.Distinct(); // the traced method takes a repeated value once
        var call = graph.Insert("prim::CallMethod", arguments.ToList().Prepend(target));
        call.Attributes["name"] = name;
        call.Output.Type = fn.Schema.Returns.Count == 1 ? fn.Schema.Returns[0].Type : TorchType.Tensor;
        state.CallResults[call.Output] = fn.Graph.Outputs[0];
        BindResult(state, call.Output, result);
        // the elements of a returned tuple stand for the callee's values too (names flow back to them)
        if (fn.Graph.Outputs[0].Node is { Kind: "prim::TupleConstruct" } returned && call.Output.Uses is [{ User: { Kind: "prim::TupleUnpack" } unpack }])
            for (int i = 0; i < unpack.Outputs.Count && i < returned.Inputs.Count; i++) state.CallResults[unpack.Outputs[i]] = returned.Inputs[i];
        return true;
    }

    internal static void BindResult(TracingState state, Value value, object? result)
    {
        switch (result)
        {
            case torch.Tensor t: state.Bind(t, value); break;
            case PyTuple tuple when value.Type is TupleType tt:
                var unpack = state.Frame.Graph.Insert("prim::TupleUnpack", new[] { value }, tuple.Count);
                for (int i = 0; i < tuple.Count; i++)
                {
                    unpack.Outputs[i].Type = tt.Elements[i];
                    BindResult(state, unpack.Outputs[i], tuple[i]);
                }
                break;
        }
    }

    static List<string> ParameterNames(PyFunction fn) =>
        fn.Parameters.PositionalOnly.Concat(fn.Parameters.Regular).Select(p => p.Name).ToList();

    internal static TorchType TypeOfExample(object? v) => v switch
    {
        torch.Tensor => TorchType.Tensor,
        PyTuple t => new TupleType(t.Select(TypeOfExample).ToList()),
        PyList l => new ListType(l.Count > 0 ? TypeOfExample(l[0]) : TorchType.Tensor),
        PyDict d when d.Count > 0 => new DictType(TypeOfKey(d.Keys.First()), TypeOfExample(d.Values.First())),
        _ => throw Interpreter.TypeError($"Type '{PyOps.TypeOf(v).Name}' cannot be traced. Only Tensors and (possibly nested) Lists, Dicts, and Tuples of Tensors can be traced"),
    };

    static TorchType TypeOfKey(object? key) => key switch
    {
        string => TorchType.Str_,
        long => TorchType.Int,
        double => TorchType.Float,
        bool => TorchType.Bool,
        torch.Tensor => TorchType.Tensor,
        _ => throw Interpreter.TypeError($"Dictionary keys of type '{PyOps.TypeOf(key).Name}' cannot be traced"),
    };

    static void BindInput(TracingState state, Value input, object? example)
    {
        input.TracedType = TracedTypes.OfExample(example, input);
        switch (example)
        {
            case PyDict dict:
                // a dict stays one input; its entries are read from it (`aten::__getitem__`) up front
                foreach (var (key, value) in dict)
                    if (value is torch.Tensor t) state.Bind(t, state.DictItem(input, key));
                return;
            case torch.Tensor t: state.Bind(t, input); return;
            case PyTuple or PyList:
                var items = (IReadOnlyList<object?>)example;
                var kind = example is PyTuple ? "prim::TupleUnpack" : "prim::ListUnpack";
                var unpack = input.Graph.Insert(kind, new[] { input }, items.Count);
                for (int i = 0; i < items.Count; i++)
                {
                    unpack.Outputs[i].Type = TypeOfExample(items[i]);
                    BindInput(state, unpack.Outputs[i], items[i]);
                    if (example is PyList) unpack.Outputs[i].TracedType = null; // a list's elements have no complete types
                }
                return;
        }
    }

    static Value EncodeOutput(TracingState state, object? result)
    {
        var graph = state.Frame.Graph;
        switch (result)
        {
            case torch.Tensor t: return state.ValueOf(t);
            case PyTuple tuple:
            {
                var items = tuple.Select(x => EncodeOutput(state, x)).ToList();
                var n = graph.Insert("prim::TupleConstruct", items);
                n.Output.Type = new TupleType(items.Select(v => v.Type).ToList());
                n.Output.TracedType = TracedTypes.Tuple(items);
                return n.Output;
            }
            case PyList list:
            {
                if (state.Strict) state.Warn(ListOutputWarning);
                var items = list.Select(x => EncodeOutput(state, x)).ToList();
                var n = graph.Insert("prim::ListConstruct", items);
                n.Output.Type = new ListType(items.Count > 0 ? items[0].Type : TorchType.Tensor);
                return n.Output;
            }
            case PyDict dict:
            {
                if (state.Strict) throw new PythonException(Eager.BuiltinTypes.RuntimeError, DictOutputError);
                var items = new List<Value>();
                foreach (var (key, value) in dict)
                {
                    var keyType = TypeOfKey(key);
                    items.Add(graph.InsertConstant(ValueConversion.ToIValue(key, keyType), keyType));
                    items.Add(EncodeOutput(state, value));
                }
                var n = graph.Insert("prim::DictConstruct", items);
                n.Output.Type = new DictType(dict.Count > 0 ? items[0].Type : TorchType.Str_, dict.Count > 0 ? items[1].Type : TorchType.Tensor);
                return n.Output;
            }
        }
        throw new PythonException(Eager.BuiltinTypes.RuntimeError, $"Only tensors, lists, tuples of tensors, or dictionary of tensors can be output from traced functions (got {PyOps.TypeOf(result).Name})");
    }

    internal static GraphFunction Finish(Graph graph, string qualifiedName)
    {
        DeadMutations.Run(graph);
        UnusedResults.Prune(graph);
        // a later value may have taken an input's name (x -> x.1); unnamed inputs print as argument_N
        var arguments = graph.Inputs.Select((v, i) => new Argument(v.DebugName is { } n ? BaseName(n) : $"argument_{i}", v.Type)).ToList();
        var returns = graph.Outputs.Select(v => new Argument("", v.Type)).ToList();
        var name = qualifiedName[(qualifiedName.LastIndexOf('.') + 1)..];
        return new GraphFunction(qualifiedName, graph, new FunctionSchema(name, "", arguments, returns));
    }
}
