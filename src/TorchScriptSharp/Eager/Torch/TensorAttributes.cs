using TorchScriptSharp.Serialization;
using TorchSharp;

namespace TorchScriptSharp.Eager.Torch;

/// `tensor.attr` and `tensor.method(...)`: a few attributes and methods are Python-level in PyTorch
/// (shape, dtype, tolist, float()...) and live here; every other method dispatches to `aten::name`.
static class TensorAttributes
{
    public static bool TryGet(Interpreter ev, torch.Tensor t, string name, out object? value)
    {
        value = name switch
        {
            "shape" => Size(t),
            "dtype" => t.dtype,
            "device" => Device(t),
            "requires_grad" => t.requires_grad,
            "is_leaf" => t.is_leaf,
            "grad" => t.grad is { } g && !g.IsInvalid ? g : null,
            "data" => t.detach(),
            "T" when Tracing.TracingState.Current != null => OpDispatch.Call(ev, "aten::numpy_T", CallArgs.Of(t), isMethod: true),
            "T" => t.dim() < 2 ? t : t.permute(Enumerable.Range(0, (int)t.dim()).Reverse().Select(i => (long)i).ToArray()),
            "mT" when Tracing.TracingState.Current != null => OpDispatch.Call(ev, "aten::mT", CallArgs.Of(t), isMethod: true),
            "mT" => t.transpose(-2, -1),
            "ndim" => t.dim(),
            "is_cuda" => t.device_type == DeviceType.CUDA,
            "is_sparse" => false,
            "is_nested" => false,
            "is_mkldnn" => false,
            "is_meta" => false,
            "is_quantized" => false,
            "layout" => 0L,
            "__class__" => PyOps.TypeOf(t),
            _ => NoValue,
        };
        if (!ReferenceEquals(value, NoValue)) return true;
        var method = Method(ev, t, name);
        if (method != null) { value = method; return true; }
        if (OpDispatch.Exists("aten::" + name))
        {
            value = new BuiltinFunction(name, (ev2, a) => OpDispatch.Call(ev2, "aten::" + name, a.Prepend(t), isMethod: true));
            return true;
        }
        value = null;
        return false;
    }

    static readonly object NoValue = new();

    /// The dtype of `t.float()` and friends.
    static torch.ScalarType? ConversionDType(string name) => name switch
    {
        "float" => torch.ScalarType.Float32,
        "double" => torch.ScalarType.Float64,
        "half" => torch.ScalarType.Float16,
        "bfloat16" => torch.ScalarType.BFloat16,
        "long" => torch.ScalarType.Int64,
        "int" => torch.ScalarType.Int32,
        "short" => torch.ScalarType.Int16,
        "char" => torch.ScalarType.Int8,
        "byte" => torch.ScalarType.Byte,
        "bool" => torch.ScalarType.Bool,
        _ => null,
    };

    /// `t.shape`; while tracing, PyTorch hands out each dimension as a traced 0-dim tensor.
    public static PyTuple Size(torch.Tensor t) => Tracing.TracingState.Current is { } trace
        ? TorchSize.Of(Enumerable.Range(0, (int)t.dim()).Select(d => (object?)trace.SizeOf(t, d)).ToArray())
        : TorchSize.Of(t.shape.Select(d => (object?)d).ToArray());

    static object SizeAt(torch.Tensor t, object? dim)
    {
        int d = PyConvert.NormalizeIndex(dim, t.shape.Length, "dimension");
        return Tracing.TracingState.Current is { } trace ? trace.SizeOf(t, d) : (object)t.shape[d]; // (object): TorchSharp converts long to Tensor implicitly
    }

    public static TorchDevice Device(torch.Tensor t) =>
        t.device_type == DeviceType.CPU ? new TorchDevice("cpu") : new TorchDevice(t.device_type.ToString().ToLowerInvariant(), t.device_index);

    static BuiltinFunction? Method(Interpreter ev, torch.Tensor t, string name)
    {
        // while tracing, recorded as what they run: `aten::to(t, dtype)`
        if (ConversionDType(name) is { } dtype)
            return new BuiltinFunction(name, (ev, a) => Tracing.TracingState.Current != null
                ? OpDispatch.Call(ev, "aten::to", CallArgs.Of(t, dtype), isMethod: true) : t.to_type(dtype));
        Func<Interpreter, CallArgs, object?>? body = name switch
        {
            "size" => (ev, a) => a.Positional.Count == 0 && !a.HasKeyword("dim") ? Size(t)
                : SizeAt(t, a.Positional.Count > 0 ? a.Positional[0] : a.Keyword("dim")),
            "stride" => (ev, a) => a.Positional.Count == 0 && !a.HasKeyword("dim") ? new PyTuple(t.stride().Select(x => (object?)x).ToArray())
                : t.stride()[PyConvert.NormalizeIndex(a.Positional.Count > 0 ? a.Positional[0] : a.Keyword("dim"), t.shape.Length, "dimension")],
            "dim" or "ndimension" => (ev, a) => t.dim(),
            "numel" or "nelement" => (ev, a) => t.numel(),
            "item" => (ev, a) => Item(t),
            "tolist" => (ev, a) => ToList(t),
            "cpu" => (ev, a) => t.device_type == DeviceType.CPU ? t : t.cpu(), // the same tensor, as PyTorch returns self
            "cuda" => (ev, a) => throw new PythonException(BuiltinTypes.RuntimeError, "CUDA is not available to the eager evaluator"),
            "type" => (ev, a) => a.Positional.Count == 0 && !a.HasKeyword("dtype") ? DTypes.LegacyTypeName(t.dtype)
                : t.to_type((torch.ScalarType)(a.Positional.Count > 0 ? a.Positional[0] : a.Keyword("dtype"))!),
            "requires_grad_" => (ev, a) =>
            {
                t.requires_grad = a.Positional.Count == 0 && !a.HasKeyword("requires_grad") || PyOps.Truthy(ev, a.Positional.Count > 0 ? a.Positional[0] : a.Keyword("requires_grad"));
                return t;
            },
            "element_size" => (ev, a) => t.ElementSize,
            "is_floating_point" => (ev, a) => t.is_floating_point(),
            "is_complex" => (ev, a) => t.is_complex(),
            "backward" => (ev, a) => { t.backward(); return null; },
            "__len__" => (ev, a) => PyOps.Len(ev, t),
            "numpy" => (ev, a) => throw Interpreter.Unsupported("Tensor.numpy()"),
            "__format__" => (ev, a) => PyFormat.Format(ev, t.dim() == 0 ? Item(t) : t, (string)a.Positional[0]!),
            _ => null,
        };
        return body == null ? null : new BuiltinFunction(name, body);
    }

    public static void Set(Interpreter ev, torch.Tensor t, string name, object? value)
    {
        switch (name)
        {
            case "requires_grad": t.requires_grad = PyOps.Truthy(ev, value); return;
            case "data":
                if (value is not torch.Tensor d) throw Interpreter.TypeError("data must be a Tensor");
                using (torch.no_grad()) t.set_(d);
                return;
            case "grad":
                if (value == null) { t.grad?.zero_(); if (t.grad is { } g) t.grad = null; return; }
                t.grad = (torch.Tensor)value;
                return;
        }
        throw new PythonException(BuiltinTypes.AttributeError, $"'Tensor' object attribute '{name}' is read-only or unknown");
    }

    /// tensor.item() as a Python number.
    /// <param name="conversion">What Python asked for, as PyTorch's TracerWarning names it: "number"
    /// (item), "integer" (int()), "float" (float()).</param>
    public static object? Item(torch.Tensor t, string conversion = "number")
    {
        if (t.numel() != 1) throw new PythonException(BuiltinTypes.RuntimeError, $"a Tensor with {t.numel()} elements cannot be converted to Scalar");
        Tracing.TracingState.WarnConversion(conversion);
        if (t.dtype == torch.ScalarType.Bool) return t.item<bool>();
        if (DTypes.IsFloating(t.dtype)) return t.to_type(torch.ScalarType.Float64).item<double>();
        if (DTypes.IsComplex(t.dtype))
        {
            var c = t.to_type(torch.ScalarType.ComplexFloat64).item<System.Numerics.Complex>();
            return c;
        }
        return t.to_type(torch.ScalarType.Int64).item<long>();
    }

    /// tensor.tolist(): nested lists of Python numbers.
    public static object? ToList(torch.Tensor t)
    {
        if (t.dim() == 0) return Item(t);
        var flat = t.contiguous().reshape(-1);
        object?[] items;
        if (t.dtype == torch.ScalarType.Bool) items = flat.data<bool>().ToArray().Select(x => (object?)x).ToArray();
        else if (DTypes.IsFloating(t.dtype)) items = flat.to_type(torch.ScalarType.Float64).data<double>().ToArray().Select(x => (object?)x).ToArray();
        else if (DTypes.IsComplex(t.dtype)) items = Enumerable.Range(0, (int)flat.numel()).Select(i => Item(flat[i])).ToArray();
        else items = flat.to_type(torch.ScalarType.Int64).data<long>().ToArray().Select(x => (object?)x).ToArray();
        int pos = 0;
        return Nest(t.shape, 0, items, ref pos);
    }

    static object? Nest(long[] shape, int dim, object?[] items, ref int pos)
    {
        var list = new PyList();
        for (long i = 0; i < shape[dim]; i++)
        {
            if (dim == shape.Length - 1) list.Add(items[pos++]);
            else list.Add(Nest(shape, dim + 1, items, ref pos));
        }
        return list;
    }
}
