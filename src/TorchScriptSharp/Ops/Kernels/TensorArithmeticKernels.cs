using TorchScriptSharp.Runtime;
using TorchSharp;
using static TorchScriptSharp.Ops.Kernels.Def;
using static TorchSharp.torch;

namespace TorchScriptSharp.Ops.Kernels;

/// Element-wise tensor arithmetic. dtype promotion is libtorch's own: TorchSharp forwards to the
/// same ATen functions, and Scalars keep their int/float kind (see Def.ToScalar).
/// In-place ops (`add_`) push back the very tensor object they received, as their schema returns
/// `Tensor(a!)`: the interpreter relies on that identity.
internal static class TensorArithmeticKernels
{
    public static void Register()
    {
        Op("aten::add.Tensor", (Tensor a, Tensor b, Scalar alpha) => a.add(b, alpha));
        Op("aten::add.Scalar", (Tensor a, Scalar b, Scalar alpha) => a.add(b, alpha));
        Op("aten::add_.Tensor", (Tensor a, Tensor b, Scalar alpha) => { a.add_(b, alpha); return a; });
        Op("aten::add_.Scalar", (Tensor a, Scalar b, Scalar alpha) => { a.add_(b, alpha); return a; });
        // sub(a, b, alpha) is add(a, b, -alpha) in ATen too.
        Op("aten::sub.Tensor", (Tensor a, Tensor b, IValue alpha) => Sub(a, b, alpha));
        Op("aten::sub.Scalar", (Tensor a, IValue b, IValue alpha) => Sub(a, b, alpha));
        Op("aten::sub_.Tensor", (Tensor a, Tensor b, IValue alpha) => { using var na = Negated(alpha); a.add_(b, na); return a; });
        Op("aten::sub_.Scalar", (Tensor a, Scalar b, IValue alpha) => { using var na = Negated(alpha); a.add_(b, na); return a; });
        Op("aten::rsub.Tensor", (Tensor a, Tensor b, IValue alpha) => Sub(b, a, alpha));
        Op("aten::rsub.Scalar", (Tensor a, Scalar b, IValue alpha) =>
        {
            using var na = Negated(alpha);
            using var scaled = a.mul(na);
            return scaled.add(b);
        });
        Op("aten::mul.Tensor", (Tensor a, Tensor b) => a.mul(b));
        Op("aten::mul.Scalar", (Tensor a, Scalar b) => a.mul(b));
        Op("aten::mul_.Tensor", (Tensor a, Tensor b) => { a.mul_(b); return a; });
        Op("aten::mul_.Scalar", (Tensor a, Scalar b) => { a.mul_(b); return a; });
        Op("aten::div.Tensor", (Tensor a, Tensor b) => a.div(b));
        Op("aten::div.Scalar", (Tensor a, Scalar b) => a.div(b));
        Op("aten::div.Tensor_mode", (Tensor a, Tensor b, string? mode) => a.div(b, Rounding(mode)));
        Op("aten::div.Scalar_mode", (Tensor a, Scalar b, string? mode) => a.div(b, Rounding(mode)));
        Op("aten::div_.Tensor", (Tensor a, Tensor b) => { a.div_(b); return a; });
        Op("aten::div_.Scalar", (Tensor a, Scalar b) => { a.div_(b); return a; });
        Op("aten::div_.Tensor_mode", (Tensor a, Tensor b, string? mode) => { a.div_(b, Rounding(mode)); return a; });
        Op("aten::div_.Scalar_mode", (Tensor a, Scalar b, string? mode) => { a.div_(b, Rounding(mode)); return a; });
        Op("aten::floor_divide", (Tensor a, Tensor b) => a.floor_divide(b));
        Op("aten::floor_divide.Scalar", (Tensor a, Scalar b) => a.floor_divide(b));
        Op("aten::remainder.Tensor", (Tensor a, Tensor b) => a.remainder(b));
        Op("aten::remainder.Scalar", (Tensor a, Scalar b) => a.remainder(b));
        Op("aten::remainder.Scalar_Tensor", (IValue a, Tensor b) => { using var t = ScalarLike(a, b); return t.remainder(b); });
        Op("aten::fmod.Tensor", (Tensor a, Tensor b) => a.fmod(b));
        Op("aten::fmod.Scalar", (Tensor a, Scalar b) => a.fmod(b));
        Op("aten::fmod_.Tensor", (Tensor a, Tensor b) => { a.fmod_(b); return a; });
        Op("aten::fmod_.Scalar", (Tensor a, Scalar b) => { a.fmod_(b); return a; });
        Op("aten::pow.Tensor_Tensor", (Tensor a, Tensor b) => a.pow(b));
        Op("aten::pow.Tensor_Scalar", (Tensor a, Scalar b) => a.pow(b));
        Op("aten::pow.Scalar", (IValue a, Tensor b) => { using var t = ScalarLike(a, b); return t.pow(b); });

        Op("aten::neg", (Tensor a) => a.neg());
        Op("aten::abs", (Tensor a) => a.abs());
        Op("prim::abs", (Tensor a) => a.abs());
        Op("aten::relu", (Tensor a) => a.relu());
        Op("aten::relu_", (Tensor a) => { a.relu_(); return a; });
        Op("aten::sigmoid", (Tensor a) => a.sigmoid());
        Op("aten::tanh", (Tensor a) => a.tanh());
        Op("aten::exp", (Tensor a) => a.exp());
        Op("aten::log", (Tensor a) => a.log());
        Op("aten::sqrt", (Tensor a) => a.sqrt());
        Op("aten::reciprocal", (Tensor a) => a.reciprocal());
        Op("aten::matmul", (Tensor a, Tensor b) => a.matmul(b));
        Op("aten::mm", (Tensor a, Tensor b) => a.mm(b));
        Op("aten::bmm", (Tensor a, Tensor b) => a.bmm(b));

        Op("aten::clamp", (Tensor a, Scalar? min, Scalar? max) => a.clamp(min, max));
        Op("aten::clamp.Tensor", (Tensor a, Tensor? min, Tensor? max) => a.clamp(min, max));
        Op("aten::clamp_", (Tensor a, Scalar? min, Scalar? max) => { a.clamp_(min, max); return a; });
        Op("aten::clamp_.Tensor", (Tensor a, Tensor? min, Tensor? max) => { a.clamp_(min, max); return a; });
        Op("aten::clamp_min", (Tensor a, Scalar min) => a.clamp_min(min));
        Op("aten::clamp_min.Tensor", (Tensor a, Tensor min) => a.clamp(min, null));
        Op("aten::clamp_max", (Tensor a, Scalar max) => a.clamp_max(max));
        Op("aten::clamp_max.Tensor", (Tensor a, Tensor max) => a.clamp(null, max));

        Op("aten::__and__.Tensor", (Tensor a, Tensor b) => a.bitwise_and(b));
        Op("aten::__or__.Tensor", (Tensor a, Tensor b) => a.bitwise_or(b));
        Op("aten::__xor__.Tensor", (Tensor a, Tensor b) => a.bitwise_xor(b));
        Op("aten::__and__.Scalar", (Tensor a, IValue b) => { using var t = ScalarLike(b, a); return a.bitwise_and(t); });
        Op("aten::__or__.Scalar", (Tensor a, IValue b) => { using var t = ScalarLike(b, a); return a.bitwise_or(t); });
        Op("aten::__xor__.Scalar", (Tensor a, IValue b) => { using var t = ScalarLike(b, a); return a.bitwise_xor(t); });
        Op("aten::logical_and", (Tensor a, Tensor b) => a.logical_and(b));
        Op("aten::logical_or", (Tensor a, Tensor b) => a.logical_or(b));
        Op("aten::logical_not", (Tensor a) => a.logical_not());
        Op("aten::bitwise_not", (Tensor a) => a.bitwise_not());
        Op("aten::bitwise_not_", (Tensor a) => { a.bitwise_not_(); return a; });

        Op("aten::where.self", (Tensor c, Tensor a, Tensor b) => torch.where(c, a, b));
        Op("aten::where.ScalarOther", (Tensor c, Tensor a, IValue b) => { using var t = ScalarLike(b, a); return torch.where(c, a, t); });
        Op("aten::where.ScalarSelf", (Tensor c, IValue a, Tensor b) => { using var t = ScalarLike(a, b); return torch.where(c, t, b); });
        Op("aten::masked_fill.Scalar", (Tensor a, Tensor mask, Scalar v) => a.masked_fill(mask, v));
        Op("aten::masked_fill.Tensor", (Tensor a, Tensor mask, Tensor v) => { using var s = v.ToScalar(); return a.masked_fill(mask, s); });
        Op("aten::masked_fill_.Scalar", (Tensor a, Tensor mask, Scalar v) => { a.masked_fill_(mask, v); return a; });
        Op("aten::masked_fill_.Tensor", (Tensor a, Tensor mask, Tensor v) => { using var s = v.ToScalar(); a.masked_fill_(mask, s); return a; });
    }

    static Tensor Sub(Tensor a, Tensor b, IValue alpha)
    {
        using var na = Negated(alpha);
        return a.add(b, na);
    }

    static Tensor Sub(Tensor a, IValue b, IValue alpha)
    {
        using var sb = ToScalar(b);
        using var na = Negated(alpha);
        return a.add(sb, na);
    }

    static Scalar Negated(IValue alpha) => alpha.IsInt ? (Scalar)(-alpha.ToInt()) : (Scalar)(-alpha.ToDouble());

    /// A Python number as a 0-dim tensor that promotes like a wrapped scalar would (int64 / float64
    /// 0-dim tensors take part in promotion as "scalars", as in ATen's wrapped numbers).
    /// A float meeting a non-float tensor gets the default dtype, not float64, as a wrapped scalar would.
    static Tensor ScalarLike(IValue v, Tensor other)
    {
        if (v.IsDouble && !torch.is_floating_point(other.dtype) && !torch.is_complex(other.dtype))
            return torch.tensor(v.ToDouble(), torch.get_default_dtype(), other.device);
        using var t = Conversions.NumberToTensor(v);
        return t.to(other.device, copy: true);
    }

    static RoundingMode Rounding(string? mode) => mode switch
    {
        null => RoundingMode.None,
        "trunc" => RoundingMode.trunc,
        "floor" => RoundingMode.floor,
        _ => throw KernelError.Runtime($"div expected rounding_mode to be one of None, 'trunc', or 'floor' but found '{mode}'"),
    };
}
