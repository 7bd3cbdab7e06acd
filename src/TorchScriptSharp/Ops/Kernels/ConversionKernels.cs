using TorchScriptSharp.Runtime;
using static TorchScriptSharp.Ops.Kernels.Def;
using static TorchScriptSharp.Ops.Kernels.Conversions;
using static TorchSharp.torch;

namespace TorchScriptSharp.Ops.Kernels;

/// `int(x)`, `float(x)`, `bool(x)`, `str(x)` and the implicit tensor-to-number conversions the
/// compiler inserts (IntImplicit, FloatImplicit, ScalarImplicit, NumToTensor).
internal static class ConversionKernels
{
    public static void Register()
    {
        Op("aten::Int.Tensor", (Tensor a) => TensorToInt(a));
        Op("aten::Int.bool", (bool a) => a ? 1L : 0L);
        Op("aten::Int.float", (double a) => DoubleToInt(a));
        Op("aten::Int.Scalar", (IValue a) => a.IsInt ? a.ToInt() : DoubleToInt(a.ToDouble()));
        Op("aten::Int.str", (string a) => ParseInt(a));

        Op("aten::Float.Tensor", (Tensor a) => TensorToDouble(a));
        Op("aten::Float.Scalar", (IValue a) => a.ToDouble());
        Op("aten::Float.int", (long a) => (double)a);
        Op("aten::Float.bool", (bool a) => a ? 1.0 : 0.0);
        Op("aten::Float.str", (string a) => ParseFloat(a));

        Op("aten::Bool.Tensor", (Tensor a) => TensorToBool(a));
        Op("aten::Bool.int", (long a) => a != 0);
        Op("aten::Bool.float", (double a) => a != 0);

        Op("aten::IntImplicit", (Tensor a) => { CheckImplicitTensorToNum(a, toInt: true); return TensorToInt(a); });
        Op("aten::FloatImplicit", (Tensor a) => { CheckImplicitTensorToNum(a, toInt: false); return TensorToDouble(a); });
        Op("aten::ScalarImplicit", (Tensor a) => { CheckImplicitTensorToNum(a, toInt: false); return Item(a); });
        Op("aten::item", (Tensor a) => Item(a));

        Op("prim::NumToTensor.Scalar", (IValue a) => NumberToTensor(a));
        Op("prim::NumToTensor.bool", (bool a) => NumberToTensor(a));

        // str() of any value is Python's str(): the printer owns the formatting rules.
        Op("aten::str", (IValue a) => IValuePrinter.Str(a));
    }
}
