using TorchScriptSharp.Runtime;
using TorchSharp;
using static TorchScriptSharp.Ops.Kernels.Def;
using static TorchSharp.torch;

namespace TorchScriptSharp.Ops.Kernels;

/// Element-wise binary and ternary math beyond + - * /, with their Scalar overloads and in-place
/// forms. In-place forms return the very input tensor (`Tensor(a!)`).
internal static class PointwiseBinaryKernels
{
    public static void Register()
    {
        Binary("atan2", (a, b) => a.atan2(b), (a, b) => a.atan2_(b));
        Binary("arctan2", (a, b) => a.atan2(b), (a, b) => a.atan2_(b));
        Binary("hypot", (a, b) => a.hypot(b), null);
        Binary("maximum", (a, b) => a.maximum(b), null);
        Binary("minimum", (a, b) => a.minimum(b), null);
        Binary("fmax", (a, b) => a.fmax(b), null);
        Binary("fmin", (a, b) => a.fmin(b), null);
        Binary("logaddexp", (a, b) => a.logaddexp(b), null);
        Binary("logaddexp2", (a, b) => a.logaddexp2(b), null);
        Binary("nextafter", (a, b) => a.nextafter(b), (a, b) => a.nextafter_(b));
        Binary("gcd", (a, b) => a.gcd(b), (a, b) => a.gcd_(b));
        Binary("lcm", (a, b) => a.lcm(b), (a, b) => a.lcm_(b));
        Binary("heaviside", (a, b) => a.heaviside(b), (a, b) => a.heaviside_(b));
        Binary("logical_xor", (a, b) => a.logical_xor(b), (a, b) => a.logical_xor_(b));
        Op("aten::logical_and_", (Tensor a, Tensor b) => { a.logical_and_(b); return a; });
        Op("aten::logical_or_", (Tensor a, Tensor b) => { a.logical_or_(b); return a; });
        Binary("ldexp.Tensor", (a, b) => a.ldexp(b), null);
        Op("aten::ldexp_", (Tensor a, Tensor b) => { a.ldexp_(b); return a; });

        BinaryWithScalar("copysign", (a, b) => a.copysign(b));
        BinaryWithScalar("xlogy", (a, b) => a.xlogy(b), otherSuffix: "Scalar_Other", tensorSuffix: "Tensor");
        Op("aten::xlogy.Scalar_Self", (IValue a, Tensor b) => WrappedScalar.ApplyLeft(a, b, (x, y) => x.xlogy(y)));
        BinaryWithScalar("float_power", (a, b) => a.float_power(b), otherSuffix: "Tensor_Scalar", tensorSuffix: "Tensor_Tensor",
            inPlaceTensor: "Tensor", inPlaceScalar: "Scalar");
        Op("aten::float_power.Scalar", (IValue a, Tensor b) => WrappedScalar.ApplyLeft(a, b, (x, y) => x.float_power(y)));

        foreach (var (name, f) in new (string, Func<Tensor, Tensor, Tensor>)[]
                 {
                     ("bitwise_and", (a, b) => a.bitwise_and(b)), ("bitwise_or", (a, b) => a.bitwise_or(b)),
                     ("bitwise_xor", (a, b) => a.bitwise_xor(b)),
                     ("bitwise_left_shift", (a, b) => a.bitwise_left_shift(b)), ("bitwise_right_shift", (a, b) => a.bitwise_right_shift(b)),
                 })
        {
            bool shift = name.Contains("shift");
            Op($"aten::{name}.Tensor", (Tensor a, Tensor b) => f(a, b));
            Op($"aten::{name}{(shift ? ".Tensor_Scalar" : ".Scalar")}", (Tensor a, IValue b) => WrappedScalar.Apply(a, b, f));
            Op($"aten::{name}.Scalar_Tensor", (IValue a, Tensor b) => WrappedScalar.ApplyLeft(a, b, f));
            Op($"aten::{name}_.Tensor", (Tensor a, Tensor b) => NnActivationKernels.InPlace(a, f(a, b)));
            Op($"aten::{name}_{(shift ? ".Tensor_Scalar" : ".Scalar")}", (Tensor a, IValue b) => NnActivationKernels.InPlace(a, WrappedScalar.Apply(a, b, f)));
        }
        Op("aten::__lshift__.Tensor", (Tensor a, Tensor b) => a.bitwise_left_shift(b));
        Op("aten::__lshift__.Scalar", (Tensor a, IValue b) => WrappedScalar.Apply(a, b, (x, y) => x.bitwise_left_shift(y)));
        Op("aten::__rshift__.Tensor", (Tensor a, Tensor b) => a.bitwise_right_shift(b));
        Op("aten::__rshift__.Scalar", (Tensor a, IValue b) => WrappedScalar.Apply(a, b, (x, y) => x.bitwise_right_shift(y)));
        Op("aten::__iand__.Tensor", (Tensor a, Tensor b) => { a.bitwise_and_(b); return a; });
        Op("aten::__ior__.Tensor", (Tensor a, Tensor b) => { a.bitwise_or_(b); return a; });
        Op("aten::__ixor__.Tensor", (Tensor a, Tensor b) => { a.bitwise_xor_(b); return a; });
        Op("aten::__iand__.Scalar", (Tensor a, IValue b) => NnActivationKernels.InPlace(a, WrappedScalar.Apply(a, b, (x, y) => x.bitwise_and(y))));
        Op("aten::__ior__.Scalar", (Tensor a, IValue b) => NnActivationKernels.InPlace(a, WrappedScalar.Apply(a, b, (x, y) => x.bitwise_or(y))));
        Op("aten::__ixor__.Scalar", (Tensor a, IValue b) => NnActivationKernels.InPlace(a, WrappedScalar.Apply(a, b, (x, y) => x.bitwise_xor(y))));

        Op("aten::lerp.Scalar", (Tensor a, Tensor end, Scalar w) => { using var wt = torch.tensor(w.ToDouble(), a.dtype); return a.lerp(end, wt); });
        Op("aten::lerp.Tensor", (Tensor a, Tensor end, Tensor w) => a.lerp(end, w));
        Op("aten::lerp_.Scalar", (Tensor a, Tensor end, Scalar w) => { using var wt = torch.tensor(w.ToDouble(), a.dtype); a.lerp_(end, wt); return a; });
        Op("aten::lerp_.Tensor", (Tensor a, Tensor end, Tensor w) => { a.lerp_(end, w); return a; });
        Op("aten::addcmul", (Tensor a, Tensor t1, Tensor t2, Scalar v) => a.addcmul(t1, t2, v));
        Op("aten::addcmul_", (Tensor a, Tensor t1, Tensor t2, Scalar v) => { a.addcmul_(t1, t2, v); return a; });
        Op("aten::addcdiv", (Tensor a, Tensor t1, Tensor t2, Scalar v) => a.addcdiv(t1, t2, v));
        Op("aten::addcdiv_", (Tensor a, Tensor t1, Tensor t2, Scalar v) => { a.addcdiv_(t1, t2, v); return a; });

        // Aliases of the arithmetic already bound by TensorArithmeticKernels.
        Op("aten::true_divide.Tensor", (Tensor a, Tensor b) => a.div(b));
        Op("aten::true_divide.Scalar", (Tensor a, Scalar b) => a.div(b));
        Op("aten::true_divide_.Tensor", (Tensor a, Tensor b) => { a.div_(b); return a; });
        Op("aten::true_divide_.Scalar", (Tensor a, Scalar b) => { a.div_(b); return a; });
        Op("aten::divide.Tensor", (Tensor a, Tensor b) => a.div(b));
        Op("aten::divide.Scalar", (Tensor a, Scalar b) => a.div(b));
        Op("aten::divide.Tensor_mode", (Tensor a, Tensor b, string? mode) => a.div(b, Rounding(mode)));
        Op("aten::divide.Scalar_mode", (Tensor a, Scalar b, string? mode) => a.div(b, Rounding(mode)));
        Op("aten::divide_.Tensor", (Tensor a, Tensor b) => { a.div_(b); return a; });
        Op("aten::divide_.Scalar", (Tensor a, Scalar b) => { a.div_(b); return a; });
        Op("aten::multiply.Tensor", (Tensor a, Tensor b) => a.mul(b));
        Op("aten::multiply.Scalar", (Tensor a, Scalar b) => a.mul(b));
        Op("aten::multiply_.Tensor", (Tensor a, Tensor b) => { a.mul_(b); return a; });
        Op("aten::multiply_.Scalar", (Tensor a, Scalar b) => { a.mul_(b); return a; });
        Op("aten::subtract.Tensor", (Tensor a, Tensor b, Scalar alpha) => { using var na = Negate(alpha); return a.add(b, na); });
        Op("aten::subtract.Scalar", (Tensor a, Scalar b, Scalar alpha) => { using var na = Negate(alpha); return a.add(b, na); });
        Op("aten::subtract_.Tensor", (Tensor a, Tensor b, Scalar alpha) => { using var na = Negate(alpha); a.add_(b, na); return a; });
        Op("aten::subtract_.Scalar", (Tensor a, Scalar b, Scalar alpha) => { using var na = Negate(alpha); a.add_(b, na); return a; });
        Op("aten::remainder_.Tensor", (Tensor a, Tensor b) => { a.remainder_(b); return a; });
        Op("aten::remainder_.Scalar", (Tensor a, Scalar b) => { a.remainder_(b); return a; });
        Op("aten::floor_divide_.Tensor", (Tensor a, Tensor b) => { a.floor_divide_(b); return a; });
        Op("aten::floor_divide_.Scalar", (Tensor a, Scalar b) => { a.floor_divide_(b); return a; });
        Op("aten::pow_.Tensor", (Tensor a, Tensor b) => { a.pow_(b); return a; });
        Op("aten::pow_.Scalar", (Tensor a, Scalar b) => { a.pow_(b); return a; });
        Op("aten::clip", (Tensor a, Scalar? min, Scalar? max) => a.clamp(min, max));
        Op("aten::clip.Tensor", (Tensor a, Tensor? min, Tensor? max) => a.clamp(min, max));
        Op("aten::clip_", (Tensor a, Scalar? min, Scalar? max) => { a.clamp_(min, max); return a; });
        Op("aten::clip_.Tensor", (Tensor a, Tensor? min, Tensor? max) => { a.clamp_(min, max); return a; });
        Op("aten::clamp_min_", (Tensor a, Scalar min) => { a.clamp_min_(min); return a; });
        Op("aten::clamp_max_", (Tensor a, Scalar max) => { a.clamp_max_(max); return a; });
        Op("aten::clamp_min_.Tensor", (Tensor a, Tensor min) => { a.clamp_(min, null); return a; });
        Op("aten::clamp_max_.Tensor", (Tensor a, Tensor max) => { a.clamp_(null, max); return a; });
    }

    static Scalar Negate(Scalar alpha) => torch.is_integral(alpha.Type) ? (Scalar)(-alpha.ToInt64()) : (Scalar)(-alpha.ToDouble());

    static RoundingMode Rounding(string? mode) => mode switch
    {
        null => RoundingMode.None,
        "trunc" => RoundingMode.trunc,
        "floor" => RoundingMode.floor,
        _ => throw KernelError.Runtime($"div expected rounding_mode to be one of None, 'trunc', or 'floor' but found '{mode}'"),
    };

    /// `aten::name` (Tensor, Tensor) and, when given, `aten::name_`.
    static void Binary(string name, Func<Tensor, Tensor, Tensor> f, Func<Tensor, Tensor, Tensor>? inPlace)
    {
        Op($"aten::{name}", (Tensor a, Tensor b) => f(a, b));
        string baseName = name.Split('.')[0];
        if (OperatorRegistry.Find($"aten::{baseName}_") is null) return;
        if (inPlace != null) Op($"aten::{baseName}_", (Tensor a, Tensor b) => { inPlace(a, b); return a; });
        else Op($"aten::{baseName}_", (Tensor a, Tensor b) => NnActivationKernels.InPlace(a, f(a, b)));
    }

    /// `name.Tensor`/`name.Scalar` and their in-place forms, for ops TorchSharp has only as
    /// tensor-tensor (the number is wrapped as ATen does).
    static void BinaryWithScalar(string name, Func<Tensor, Tensor, Tensor> f, string otherSuffix = "Scalar", string tensorSuffix = "Tensor",
        string inPlaceTensor = "Tensor", string inPlaceScalar = "Scalar")
    {
        Op($"aten::{name}.{tensorSuffix}", (Tensor a, Tensor b) => f(a, b));
        Op($"aten::{name}.{otherSuffix}", (Tensor a, IValue b) => WrappedScalar.Apply(a, b, f));
        if (OperatorRegistry.Find($"aten::{name}_.{inPlaceTensor}") != null)
            Op($"aten::{name}_.{inPlaceTensor}", (Tensor a, Tensor b) => NnActivationKernels.InPlace(a, f(a, b)));
        string scalarInPlace = OperatorRegistry.Find($"aten::{name}_.{inPlaceScalar}") != null ? inPlaceScalar : otherSuffix;
        if (OperatorRegistry.Find($"aten::{name}_.{scalarInPlace}") != null)
            Op($"aten::{name}_.{scalarInPlace}", (Tensor a, IValue b) => NnActivationKernels.InPlace(a, WrappedScalar.Apply(a, b, f)));
    }
}
