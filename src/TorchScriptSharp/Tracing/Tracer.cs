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
    /// PyTorch's words about a mutable container in a trace's output (a warning for a list, an error
    /// for a dict, unless strict=False).
    static string ContainerOutputMessage(string kind) =>
        $"Encountering a {kind} at the output of the tracer might cause the trace to be incorrect, this is only valid if the container structure does not change based on the module's inputs. Consider using a constant container instead (e.g. for `list`, use a `tuple` instead. for `dict`, use a `NamedTuple` instead). If you absolutely need this and know the side effects, pass strict=False to trace() to allow this behavior.";

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
                    args => ev.Call(ev.GetAttr(module, method), new CallArgs(args)), inputs);
        }
        return root;
    }

    static TracedModuleBuilder.Node TraceModuleOnce(Interpreter ev, PyInstance module, IReadOnlyList<(string Method, IReadOnlyList<object?> Inputs)> methods, TraceOptions options)
    {
        var root = new TracedModuleBuilder(ev.TypeNames).Build(module);
        if (root.WasScripted) return root;
        var state = NewState(ev, root, options);
        foreach (var (method, inputs) in methods) TraceMethod(ev, state, root, method, method, inputs, null);
        return root;
    }

    static TracingState NewState(Interpreter ev, TracedModuleBuilder.Node? root, TraceOptions options) =>
        new(t => ev.VariableNameOf(t), message => ev.Warn("TracerWarning", message), ev.TraceLocation) { Module = root, Strict = options.Strict };

    /// Traces the Python method <paramref name="pythonMethod"/> of a module of the tree into the method
    /// <paramref name="name"/> of its type.
    /// <param name="callerTensors">For a submodule call: the tensors inside the arguments, in order, with
    /// the caller's values for them. PyTorch's lifted method takes these tensors (each value once) as
    /// its parameters, however the Python arguments nest them; null for a top-level method.</param>
    static (GraphFunction Function, object? Result) TraceMethod(Interpreter ev, TracingState state, TracedModuleBuilder.Node node,
        string pythonMethod, string name, IReadOnlyList<object?> inputs, IReadOnlyList<(torch.Tensor Tensor, Value Outer)>? callerTensors)
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
            if (callerTensors == null)
                for (int i = 0; i < inputs.Count; i++)
                    BindInput(state, graph.AddInput(TypeOfExample(inputs[i]), i < names.Count ? names[i] : null), inputs[i]);
            else
            {
                var inputOf = new Dictionary<Value, Value>();
                foreach (var (tensor, outer) in callerTensors)
                {
                    // the same caller value passed twice is one parameter, as PyTorch's lifted method has
                    if (!inputOf.TryGetValue(outer, out var input))
                    {
                        input = inputOf[outer] = graph.AddInput(TorchType.Tensor);
                        frame.Sources[input] = outer;
                    }
                    state.Bind(tensor, input);
                }
            }
            result = ev.Call(method, new CallArgs(inputs.Prepend(node.Instance).ToList()));
            graph.RegisterOutput(callerTensors != null && TensorLeaves(result) is { } leaves
                ? FlatOutput(state, leaves) : EncodeOutput(state, result));
        }
        if (callerTensors != null) NameCalleeInputs(graph, frame);
        var fn = Finish(graph, node.Type.QualifiedName + "." + name);
        if (callerTensors != null) UnusedResults.MarkTraced(fn);
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
        var graph = state.Frame.Graph;
        GraphFunction fn;
        string name = "forward";
        IEnumerable<Value> arguments;
        if (node.WasScripted)
        {
            // a script module's method takes its arguments as they are
            fn = (GraphFunction)node.Type.Method("forward")!;
            result = TracingState.Suspended(() => ev.Call(ev.GetAttr(module, "forward"), args));
            arguments = args.Positional.Select(a => a is torch.Tensor t ? state.ValueOf(t, nameFromPython: false)
                : graph.InsertConstant(ValueConversion.ToIValue(a), TorchType.Any));
        }
        else
        {
            // unnamed here: the callee's Python names them when it uses them
            var callerTensors = args.Positional.SelectMany(a => TensorLeaves(a) ?? new List<torch.Tensor>())
                .Select(t => (t, state.ValueOf(t, nameFromPython: false))).ToList();
            name = FreshForwardName(node.Type);
            (fn, result) = TraceMethod(ev, state, node, "forward", name, args.Positional, callerTensors);
            arguments = callerTensors.Select(c => c.Item2).Distinct();
        }
        var target = state.Frame.Attribute(module)!;
        var call = graph.Insert("prim::CallMethod", arguments.ToList().Prepend(target));
        call.Attributes["name"] = name;
        call.Output.Type = fn.Schema.Returns.Count == 1 ? fn.Schema.Returns[0].Type : TorchType.Tensor;
        state.CallResults[call.Output] = fn.Graph.Outputs[0];
        if (!node.WasScripted && TensorLeaves(result) is { } leaves) BindFlatResult(state, call.Output, leaves);
        else BindResult(state, call.Output, result);
        // the elements of a returned tuple stand for the callee's values too (names flow back to them)
        if (fn.Graph.Outputs[0].Node is { Kind: "prim::TupleConstruct" } returned && call.Output.Uses is [{ User: { Kind: "prim::TupleUnpack" } unpack }])
            for (int i = 0; i < unpack.Outputs.Count && i < returned.Inputs.Count; i++) state.CallResults[unpack.Outputs[i]] = returned.Inputs[i];
        return true;
    }

    /// The tensors inside a (possibly nested) tuple or list, in order; empty for a value with none,
    /// null when it also holds other things (ints, strings...), which lifting cannot flatten.
    static List<torch.Tensor>? TensorLeaves(object? v)
    {
        switch (v)
        {
            case torch.Tensor t: return new List<torch.Tensor> { t };
            case PyTuple or PyList:
                var all = new List<torch.Tensor>();
                foreach (var x in (IReadOnlyList<object?>)v)
                {
                    if (TensorLeaves(x) is not { } inner) return null;
                    all.AddRange(inner);
                }
                return all;
            case null: return new List<torch.Tensor>();
        }
        return null;
    }

    /// Runs a traced function (a method when <paramref name="self"/> is given) on Python values, outside
    /// any trace, and returns its result as a Python value.
    public static object? Run(GraphFunction fn, ScriptObject? self, IEnumerable<object?> args)
    {
        var values = new List<IValue>();
        if (self != null) values.Add(IValue.FromObject(self));
        var formals = fn.Schema.Arguments;
        foreach (var x in args) values.Add(ValueConversion.ToIValue(x, values.Count < formals.Count ? formals[values.Count].Type : null));
        return Eager.Torch.OpDispatch.FromIValue(TracingState.Suspended(() => Runtime.Interpreter.Run(fn, values)));
    }

    /// A lifted method's result: its single tensor, or a flat tuple of the tensors the Python result nests.
    static Value FlatOutput(TracingState state, List<torch.Tensor> leaves)
    {
        var values = leaves.Select(t => state.ValueOf(t)).ToList();
        return values.Count == 1 ? values[0] : InsertTuple(state.Frame.Graph, values);
    }

    /// `prim::TupleConstruct` of traced values, typed as PyTorch's trace types it.
    internal static Value InsertTuple(Graph graph, IReadOnlyList<Value> items)
    {
        var n = graph.Insert("prim::TupleConstruct", items);
        n.Output.Type = new TupleType(items.Select(v => v.Type).ToList());
        n.Output.TracedType = TracedTypes.Tuple(items);
        return n.Output;
    }

    /// The caller's side of FlatOutput: each tensor of the Python result is an element of the call's result.
    static void BindFlatResult(TracingState state, Value call, List<torch.Tensor> leaves)
    {
        if (leaves.Count == 1) { state.Bind(leaves[0], call); return; }
        var unpack = state.Frame.Graph.Insert("prim::TupleUnpack", new[] { call }, leaves.Count);
        for (int i = 0; i < leaves.Count; i++)
        {
            unpack.Outputs[i].Type = TorchType.Tensor;
            state.Bind(leaves[i], unpack.Outputs[i]);
        }
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
        input.TracedType = TracedTypes.OfExample(example);
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
            case PyTuple tuple: return InsertTuple(graph, tuple.Select(x => EncodeOutput(state, x)).ToList());
            case PyList list:
            {
                if (state.Strict) state.Warn(ContainerOutputMessage("list"));
                var items = list.Select(x => EncodeOutput(state, x)).ToList();
                var n = graph.Insert("prim::ListConstruct", items);
                n.Output.Type = new ListType(items.Count > 0 ? items[0].Type : TorchType.Tensor);
                return n.Output;
            }
            case PyDict dict:
            {
                if (state.Strict) throw new PythonException(Eager.BuiltinTypes.RuntimeError, ContainerOutputMessage("dict"));
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
        TracedAliases.Normalize(graph);
        // a later value may have taken an input's name (x -> x.1); unnamed inputs print as argument_N
        var arguments = graph.Inputs.Select((v, i) => new Argument(v.DebugName is { } n ? BaseName(n) : $"argument_{i}", v.Type)).ToList();
        var returns = graph.Outputs.Select(v => new Argument("", v.Type)).ToList();
        var name = qualifiedName[(qualifiedName.LastIndexOf('.') + 1)..];
        return new GraphFunction(qualifiedName, graph, new FunctionSchema(name, "", arguments, returns));
    }
}
