using TorchSharp;

namespace TorchScriptSharp.Serialization;

/// A callable global the unpickler may invoke (via REDUCE or NEWOBJ).
internal sealed record PyCallable(string Module, string Name)
{
    public override string ToString() => Module + "." + Name;
}

/// The allow-list that makes the unpickler safe: a pickle can only name these globals, and
/// "calling" one runs our own C# equivalent. Any other global (os.system, builtins.eval, ...) is
/// refused by name before anything happens, so a file can never execute code.
internal static class TorchGlobals
{
    private static readonly HashSet<string> Callables = new(StringComparer.Ordinal)
    {
        "collections.OrderedDict",
        "torch._utils._rebuild_tensor_v2",
        "torch._utils._rebuild_parameter",
        "torch._utils._rebuild_parameter_with_state",
        "torch.device",
        "torch.Size",
        // complex numbers: complex.__reduce__ is (complex, (real, imag)); protocol 2 names the module __builtin__
        "__builtin__.complex",
        "builtins.complex",
    };

    /// Resolves GLOBAL/STACK_GLOBAL: dtypes and storage classes are values, the rest callables.
    public static object Resolve(string module, string name)
    {
        if (module == "torch")
        {
            if (StorageType.FromClassName(name) is { } storage) return storage;
            if (StorageType.DtypeFromName(name) is { } dtype) return dtype;
        }
        if (Callables.Contains(module + "." + name)) return new PyCallable(module, name);
        throw new TorchSaveException(
            $"the pickle references the global '{module}.{name}', which is not allowed in a torch.save file " +
            "(only tensors, storages, OrderedDict, complex, torch.device, torch.Size and dtypes are)");
    }

    public static object? Call(PyCallable f, PyTuple args, Action<torch.Tensor> track)
    {
        switch (f.ToString())
        {
            case "collections.OrderedDict":
                if (args.Count == 0) return new PyDict(isOrdered: true);
                if (args.Count == 1 && args[0] is PyList items)
                {
                    // OrderedDict([(k, v), ...]) as pickled by protocol 0/1 writers.
                    var d = new PyDict(isOrdered: true);
                    foreach (var item in items)
                    {
                        if (item is not PyTuple { Count: 2 } kv) throw Bad(f, "expects (key, value) pairs");
                        d[kv[0]] = kv[1];
                    }
                    return d;
                }
                throw Bad(f, $"called with {args.Count} arguments");

            case "torch._utils._rebuild_tensor_v2":
            {
                // (storage, storage_offset, size, stride, requires_grad, backward_hooks[, metadata])
                if (args.Count is < 6 or > 7) throw Bad(f, $"expects 6 or 7 arguments, got {args.Count}");
                if (args[0] is not LoadedStorage storage) throw Bad(f, "argument 1 is not a storage");
                long offset = Int(f, args[1], "storage_offset");
                long[] size = Ints(f, args[2], "size");
                long[] stride = Ints(f, args[3], "stride");
                bool requiresGrad = Bool(f, args[4], "requires_grad");
                var t = TensorStorage.View(storage, offset, size, stride, requiresGrad);
                track(t);
                return t;
            }

            case "torch._utils._rebuild_parameter":
            case "torch._utils._rebuild_parameter_with_state":
            {
                // (data, requires_grad, backward_hooks[, state])
                if (args.Count != (f.Name == "_rebuild_parameter" ? 3 : 4)) throw Bad(f, $"got {args.Count} arguments");
                if (args[0] is not torch.Tensor data) throw Bad(f, "argument 1 is not a tensor");
                bool requiresGrad = Bool(f, args[1], "requires_grad");
                if (requiresGrad && !TensorStorage.IsDifferentiable(data.dtype))
                    throw Bad(f, $"a parameter of dtype {data.dtype} cannot require grad");
                // Parameter takes over the handle it is given; a detached alias keeps `data` (which the
                // memo may hand out again) valid while sharing its storage, as in Python.
                var p = new TorchSharp.Modules.Parameter(data.detach(), requiresGrad);
                track(p);
                return p;
            }

            case "torch.device":
                if (args.Count == 1 && args[0] is string spec) return TorchDevice.Parse(spec);
                if (args.Count == 2 && args[0] is string type && args[1] is long index && index is >= 0 and <= int.MaxValue)
                    return new TorchDevice(type, (int)index);
                throw Bad(f, "expects ('type',) or ('type', index)");

            case "__builtin__.complex":
            case "builtins.complex":
                if (args.Count == 2 && Number(args[0]) is double re && Number(args[1]) is double im)
                    return new System.Numerics.Complex(re, im);
                if (args.Count == 1 && Number(args[0]) is double real) return new System.Numerics.Complex(real, 0);
                throw Bad(f, "expects (real, imag) numbers");

            case "torch.Size":
                if (args.Count == 1 && args[0] is PyTuple dims && dims.All(d => d is long)) return dims;
                throw Bad(f, "expects a tuple of ints");
        }
        throw Bad(f, "is not callable here");
    }

    private static double? Number(object? v) => v switch { double d => d, long l => l, bool b => b ? 1 : 0, _ => null };

    private static TorchSaveException Bad(PyCallable f, string what) => new($"{f}: {what}");

    private static long Int(PyCallable f, object? v, string what) =>
        v is long l ? l : throw Bad(f, $"{what} must be an int, got {PyRepr.Of(v)}");

    private static bool Bool(PyCallable f, object? v, string what) =>
        v is bool b ? b : throw Bad(f, $"{what} must be a bool, got {PyRepr.Of(v)}");

    private static long[] Ints(PyCallable f, object? v, string what)
    {
        if (v is not PyTuple t) throw Bad(f, $"{what} must be a tuple, got {PyRepr.Of(v)}");
        if (t.Count > Limits.MaxTensorRank) throw Bad(f, $"{what} has {t.Count} dimensions (limit {Limits.MaxTensorRank})");
        var result = new long[t.Count];
        for (int i = 0; i < t.Count; i++) result[i] = Int(f, t[i], what);
        return result;
    }
}
