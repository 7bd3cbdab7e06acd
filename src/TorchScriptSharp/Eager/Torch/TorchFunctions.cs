using TorchScriptSharp.Serialization;
using TorchSharp;

namespace TorchScriptSharp.Eager.Torch;

/// The `torch` module: the Python-level functions (tensor, manual_seed, no_grad, Size, device...)
/// plus every `aten::` operator reachable as `torch.name` through the dispatcher.
static class TorchFunctions
{
    public static PyModuleObject CreateTorch(Interpreter ev)
    {
        var m = new PyModuleObject("torch");
        void Def(string name, Func<Interpreter, CallArgs, object?> body) => m.Dict[name] = new BuiltinFunction(name, body);
        foreach (var (name, type) in DTypes.All) m.Dict[name] = type;
        m.Dict["Tensor"] = BuiltinTypes.Tensor;
        m.Dict["dtype"] = BuiltinTypes.DType;
        m.Dict["device"] = BuiltinTypes.Device;
        m.Dict["__version__"] = "1.13.0";
        m.Dict["strided"] = 0L;
        m.Dict["contiguous_format"] = 0L;
        m.Dict["preserve_format"] = 1L;
        m.Dict["channels_last"] = 2L;
        m.Dict["inf"] = double.PositiveInfinity;
        m.Dict["nan"] = double.NaN;
        m.Dict["no_grad"] = GradModeClass("no_grad", false);
        m.Dict["enable_grad"] = GradModeClass("enable_grad", true);
        Def("tensor", (ev, a) =>
        {
            var p = Params.Bind(a, "tensor", ("data", Params.Required), ("dtype", null), ("device", null), ("requires_grad", false), ("pin_memory", false));
            var t = NewTensor(ev, p[0], (torch.ScalarType?)p[1]);
            if (PyOps.Truthy(ev, p[3])) t.requires_grad = true;
            return t;
        });
        Def("as_tensor", (ev, a) => a.Positional[0] is torch.Tensor t ? t : TensorFromData(ev, a.Positional[0], (torch.ScalarType?)a.Keyword("dtype")));
        m.Dict["Size"] = TorchSize.Class;
        Def("manual_seed", (ev, a) => { torch.manual_seed(PyConvert.ToLong(a.Positional[0])); return null; });
        Def("seed", (ev, a) => { var s = (long)Random.Shared.NextInt64(); torch.manual_seed(s); return s; });
        Def("is_grad_enabled", (ev, a) => torch.is_grad_enabled());
        Def("set_grad_enabled", (ev, a) => { torch.set_grad_enabled(PyOps.Truthy(ev, a.Positional[0])); return null; });
        Def("is_tensor", (ev, a) => a.Positional[0] is torch.Tensor);
        Def("is_storage", (ev, a) => false);
        Def("get_default_dtype", (ev, a) => torch.get_default_dtype());
        Def("set_default_dtype", (ev, a) => { torch.set_default_dtype((torch.ScalarType)a.Positional[0]!); return null; });
        Def("finfo", (ev, a) => FInfo(a.Positional.Count > 0 ? (torch.ScalarType)a.Positional[0]! : torch.get_default_dtype()));
        Def("iinfo", (ev, a) => IInfo((torch.ScalarType)a.Positional[0]!));
        Def("typename", (ev, a) => a.Positional[0] is torch.Tensor t ? DTypes.LegacyTypeName(t.dtype) : PyOps.TypeOf(a.Positional[0]).Name);
        m.Dict["cuda"] = new PyModuleObject("torch.cuda", new()
        {
            ["is_available"] = new BuiltinFunction("is_available", (ev, a) => false),
            ["device_count"] = new BuiltinFunction("device_count", (ev, a) => 0L),
        });
        m.Fallback = name => OpDispatch.Exists("aten::" + name)
            ? new BuiltinFunction(name, (ev2, a) => OpDispatch.Call(ev2, "aten::" + name, a, isMethod: false))
            : null;
        return m;
    }

    /// `torch.tensor(data, dtype)`, recorded as a constant while tracing.
    internal static torch.Tensor NewTensor(Interpreter ev, object? data, torch.ScalarType? dtype)
    {
        var t = TensorFromData(ev, data, dtype);
        return Tracing.TracingState.Current is { } trace ? TracedTensorConstant(ev, trace, t) : t;
    }

    /// `torch.tensor(data)` while tracing: a constant, moved to its device and dtype and detached, as
    /// PyTorch's binding does (and records), with its warning.
    static torch.Tensor TracedTensorConstant(Interpreter ev, Tracing.TracingState trace, torch.Tensor t)
    {
        trace.Warn("torch.tensor results are registered as constants in the trace. You can safely ignore this warning if you use this function to create tensors out of constant variables that would be the same every time you call this function. In any other case, this might cause the trace to be incorrect.");
        var moved = OpDispatch.Call(ev, "aten::to", CallArgs.Of(t, TensorAttributes.Device(t), t.dtype), isMethod: true);
        return (torch.Tensor)OpDispatch.Call(ev, "aten::detach", CallArgs.Of(moved), isMethod: true)!;
    }

    /// torch.no_grad / torch.enable_grad: context managers that also work as decorators.
    static PyClass GradModeClass(string name, bool enabled)
    {
        var c = new PyClass(name, new[] { BuiltinTypes.Object }, "torch.autograd.grad_mode");
        c.Dict["__enter__"] = new BuiltinFunction("__enter__", (ev, a) =>
        {
            var self = (PyInstance)a.Positional[0]!;
            self.Dict["prev"] = torch.is_grad_enabled();
            torch.set_grad_enabled(enabled);
            return null;
        });
        c.Dict["__exit__"] = new BuiltinFunction("__exit__", (ev, a) =>
        {
            var self = (PyInstance)a.Positional[0]!;
            torch.set_grad_enabled(self.Dict.TryGetValue("prev", out var p) && p is true);
            return false;
        });
        c.Dict["__call__"] = new BuiltinFunction("__call__", (ev, a) =>
        {
            var fn = a.Positional[1];
            return new BuiltinFunction(PyText.CallableName(fn), (ev2, args) =>
            {
                bool prev = torch.is_grad_enabled();
                torch.set_grad_enabled(enabled);
                try { return ev2.Call(fn, args); }
                finally { torch.set_grad_enabled(prev); }
            });
        });
        return c;
    }

    static PyModuleObject FInfo(torch.ScalarType t)
    {
        var (bits, eps, max, tiny) = t switch
        {
            torch.ScalarType.Float64 => (64L, 2.220446049250313e-16, double.MaxValue, 2.2250738585072014e-308),
            torch.ScalarType.Float16 => (16L, 0.0009765625, 65504.0, 6.103515625e-05),
            torch.ScalarType.BFloat16 => (16L, 0.0078125, 3.3895313892515355e+38, 1.1754943508222875e-38),
            _ => (32L, 1.1920928955078125e-07, 3.4028234663852886e+38, 1.1754943508222875e-38),
        };
        return new PyModuleObject("finfo", new() { ["bits"] = bits, ["eps"] = eps, ["max"] = max, ["min"] = -max, ["tiny"] = tiny, ["smallest_normal"] = tiny, ["dtype"] = DTypes.Name(t) });
    }

    static PyModuleObject IInfo(torch.ScalarType t)
    {
        var (bits, min, max) = t switch
        {
            torch.ScalarType.Byte => (8L, 0L, 255L),
            torch.ScalarType.Int8 => (8L, -128L, 127L),
            torch.ScalarType.Int16 => (16L, -32768L, 32767L),
            torch.ScalarType.Int32 => (32L, (long)int.MinValue, (long)int.MaxValue),
            _ => (64L, long.MinValue, long.MaxValue),
        };
        return new PyModuleObject("iinfo", new() { ["bits"] = bits, ["min"] = min, ["max"] = max, ["dtype"] = DTypes.Name(t) });
    }

    /// torch.tensor(data): nested lists/tuples of numbers (or one-element tensors); the dtype is
    /// inferred as PyTorch does (bool, int64, default float, complex) unless given.
    public static torch.Tensor TensorFromData(Interpreter ev, object? data, torch.ScalarType? dtype)
    {
        if (data is torch.Tensor src) return dtype is { } d0 ? src.detach().clone().to_type(d0) : src.detach().clone();
        var shape = new List<long>();
        var flat = new List<object?>();
        Collect(ev, data, 0, shape, flat);
        var dims = shape.ToArray();
        bool anyComplex = flat.Any(x => x is System.Numerics.Complex), anyFloat = flat.Any(x => x is double);
        bool allBool = flat.Count > 0 && flat.All(x => x is bool);
        var inferred = anyComplex ? torch.ScalarType.ComplexFloat32 : anyFloat ? torch.get_default_dtype()
            : allBool ? torch.ScalarType.Bool : torch.ScalarType.Int64;
        var target = dtype ?? inferred;
        torch.Tensor t;
        if (anyComplex) throw Interpreter.Unsupported("torch.tensor of complex numbers");
        else if (allBool && target == torch.ScalarType.Bool) t = torch.tensor(flat.Select(x => (bool)x!).ToArray(), dims);
        else if (!anyFloat && !DTypes.IsFloating(target)) t = torch.tensor(flat.Select(PyConvert.ToLong).ToArray(), dims).to_type(target);
        else t = torch.tensor(flat.Select(PyConvert.ToDouble).ToArray(), dims, torch.ScalarType.Float64).to_type(target);
        return t;
    }

    static void Collect(Interpreter ev, object? v, int depth, List<long> shape, List<object?> flat)
    {
        if (v is PyList or PyTuple)
        {
            var items = ((IEnumerable<object?>)v).ToList();
            if (shape.Count == depth) shape.Add(items.Count);
            else if (shape[depth] != items.Count)
                throw Interpreter.ValueError($"expected sequence of length {shape[depth]} at dim {depth} (got {items.Count})");
            foreach (var x in items) Collect(ev, x, depth + 1, shape, flat);
            return;
        }
        if (shape.Count > depth) throw Interpreter.ValueError($"expected sequence of length {shape[depth]} at dim {depth} (got a scalar)");
        switch (v)
        {
            case bool or long or double or System.Numerics.Complex: flat.Add(v); return;
            case torch.Tensor t when t.numel() == 1: flat.Add(TensorAttributes.Item(t)); return;
        }
        throw Interpreter.TypeError($"Could not infer dtype of {PyOps.TypeOf(v).Name}");
    }

    /// nn.Parameter(data=None, requires_grad=True): a new leaf sharing data's storage.
    public static object? MakeParameter(Interpreter ev, CallArgs a)
    {
        var p = Params.Bind(a, "Parameter", ("data", null), ("requires_grad", true));
        var data = p[0] as torch.Tensor ?? (p[0] == null ? torch.empty(0) : throw Interpreter.TypeError("Parameter data must be a Tensor"));
        return new TorchSharp.Modules.Parameter(data.detach(), PyOps.Truthy(ev, p[1]));
    }

    /// torch.device("cuda:0") / torch.device("cuda", 0).
    public static object? MakeDevice(CallArgs a)
    {
        var first = a.Positional.Count > 0 ? a.Positional[0] : a.Keyword("type");
        if (first is TorchDevice d) return d;
        var spec = first as string ?? throw Interpreter.TypeError("device() expects a string");
        var dev = TorchDevice.Parse(spec);
        if (a.Positional.Count > 1 && a.Positional[1] is long idx) dev = dev with { Index = (int)idx };
        return dev;
    }

    /// torch.Tensor(...) (legacy constructor): sizes give an uninitialised float tensor, data a float tensor.
    public static object? TensorCtor(Interpreter ev, CallArgs a)
    {
        if (a.Positional.Count == 0) return torch.empty(0);
        if (a.Positional.All(x => x is long)) return torch.empty(a.Positional.Select(x => (long)x!).ToArray());
        return TensorFromData(ev, a.Positional[0], torch.ScalarType.Float32);
    }
}
