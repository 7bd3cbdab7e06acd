using TorchScriptSharp.Runtime;
using TorchSharp;
using static TorchSharp.torch;

namespace TorchScriptSharp.Ops.Kernels;

/// A Python number as a 0-dim tensor that takes part in type promotion the way ATen's "wrapped
/// number" does: an int next to a float tensor keeps the tensor's dtype, a float next to an integer
/// tensor gives the default dtype. For ops TorchSharp only offers with two tensors.
internal static class WrappedScalar
{
    public static Tensor Like(IValue v, Tensor other)
    {
        if (v.IsDouble && !torch.is_floating_point(other.dtype) && !torch.is_complex(other.dtype))
            return torch.tensor(v.ToDouble(), torch.get_default_dtype(), other.device);
        if (v.IsDouble) return torch.tensor(v.ToDouble(), other.dtype, other.device);
        if (v.IsBool) return torch.tensor(v.ToBool(), other.dtype == ScalarType.Bool ? ScalarType.Bool : other.dtype, other.device);
        if (v.IsInt) return torch.tensor(v.ToInt(), other.dtype == ScalarType.Bool ? ScalarType.Int64 : other.dtype, other.device);
        using var t = Conversions.NumberToTensor(v);
        return t.to(other.device, copy: true);
    }

    /// Applies a tensor-tensor op with the number wrapped.
    public static Tensor Apply(Tensor a, IValue b, Func<Tensor, Tensor, Tensor> f)
    {
        using var w = Like(b, a);
        return f(a, w);
    }

    public static Tensor ApplyLeft(IValue a, Tensor b, Func<Tensor, Tensor, Tensor> f)
    {
        using var w = Like(a, b);
        return f(w, b);
    }
}
