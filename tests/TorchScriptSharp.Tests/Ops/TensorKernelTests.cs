using TorchScriptSharp.Runtime;
using TorchScriptSharp.Types;
using TorchSharp;
using static TorchScriptSharp.Tests.Ops.OpRunner;
using static TorchSharp.torch;

namespace TorchScriptSharp.Tests.Ops;

/// Tensor kernels against small hand-checkable inputs or TorchSharp computed directly.
public class TensorKernelTests
{
    static Tensor T(params long[] xs) => torch.tensor(xs);
    static Tensor F(params double[] xs) => torch.tensor(xs.Select(x => (float)x).ToArray());
    static long[] Longs(Tensor t) => t.data<long>().ToArray();
    static float[] Floats(Tensor t) => t.data<float>().ToArray();
    static IValue List(TorchType el, params IValue[] xs) => IValue.FromList(new ScriptList(el, xs.ToList()));

    [Fact]
    public void IntScalarsKeepIntTensorsIntegral()
    {
        var r = Run("aten::add.Scalar", T(1, 2), 1L, 1L).ToTensor();
        Assert.Equal(ScalarType.Int64, r.dtype);
        Assert.Equal(new long[] { 2, 3 }, Longs(r));
        var f = Run("aten::add.Scalar", T(1, 2), 0.5, 1L).ToTensor();
        Assert.Equal(ScalarType.Float32, f.dtype); // a float scalar promotes to the default dtype
        Assert.Equal(new[] { -1f, 0f }, Floats(Run("aten::sub.Tensor", F(1, 2), F(1, 1), 2L).ToTensor()));
        Assert.Equal(new[] { 0f, -1f }, Floats(Run("aten::rsub.Scalar", F(1, 2), 1L, 1L).ToTensor()));
        Assert.Equal(ScalarType.Float32, Run("aten::div.Scalar", T(1, 2), 2L).ToTensor().dtype); // true division
    }

    [Fact]
    public void InPlaceOpsReturnTheirInput()
    {
        var x = F(1, 2);
        var r = Run("aten::add_.Scalar", x, 1L, 1L).ToTensor();
        Assert.Same(x, r);
        Assert.Equal(new[] { 2f, 3f }, Floats(x));
        Assert.Same(x, Run("aten::relu_", x).ToTensor());
    }

    [Fact]
    public void ReductionsWithTwoReturnsPushBoth()
    {
        var x = torch.tensor(new float[] { 1, 5, 3, 4 }).reshape(2, 2);
        var r = RunAll("aten::max.dim", x, 1L, false);
        Assert.Equal(2, r.Length);
        Assert.Equal(new[] { 5f, 4f }, Floats(r[0].ToTensor()));
        Assert.Equal(new long[] { 1, 1 }, Longs(r[1].ToTensor()));
        var s = Run("aten::sum.dim_IntList", x, List(TorchType.Int, 0L), true, IValue.None).ToTensor();
        Assert.Equal(new long[] { 1, 2 }, s.shape);
        Assert.Equal(Floats(x.sum(0, true)), Floats(s));
        Assert.Equal(13f, Run("aten::sum", x, IValue.None).ToTensor().item<float>());
        Assert.Equal(1L, Run("aten::argmax", x, IValue.None, false).ToTensor().item<long>());
        var sm = Run("aten::softmax.int", x, -1L, IValue.None).ToTensor();
        Assert.True(sm.allclose(x.softmax(-1)));
    }

    [Fact]
    public void FactoriesInferDtypeLikePyTorch()
    {
        var size = List(TorchType.Int, 2L, 3L);
        var z = Run("aten::zeros", size, IValue.None, IValue.None, IValue.None, IValue.None).ToTensor();
        Assert.Equal(new long[] { 2, 3 }, z.shape);
        Assert.Equal(ScalarType.Float32, z.dtype);
        var full = Run("aten::full", size, 3L, IValue.None, IValue.None, IValue.None, IValue.None).ToTensor();
        Assert.Equal(ScalarType.Int64, full.dtype);
        Assert.Equal(ScalarType.Int64, Run("aten::arange", 3L, IValue.None, IValue.None, IValue.None, IValue.None).ToTensor().dtype);
        var ar = Run("aten::arange.start_step", 0L, 1.0, 0.25, IValue.None, IValue.None, IValue.None, IValue.None).ToTensor();
        Assert.Equal(new[] { 0f, 0.25f, 0.5f, 0.75f }, Floats(ar));
        var z64 = Run("aten::zeros", size, (long)ScalarType.Float64, IValue.None, IValue.None, IValue.None).ToTensor();
        Assert.Equal(ScalarType.Float64, z64.dtype);

        var nested = List(new ListType(TorchType.Int), List(TorchType.Int, 1L, 2L), List(TorchType.Int, 3L, 4L));
        var t = Run("aten::tensor", nested, IValue.None, IValue.None, false).ToTensor();
        Assert.Equal(new long[] { 2, 2 }, t.shape);
        Assert.Equal(new long[] { 1, 2, 3, 4 }, Longs(t));
        var ragged = List(new ListType(TorchType.Int), List(TorchType.Int, 1L), List(TorchType.Int, 2L, 3L));
        Assert.Equal("Expected sequence of length 1 at dim 1 (got 2)", Fails("aten::tensor", ragged, IValue.None, IValue.None, false).Message);
        Assert.Equal(ScalarType.Float32, Run("aten::tensor.float", 1.5, IValue.None, IValue.None, false).ToTensor().dtype);
    }

    [Fact]
    public void ShapesAndViews()
    {
        var x = torch.arange(6).reshape(2, 3);
        Assert.Equal("[2, 3]", IValuePrinter.Repr(Run("aten::size", x)));
        Assert.Equal(3L, Run("aten::size.int", x, -1L).ToInt());
        Assert.Equal(2L, Run("aten::len.Tensor", x).ToInt());
        Assert.Equal(new long[] { 3, 2 }, Run("aten::transpose.int", x, 0L, 1L).ToTensor().shape);
        Assert.Equal(new long[] { 6 }, Run("aten::flatten.using_ints", x, 0L, -1L).ToTensor().shape);
        Assert.Equal(new long[] { 1, 4 }, Longs(Run("aten::select.int", x, 1L, 1L).ToTensor()));
        Assert.Equal(new long[] { 1, 2, 4, 5 }, Longs(Run("aten::slice.Tensor", x, 1L, 1L, IValue.None, 1L).ToTensor().contiguous()));
        var cat = Run("aten::cat", List(TorchType.Tensor, x, x), 0L).ToTensor();
        Assert.Equal(new long[] { 4, 3 }, cat.shape);
        var idx = Run("aten::index.Tensor", x, List(new OptionalType(TorchType.Tensor), IValue.None, T(2, 0))).ToTensor();
        Assert.Equal(new long[] { 2, 0, 5, 3 }, Longs(idx));
        Assert.Equal((long)ScalarType.Int64, Run("prim::dtype", x).ToInt());
    }

    [Fact]
    public void TensorToNumberConversions()
    {
        Assert.Equal(2L, Run("aten::Int.Tensor", torch.tensor(2.7f)).ToInt());
        Assert.Equal("a Tensor with 3 elements cannot be converted to Scalar", Fails("aten::Int.Tensor", torch.ones(3)).Message);
        Assert.Equal("Boolean value of Tensor with more than one value is ambiguous", Fails("aten::Bool.Tensor", torch.ones(3)).Message);
        Assert.True(Run("aten::item", torch.tensor(1.5f)).IsDouble);
        Assert.True(Run("aten::item", torch.tensor(3L)).IsInt);
        Assert.Contains("integral argument", Fails("aten::IntImplicit", torch.tensor(1.5f)).Message);
        var n = Run("prim::NumToTensor.Scalar", 2.5).ToTensor();
        Assert.Equal(ScalarType.Float64, n.dtype);
        Assert.Equal(0L, n.dim());
    }
}
