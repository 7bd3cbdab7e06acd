using TorchScriptSharp.Runtime;
using TorchSharp;
using static TorchScriptSharp.Ops.Kernels.Def;
using static TorchSharp.torch;

namespace TorchScriptSharp.Ops.Kernels;

/// Element-wise unary math, each with its in-place `_` form where PyTorch has one. The table binds
/// the out-of-place function; the in-place form uses TorchSharp's own `_` method when it has one,
/// else computes out of place and copies back (same values, same `Tensor(a!)` identity).
internal static class PointwiseUnaryKernels
{
    public static void Register()
    {
        Unary("acos", t => t.acos(), t => t.acos_()); Unary("arccos", t => t.acos(), t => t.acos_());
        Unary("acosh", t => t.acosh(), t => t.acosh_()); Unary("arccosh", t => t.acosh(), t => t.acosh_());
        Unary("asin", t => t.asin(), t => t.asin_()); Unary("arcsin", t => t.asin(), t => t.asin_());
        Unary("asinh", t => t.asinh(), t => t.asinh_()); Unary("arcsinh", t => t.asinh(), t => t.asinh_());
        Unary("atan", t => t.atan(), t => t.atan_()); Unary("arctan", t => t.atan(), t => t.atan_());
        Unary("atanh", t => t.atanh(), t => t.atanh_()); Unary("arctanh", t => t.atanh(), t => t.atanh_());
        Unary("cos", t => t.cos(), t => t.cos_()); Unary("cosh", t => t.cosh(), t => t.cosh_());
        Unary("sin", t => t.sin(), t => t.sin_()); Unary("sinh", t => t.sinh(), t => t.sinh_());
        Unary("tan", t => t.tan(), t => t.tan_());
        Unary("sinc", t => t.sinc(), t => t.sinc_());
        Unary("ceil", t => t.ceil(), t => t.ceil_()); Unary("floor", t => t.floor(), t => t.floor_());
        Unary("trunc", t => t.trunc(), t => t.trunc_()); Unary("fix", t => t.trunc(), t => t.trunc_());
        Unary("frac", t => t.frac(), t => t.frac_());
        // Rounding an integer tensor is the identity (ATen has no integer round kernel to call).
        Unary("round", t => torch.is_integral(t.dtype) ? t.clone() : t.round(), t => torch.is_integral(t.dtype) ? t : t.round_());
        Unary("deg2rad", t => t.deg2rad(), t => t.deg2rad_()); Unary("rad2deg", t => t.rad2deg(), t => t.rad2deg_());
        Unary("digamma", t => t.digamma(), t => t.digamma_()); Unary("lgamma", t => t.lgamma(), t => t.lgamma_());
        Unary("erf", t => t.erf(), t => t.erf_()); Unary("erfc", t => t.erfc(), t => t.erfc_()); Unary("erfinv", t => t.erfinv(), t => t.erfinv_());
        Unary("exp2", t => t.exp2(), t => t.exp2_()); Unary("expm1", t => t.expm1(), t => t.expm1_());
        Unary("exp", t => t.exp(), t => t.exp_(), outOfPlaceBound: true);
        Unary("log", t => t.log(), t => t.log_(), outOfPlaceBound: true);
        Unary("log10", t => t.log10(), t => t.log10_()); Unary("log1p", t => t.log1p(), t => t.log1p_()); Unary("log2", t => t.log2(), t => t.log2_());
        Unary("sqrt", t => t.sqrt(), t => t.sqrt_(), outOfPlaceBound: true);
        Unary("rsqrt", t => t.rsqrt(), t => t.rsqrt_());
        Unary("reciprocal", t => t.reciprocal(), t => t.reciprocal_(), outOfPlaceBound: true);
        Unary("neg", t => t.neg(), t => t.neg_(), outOfPlaceBound: true);
        Unary("negative", t => t.neg(), t => t.neg_());
        Unary("abs", t => t.abs(), t => t.abs_(), outOfPlaceBound: true);
        Unary("absolute", t => t.abs(), t => t.abs_());
        Unary("sign", t => t.sign(), t => t.sign_()); Unary("sgn", t => t.sgn(), t => t.sgn_());
        Unary("square", t => t.square(), null);
        Unary("i0", t => t.i0(), t => t.i0_());
        Unary("sigmoid", t => t.sigmoid(), t => t.sigmoid_(), outOfPlaceBound: true);
        Unary("tanh", t => t.tanh(), t => t.tanh_(), outOfPlaceBound: true);
        Unary("logical_not", t => t.logical_not(), t => t.logical_not_(), outOfPlaceBound: true);
        Unary("relu", t => t.relu(), t => t.relu_(), outOfPlaceBound: true, inPlaceBound: true);
        Unary("bitwise_not", t => t.bitwise_not(), t => t.bitwise_not_(), outOfPlaceBound: true, inPlaceBound: true);

        Op("aten::round.decimals", (Tensor t, long decimals) => RoundDecimals(t, decimals));
        Op("aten::round_.decimals", (Tensor t, long decimals) => NnActivationKernels.InPlace(t, RoundDecimals(t, decimals)));
        Op("aten::positive", (Tensor t) => t.alias());
        Op("aten::angle", (Tensor t) => t.angle());
        Op("aten::conj", (Tensor t) => t.conj());
        Op("aten::isnan", (Tensor t) => t.isnan());
        Op("aten::isinf", (Tensor t) => t.isinf());
        Op("aten::isfinite", (Tensor t) => t.isfinite());
        Op("aten::isposinf", (Tensor t) => t.isposinf());
        Op("aten::isneginf", (Tensor t) => t.isneginf());
        Op("aten::isreal", (Tensor t) => t.isreal());
        Op("aten::signbit", (Tensor t) => t.signbit());
        Op("aten::nan_to_num", (Tensor t, double? nan, double? posinf, double? neginf) => t.nan_to_num(nan ?? 0.0, posinf, neginf));
        Op("aten::nan_to_num_", (Tensor t, double? nan, double? posinf, double? neginf) => { t.nan_to_num_(nan ?? 0.0, posinf, neginf); return t; });
        Op("aten::polygamma", (long n, Tensor t) => t.polygamma(n));
        Op("aten::mvlgamma", (Tensor t, long p) => t.mvlgamma(p));
    }

    /// Binds `aten::name` and `aten::name_` (when the schema exists). outOfPlaceBound/inPlaceBound
    /// skip a form an older family already binds.
    static void Unary(string name, Func<Tensor, Tensor> f, Func<Tensor, Tensor>? inPlace,
        bool outOfPlaceBound = false, bool inPlaceBound = false)
    {
        if (!outOfPlaceBound) Op($"aten::{name}", (Tensor t) => f(t));
        if (inPlaceBound || OperatorRegistry.Find($"aten::{name}_") is null) return;
        if (inPlace is not null) Op($"aten::{name}_", (Tensor t) => { inPlace(t); return t; });
        else Op($"aten::{name}_", (Tensor t) => NnActivationKernels.InPlace(t, f(t)));
    }

    /// round(x * 10^d) / 10^d, as ATen computes it (negative d rounds to tens, hundreds...).
    static Tensor RoundDecimals(Tensor t, long decimals) => Scoped.Run(() =>
    {
        double scale = Math.Pow(10, Math.Abs(decimals));
        return decimals >= 0 ? t.mul(scale).round().div(scale) : t.div(scale).round().mul(scale);
    });
}
