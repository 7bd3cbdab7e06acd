using TorchScriptSharp.Runtime;
using TorchScriptSharp.Types;
using static TorchScriptSharp.Ops.Kernels.Def;
using TorchSharp;
using static TorchSharp.torch;

namespace TorchScriptSharp.Ops.Kernels;

/// Factory functions. `layout` must be strided (0) and `pin_memory` is ignored (CPU build); when
/// dtype is None, PyTorch infers it from the values (ints -> int64, bools -> bool, floats -> the
/// default dtype), which is spelled out here rather than left to TorchSharp's overloads.
internal static class TensorCreationKernels
{
    public static void Register()
    {
        Op("aten::zeros", (long[] size, ScalarType? dtype, long? layout, Device? device, bool? pin) =>
            torch.zeros(size, dtype, device));
        Op("aten::ones", (long[] size, ScalarType? dtype, long? layout, Device? device, bool? pin) =>
            torch.ones(size, dtype, device));
        Op("aten::empty.memory_format", (long[] size, ScalarType? dtype, long? layout, Device? device, bool? pin, long? mf) =>
            torch.empty(size, dtype, device));
        Op("aten::full", (long[] size, IValue fill, ScalarType? dtype, long? layout, Device? device, bool? pin) =>
        {
            using var s = ToScalar(fill);
            return torch.full(size, s, dtype ?? DtypeOf(fill), device);
        });
        Op("aten::rand", (long[] size, ScalarType? dtype, long? layout, Device? device, bool? pin) => Rand(size, dtype, device));
        Op("aten::randn", (long[] size, ScalarType? dtype, long? layout, Device? device, bool? pin) => torch.randn(size, dtype, device));

        Op("aten::zeros_like", (Tensor a, ScalarType? dtype, long? layout, Device? device, bool? pin, long? mf) =>
            torch.zeros_like(a, dtype ?? a.dtype, device ?? a.device));
        Op("aten::ones_like", (Tensor a, ScalarType? dtype, long? layout, Device? device, bool? pin, long? mf) =>
            torch.ones_like(a, dtype ?? a.dtype, device ?? a.device));
        Op("aten::full_like", (Tensor a, Scalar fill, ScalarType? dtype, long? layout, Device? device, bool? pin, long? mf) =>
            torch.full_like(a, fill, dtype ?? a.dtype, device ?? a.device));

        Op("aten::arange", (IValue end, ScalarType? dtype, long? layout, Device? device, bool? pin) =>
            Arange(IValue.FromInt(0), end, IValue.FromInt(1), dtype, device));
        Op("aten::arange.start", (IValue start, IValue end, ScalarType? dtype, long? layout, Device? device, bool? pin) =>
            Arange(start, end, IValue.FromInt(1), dtype, device));
        Op("aten::arange.start_step", (IValue start, IValue end, IValue step, ScalarType? dtype, long? layout, Device? device, bool? pin) =>
            Arange(start, end, step, dtype, device));

        Op("aten::scalar_tensor", (IValue s, ScalarType? dtype, long? layout, Device? device, bool? pin) =>
        {
            using var sc = ToScalar(s);
            return torch.full(Array.Empty<long>(), sc, dtype ?? torch.get_default_dtype(), device);
        });
        Op("aten::tensor.int", (long v, ScalarType? dtype, Device? device, bool grad) => torch.tensor(v, dtype ?? ScalarType.Int64, device, grad));
        Op("aten::tensor.float", (double v, ScalarType? dtype, Device? device, bool grad) => torch.tensor(v, dtype ?? torch.get_default_dtype(), device, grad));
        Op("aten::tensor.bool", (bool v, ScalarType? dtype, Device? device, bool grad) => torch.tensor(v, dtype ?? ScalarType.Bool, device, grad));
        Op("aten::tensor", (ScriptList data, ScalarType? dtype, Device? device, bool grad) => FromList(data, dtype, device, grad));
    }

    static ScalarType DtypeOf(IValue v) => v.Tag switch
    {
        IValueTag.Int => ScalarType.Int64,
        IValueTag.Bool => ScalarType.Bool,
        IValueTag.Complex => ScalarType.ComplexFloat32,
        _ => torch.get_default_dtype(),
    };

    /// TorchSharp rejects a non-floating dtype itself; libtorch's own rand raises
    /// '"check_uniform_bounds" not implemented for 'Int'', which is what PyTorch shows, so an integral
    /// dtype goes to libtorch's uniform_ (the check rand runs).
    static Tensor Rand(long[] size, ScalarType? dtype, Device? device)
    {
        if (dtype is not { } d || d is ScalarType.Float16 or ScalarType.BFloat16 or ScalarType.Float32 or ScalarType.Float64
                or ScalarType.ComplexFloat32 or ScalarType.ComplexFloat64)
            return torch.rand(size, dtype, device);
        using var t = torch.empty(size, d, device);
        return t.uniform_(0, 1).alias();
    }

    static Tensor Arange(IValue start, IValue end, IValue step, ScalarType? dtype, Device? device)
    {
        var inferred = start.IsInt && end.IsInt && step.IsInt ? ScalarType.Int64 : torch.get_default_dtype();
        using var s0 = ToScalar(start);
        using var s1 = ToScalar(end);
        using var s2 = ToScalar(step);
        return torch.arange(s0, s1, s2, dtype ?? inferred, device);
    }

    /// `torch.tensor(nested_list)`: the shape comes from the nesting, which must be rectangular.
    static Tensor FromList(ScriptList data, ScalarType? dtype, Device? device, bool grad)
    {
        var shape = new List<long>();
        TorchType elem = data.ElementType;
        var level = data;
        while (true)
        {
            shape.Add(level.Count);
            if (elem is not ListType inner) break;
            elem = inner.Element;
            if (level.Count == 0) { shape.Add(0); break; }
            level = level[0].ToList();
        }
        var values = new List<IValue>();
        Flatten(data, 0, shape, values);
        var sizes = shape.ToArray();
        Tensor flat;
        if (elem == TorchType.Int) flat = torch.tensor(values.Select(v => v.ToInt()).ToArray(), ScalarType.Int64);
        else if (elem == TorchType.Bool) flat = torch.tensor(values.Select(v => v.ToBool()).ToArray(), ScalarType.Bool);
        else if (elem == TorchType.Float) flat = torch.tensor(values.Select(v => v.ToDouble()).ToArray(), torch.get_default_dtype());
        else throw KernelError.Runtime($"Input list to torch.tensor must be of ints, floats, or bools, got {elem.Str()}");
        using (flat)
        {
            using var shaped = flat.reshape(sizes);
            var typed = shaped.to(dtype ?? shaped.dtype, device ?? shaped.device, copy: true);
            if (grad) typed.requires_grad_(true);
            return typed;
        }
    }

    static void Flatten(ScriptList l, int depth, List<long> shape, List<IValue> into)
    {
        if (l.Count != shape[depth])
            throw KernelError.Runtime($"Expected sequence of length {shape[depth]} at dim {depth} (got {l.Count})");
        foreach (var item in l.Items)
        {
            if (item.IsList) Flatten(item.ToList(), depth + 1, shape, into);
            else into.Add(item);
        }
    }
}
