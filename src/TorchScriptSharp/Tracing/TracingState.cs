using TorchScriptSharp.IR;
using TorchScriptSharp.Ops;
using TorchScriptSharp.Runtime;
using TorchScriptSharp.Types;
using TorchSharp;

namespace TorchScriptSharp.Tracing;

/// The trace being recorded on this thread (torch.jit.trace's tracing state). Whatever runs
/// tensor operators while it is set (the eager evaluator's dispatcher) reports each call here, and it
/// becomes a node of the innermost frame's graph. Frames nest when a traced module calls a submodule:
/// the submodule's forward is recorded into its own graph and the caller records a `prim::CallMethod`.
public sealed class TracingState
{
    [ThreadStatic] static TracingState? _current;

    /// Non-null while a trace is being recorded on this thread.
    public static TracingState? Current => _current;

    readonly Stack<TraceFrame> _frames = new();

    internal TracingState(Func<torch.Tensor, string?> variableName, Action<string> warn, Func<Syntax.SourceRange?> location)
    {
        _variableName = variableName;
        _warn = warn;
        _location = location;
    }

    readonly Func<torch.Tensor, string?> _variableName;
    readonly Action<string> _warn;
    // PyTorch's tracer marks the op nodes and the constants of their arguments with the Python line
    readonly Func<Syntax.SourceRange?> _location;

    internal TraceFrame Frame => _frames.Peek();

    /// The module being traced (null when tracing a function).
    internal TracedModuleBuilder.Node? Module { get; init; }

    /// torch.jit.trace's `strict`: warn about mutable containers (lists) in the output.
    internal bool Strict { get; init; } = true;

    /// A `prim::CallMethod` output to the value the called method returns: a name the caller's
    /// Python gives the result belongs to the callee's value, as in PyTorch's lifted trace.
    internal Dictionary<Value, Value> CallResults { get; } = new();
    Graph Graph => Frame.Graph;

    internal IDisposable Enter(TraceFrame frame)
    {
        _frames.Push(frame);
        var saved = _current;
        _current = this;
        return new Exit(() => { _frames.Pop(); _current = saved; });
    }

    /// Runs <paramref name="body"/> with no trace recording (a nested evaluation that must not leak in).
    public static T Suspended<T>(Func<T> body)
    {
        var saved = _current;
        _current = null;
        try { return body(); } finally { _current = saved; }
    }

    sealed class Exit : IDisposable
    {
        Action? _action;
        public Exit(Action action) => _action = action;
        public void Dispose() { _action?.Invoke(); _action = null; }
    }

    int _withoutLocation;

    /// While disposed-of later, recorded nodes get no source location (ops PyTorch records from inside
    /// its own Python or C++ code rather than at the user's line).
    public static IDisposable? WithoutLocation()
    {
        if (_current is not { } state) return null;
        state._withoutLocation++;
        return new Exit(() => state._withoutLocation--);
    }

    Syntax.SourceRange? Location() => _withoutLocation > 0 ? null : _location();

    /// A tensor read as a Python value ("boolean", "number", "index") freezes it into the trace.
    public static void WarnConversion(string kind) => _current?.Warn(
        $"Converting a tensor to a Python {kind} might cause the trace to be incorrect. We can't record the data flow of Python values, so this value will be treated as a constant in the future. This means that the trace might not generalize to other inputs!");

    public void Warn(string message) => _warn(message);

    /// The graph value standing for <paramref name="t"/>: what produced it in this frame, else a
    /// parameter or buffer of the traced module, else (a tensor made outside the trace) a constant.
    internal Value ValueOf(torch.Tensor t, bool nameFromPython = true)
    {
        if (Frame.TryGet(t, out var v)) return nameFromPython ? NameFromPython(v, t) : v;
        if (Frame.Attribute(t) is { } attr) return attr;
        var c = Graph.InsertConstant(IValue.FromTensor(t.detach()), TorchType.Tensor, Location());
        c.TracedType = TracedTypes.Of(t);
        Frame.Set(t, c);
        return c;
    }

    /// PyTorch names a value after the Python variable that holds it when the value is first used.
    Value NameFromPython(Value v, torch.Tensor t)
    {
        if (v.HasDebugName || v.Node.Kind == "prim::Constant") return v;
        var root = Source(v);
        if (root.HasDebugName || _variableName(t) is not { } name) return v;
        root.SetDebugName(name);
        return v;
    }

    /// Follows a frame input to the caller's value it stands for.
    Value Source(Value v)
    {
        for (int guard = 0; guard < 1000; guard++)
        {
            var frame = _frames.FirstOrDefault(f => f.Sources.ContainsKey(v));
            if (frame != null) { v = frame.Sources[v]; continue; }
            if (CallResults.TryGetValue(v, out var returned) && returned.Node.Kind != "prim::Param") { v = returned; continue; }
            break;
        }
        return v;
    }

    internal void Bind(torch.Tensor t, Value v) => Frame.Set(t, v);

    /// `dict[key]` of a dict input: `aten::__getitem__(%d, key)`.
    internal Value DictItem(Value dict, object? key)
    {
        var type = (DictType)dict.Type;
        var keyValue = Graph.InsertConstant(ValueConversion.ToIValue(key, type.Key), type.Key);
        var get = Graph.Insert("aten::__getitem__", new[] { dict, keyValue });
        get.Output.Type = type.Value;
        get.Schema = OperatorRegistry.Lookup("aten::__getitem__").Select(o => o.Schema)
            .FirstOrDefault(s => s.Arguments.Count == 2 && s.Arguments[0].Type is DictType d && d.Key == type.Key);
        return get.Output;
    }

    /// Records one operator call: <paramref name="given"/> holds, per schema argument, the Python value
    /// passed (tensors, numbers, lists, tensors standing for ints) or <see cref="Defaulted"/>.
    public void RecordOperator(FunctionSchema schema, IReadOnlyList<object?> given, IReadOnlyList<IValue> values, IReadOnlyList<IValue> outputs)
    {
        if (ConvolutionRecording.TryRewrite(schema, given, values, out var convolution, out var convolutionGiven, out var convolutionValues))
            (schema, given, values) = (convolution, convolutionGiven, convolutionValues);
        values = TensorOptionsRecording.Resolve(schema, values);
        schema = TensorOverloadFor(schema, given, out var wrapScalars);
        var inputs = new List<Value>();
        for (int i = 0; i < schema.Arguments.Count; i++)
        {
            var formal = schema.Arguments[i];
            if (wrapScalars && formal.Type == TorchType.Tensor && given[i] is not torch.Tensor)
            {
                var wrapped = WrappedNumber(values[i]);
                var constant = Graph.InsertConstant(IValue.FromTensor(wrapped), TorchType.Tensor, Location());
                constant.TracedType = TracedTypes.Of(wrapped);
                inputs.Add(constant);
                continue;
            }
            // copy_ has a hand-written tracer kernel in PyTorch that records non_blocking without a location
            bool located = !(schema.Name == "aten::copy_" && formal.Name == "non_blocking");
            inputs.Add(Encode(formal.Type, ReferenceEquals(given[i], Defaulted) ? null : given[i], values[i], located));
        }
        var node = Graph.Insert(schema.Name, inputs, 0, Location());
        node.Schema = schema;
        for (int i = 0; i < outputs.Count; i++)
        {
            var type = i < schema.Returns.Count ? schema.Returns[i].Type : TorchType.Tensor;
            var output = node.AddOutput(type);
            if (outputs[i].IsTensor) output.TracedType = TracedTypes.Of(outputs[i].ToTensor());
            BindOutput(output, outputs[i]);
        }
    }

    /// Marks "this argument took its default" in <see cref="RecordOperator"/>'s given values.
    public static readonly object Defaulted = new();

    void BindOutput(Value output, IValue value)
    {
        if (value.IsTensor) { Bind(value.ToTensor(), output); return; }
        if (value.IsList && output.Type is ListType { Element: var e } && e == TorchType.Tensor)
        {
            var items = value.ToList().Items;
            var unpack = Graph.Insert("prim::ListUnpack", new[] { output }, items.Count);
            for (int i = 0; i < items.Count; i++)
            {
                unpack.Outputs[i].Type = TorchType.Tensor;
                unpack.Outputs[i].TracedType = TracedTypes.Of(items[i].ToTensor());
                Bind(items[i].ToTensor(), unpack.Outputs[i]);
            }
        }
    }

    /// A Python number where PyTorch's bindings only offer the Tensor overload (add, sub, mul, div,
    /// floor_divide and their aliases: their Scalar overloads are hidden from Python) is recorded as that overload with the number as a
    /// 0-dim tensor constant, as PyTorch's tracer shows it (`aten::mul(%y, {2})`).
    static FunctionSchema TensorOverloadFor(FunctionSchema schema, IReadOnlyList<object?> given, out bool wrapped)
    {
        wrapped = false;
        string? tensorOverload = (schema.Name, schema.OverloadName) switch
        {
            ("aten::add" or "aten::sub" or "aten::mul" or "aten::div" or "aten::add_" or "aten::sub_" or "aten::mul_" or "aten::div_"
                or "aten::true_divide" or "aten::multiply" or "aten::divide" or "aten::subtract"
                or "aten::true_divide_" or "aten::multiply_" or "aten::divide_" or "aten::subtract_", "Scalar") => "Tensor",
            ("aten::floor_divide", "Scalar") => "",
            ("aten::floor_divide_", "Scalar") => "Tensor",
            ("aten::div" or "aten::div_", "Scalar_mode") => "Tensor_mode",
            _ => null,
        };
        if (tensorOverload == null) return schema;
        var tensorVersion = OperatorRegistry.Find(tensorOverload.Length == 0 ? schema.Name : $"{schema.Name}.{tensorOverload}")?.Schema;
        if (tensorVersion == null || tensorVersion.Arguments.Count != schema.Arguments.Count) return schema;
        wrapped = true;
        return tensorVersion;
    }

    static torch.Tensor WrappedNumber(IValue v) => v.Tag switch
    {
        IValueTag.Int => torch.tensor(v.ToInt()),
        IValueTag.Bool => torch.tensor(v.ToBool()),
        _ => torch.tensor(v.ToDouble(), torch.ScalarType.Float64),
    };

    /// One argument as a graph value: traced tensors by identity, ints read from traced sizes through
    /// `aten::Int`, lists element by element (`prim::ListConstruct`), everything else a constant.
    Value Encode(TorchType type, object? given, IValue value, bool located = true)
    {
        var inner = type is OptionalType o ? o.Element : type;
        if (given is torch.Tensor t)
        {
            var v = ValueOf(t);
            if (inner == TorchType.Tensor || inner == TorchType.Any) return v;
            if (inner == TorchType.Number) return TensorAsNumber(v, "aten::ScalarImplicit", TorchType.Number);
            return TensorAsNumber(v, inner == TorchType.Float ? "aten::Float" : "aten::Int", inner == TorchType.Float ? TorchType.Float : TorchType.Int);
        }
        if (inner is ListType list && value.IsList)
        {
            var items = value.ToList().Items;
            var givenItems = given as IReadOnlyList<object?>; // a Python list or tuple
            var elements = new List<Value>();
            for (int i = 0; i < items.Count; i++)
                elements.Add(Encode(list.Element, givenItems != null && i < givenItems.Count ? givenItems[i] : null, items[i]));
            var construct = Graph.Insert("prim::ListConstruct", elements);
            construct.Output.Type = list;
            return construct.Output;
        }
        if (value.IsTensor) return ValueOf(value.ToTensor());
        return value.IsNone ? Graph.InsertConstant(value, TorchType.None) : Graph.InsertConstant(value, ConstantType(inner, value), located ? Location() : null);
    }

    static TorchType ConstantType(TorchType formal, IValue value) => value.Tag switch
    {
        IValueTag.Int => TorchType.Int,
        IValueTag.Double => TorchType.Float,
        IValueTag.Bool => TorchType.Bool,
        IValueTag.String => TorchType.Str_,
        IValueTag.Device => TorchType.Device,
        IValueTag.Complex => TorchType.Complex,
        _ => formal,
    };

    /// `aten::Int(%n)` (`aten::Float`, `aten::ScalarImplicit`) for a tensor standing for a number, placed right after the tensor's producer
    /// (where PyTorch's tracer puts it), one per use as PyTorch records them.
    Value TensorAsNumber(Value tensor, string kind, TorchType type)
    {
        var n = Graph.Create(kind, new[] { tensor });
        n.Output.Type = type;
        n.Schema = OperatorRegistry.Lookup(kind).Select(o => o.Schema).First(s => s.Arguments.Count == 1 && s.Arguments[0].Type == TorchType.Tensor);
        if (tensor.Node.Kind == "prim::Param") n.InsertBefore(Graph.Block.Nodes.FirstOrDefault() ?? Graph.Block.ReturnNode);
        else n.InsertAfter(tensor.Node);
        return n.Output;
    }

    /// `x.size(d)` while tracing: PyTorch's tracer returns the size as a 0-dim Long tensor recorded as
    /// `prim::NumToTensor(aten::size(x, d))`, so arithmetic on it and its use as an int stay in the graph.
    public torch.Tensor SizeOf(torch.Tensor t, long dim)
    {
        var x = ValueOf(t);
        var d = Graph.InsertConstant(IValue.FromInt(dim), TorchType.Int, Location());
        var size = Graph.Insert("aten::size", new[] { x, d }, 1, Location());
        size.Output.Type = TorchType.Int;
        size.Schema = OperatorRegistry.Find("aten::size.int")!.Schema;
        var asTensor = Graph.Insert("prim::NumToTensor", new[] { size.Output });
        asTensor.Output.Type = TorchType.Tensor;
        asTensor.Schema = OperatorRegistry.Find("prim::NumToTensor.Scalar")!.Schema;
        var result = torch.tensor(t.shape[dim]);
        asTensor.Output.TracedType = TracedTypes.Of(result, requiresGradKnown: false);
        Bind(result, asTensor.Output);
        return result;
    }
}
