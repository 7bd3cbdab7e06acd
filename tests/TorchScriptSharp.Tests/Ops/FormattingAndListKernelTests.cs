using TorchScriptSharp.Ops.Kernels;
using TorchScriptSharp.Runtime;
using TorchScriptSharp.Types;
using TorchSharp;

namespace TorchScriptSharp.Tests.Ops;

/// percentFormat, the C++ IValue printer, split/splitlines, list min/max, sorting tensors and
/// the list errors; expected values are PyTorch 1.13's (scripted functions run with /usr/bin/python3).
public class FormattingAndListKernelTests
{
    static IValue S(string s) => IValue.FromString(s);
    static IValue F(double d) => IValue.FromDouble(d);
    static IValue I(long i) => IValue.FromInt(i);
    static IValue Tup(params IValue[] xs) => IValue.FromTuple(new ScriptTuple(xs));
    static IValue FloatList(params double[] xs) => IValue.FromList(new ScriptList(TorchType.Float, xs.Select(F).ToList()));

    [Fact]
    public void PercentFormatMatchesPyTorch()
    {
        var x = F(123456789.123);
        Assert.Equal("1.234568E+08|1.234568e+08|123456792.000000|123456792.000000",
            StringMethodKernels.PercentFormat(new[] { S("%E|%e|%f|%F"), Tup(x, x, x, x) }));
        Assert.Equal("123456789 -3", StringMethodKernels.PercentFormat(new[] { S("%d %i"), Tup(x, I(-3)) }));
        Assert.Equal("[123456789.123] (hi, -3)",
            StringMethodKernels.PercentFormat(new[] { S("%s %s"), Tup(FloatList(123456789.123), Tup(S("hi"), I(-3))) }));
        Assert.Equal("Az", StringMethodKernels.PercentFormat(new[] { S("%c%c"), Tup(I(65), S("z")) }));
        Assert.Equal("123456789.123", StringMethodKernels.PercentFormat(new[] { S("%s"), x }));
        Assert.Equal("3.141593 3.141593e+00 3.1415926500000002",
            StringMethodKernels.PercentFormat(new[] { S("%f %e %s"), Tup(F(3.14159265), F(3.14159265), F(3.14159265)) }));
    }

    [Theory]
    [InlineData("%s in template", "Too many arguments for format string")]
    [InlineData("%s %s %s", "Too few arguments for format string")]
    [InlineData("%c", "%c requires an int or char for formatting, but got String")]
    [InlineData("%e", "%e requires a number for formatting, but got String")]
    [InlineData("%x", "The specifier %x is not supported in TorchScript format strings")]
    [InlineData("oops %", "Incomplete format specifier")]
    public void PercentFormatErrors(string format, string message)
    {
        var e = Assert.Throws<TorchScriptSharp.Ops.KernelError>(() =>
            StringMethodKernels.PercentFormat(new[] { S(format), Tup(S("foo"), S("bar")) }));
        Assert.Equal(message, e.Message);
    }

    [Fact]
    public void StrPrintsLikeCppIValuePrinter()
    {
        var nested = IValue.FromList(new ScriptList(TorchType.Any, new List<IValue>
        {
            IValue.FromList(new ScriptList(TorchType.Str_, new List<IValue> { S("a") })),
            Tup(S("b")),
        }));
        Assert.Equal("[[a], (b,)]", CppPrinter.Str(nested));
        Assert.Equal("10000000000000000.", CppPrinter.Str(F(1e16)));
        Assert.Equal("1e+20", CppPrinter.Str(F(1e20)));
        Assert.Equal("-1.4999999999999999e-07", CppPrinter.Str(F(-1.5e-7)));
        Assert.Equal("0.", CppPrinter.Str(F(-0.0)));
        Assert.Equal("2.", CppPrinter.Str(F(2.0)));
        Assert.Equal("1.-2.j", CppPrinter.Str(IValue.FromComplex(new System.Numerics.Complex(1, -2))));
        Assert.Equal("0.5+0.j", CppPrinter.Str(IValue.FromComplex(new System.Numerics.Complex(0.5, 0))));
        Assert.Equal("None True", StringKernels.Format(new[] { S("{} {}"), IValue.None, IValue.FromBool(true) }));
    }

    [Fact]
    public void SplitAndSplitLinesMatchPyTorch()
    {
        Assert.Equal(new[] { "a", "b", "c", "d" }, Strings(OpRunner.Run("aten::split.str", S(" a\tb  c\r\nd "), IValue.None, I(1))));
        Assert.Equal(new[] { "", "a\tb  c\r\nd " }, Strings(OpRunner.Run("aten::split.str", S(" a\tb  c\r\nd "), S(" "), I(1))));
        Assert.Equal(new[] { " a\tb  c", "\r", "", "\n", "d " }, Strings(OpRunner.Run("aten::splitlines", S(" a\tb  c\r\nd "), IValue.FromBool(true))));
        Assert.Equal(6, OpRunner.Run("aten::len.str", S("héllo")).ToInt());
    }

    static string[] Strings(IValue v) => v.ToList().Items.Select(x => x.ToStr()).ToArray();

    [Fact]
    public void ListMinMaxCompareLexicographically()
    {
        double[] Run(string op, IValue a, IValue b) => OpRunner.Run(op, a, b).ToList().Items.Select(x => x.ToDouble()).ToArray();
        Assert.Equal(new[] { 1.0, double.NaN }, Run("prim::min.float_list", FloatList(1, double.NaN), FloatList(1, 2)));
        Assert.Equal(new[] { 1.0, double.NaN }, Run("prim::max.float_list", FloatList(1, double.NaN), FloatList(1, 2)));
        Assert.Equal(new[] { 1.0, 5.0 }, Run("prim::min.float_list", FloatList(2), FloatList(1, 5)));
        Assert.Equal(new[] { 2.0 }, Run("prim::max.float_list", FloatList(2), FloatList(1, 5)));
        Assert.Equal(new[] { 1.0, 2.0 }, Run("prim::min.float_list", FloatList(1, 2), FloatList(1, 2, 3)));
    }

    [Fact]
    public void ListErrorsMatchPyTorch()
    {
        var empty = IValue.FromList(new ScriptList(TorchType.Int, new List<IValue>()));
        var one = IValue.FromList(new ScriptList(TorchType.Int, new List<IValue> { I(1) }));
        Assert.Equal("pop index out of range", OpRunner.Fails("aten::Delete.t", empty, I(100)).Message);
        Assert.Equal("list index out of range", OpRunner.Fails("aten::Delete.t", one, I(100)).Message);
        Assert.Equal("vector::reserve", OpRunner.Fails("aten::mul.left_t", one, I(-2)).Message);
        Assert.Empty(OpRunner.Run("aten::mul.left_t", empty, I(-3)).ToList().Items);
        Assert.Empty(OpRunner.Run("aten::mul.left_t", one, I(0)).ToList().Items);
    }

    [Fact]
    public void TensorListsSortByValue()
    {
        var xs = new ScriptList(TorchType.Tensor, new[] { 2.0, -1.0, 5.0 }.Select(v => IValue.FromTensor(torch.tensor(v))).ToList());
        var sorted = OpRunner.Run("aten::sorted.Tensor", IValue.FromList(xs)).ToList();
        Assert.Equal(new[] { -1.0, 2.0, 5.0 }, sorted.Items.Select(x => x.ToTensor().item<double>()));
        OpRunner.RunAll("aten::sort.Tensor", IValue.FromList(xs), IValue.FromBool(true));
        Assert.Equal(new[] { 5.0, 2.0, -1.0 }, xs.Items.Select(x => x.ToTensor().item<double>()));
    }

    [Fact]
    public void MultiReturnOpsPushEachValue()
    {
        Assert.Equal(new[] { 3L, 1L }, OpRunner.RunAll("aten::divmod.int", I(7), I(2)).Select(v => v.ToInt()));
        Assert.Equal(new[] { -4.0, 0.5 }, OpRunner.RunAll("aten::divmod.float", F(-7.5), F(2)).Select(v => v.ToDouble()));
        Assert.Equal(new[] { 0.75, 3.0 }, OpRunner.RunAll("aten::modf", F(3.75)).Select(v => v.ToDouble()));
        Assert.Equal(new[] { "key=value", "=", "x" }, OpRunner.RunAll("aten::rpartition", S("key=value=x"), S("=")).Select(v => v.ToStr()));
        Assert.Equal(new[] { "", "", "abc" }, OpRunner.RunAll("aten::partition", S("abc"), S("")).Select(v => v.ToStr()));
    }

    [Fact]
    public void DiffMatchesPyTorch()
    {
        using var m = torch.tensor(new long[] { 1, 4, 9, 2, 2, 2 }).reshape(2, 3);
        using var d = OpRunner.Run("aten::diff", IValue.FromTensor(m), I(1), I(0), IValue.None, IValue.None).ToTensor();
        Assert.Equal(new long[] { 1, -2, -7 }, d.data<long>().ToArray());
        Assert.Equal(new long[] { 1, 3 }, d.shape);
        using var v = torch.tensor(new[] { 1.0f, 3.0f });
        using var d2 = OpRunner.Run("aten::diff", IValue.FromTensor(v), I(2), I(-1),
            IValue.FromTensor(torch.tensor(new[] { 0.0f })), IValue.FromTensor(torch.tensor(new[] { 10.0f }))).ToTensor();
        Assert.Equal(new[] { 1.0f, 5.0f }, d2.data<float>().ToArray());
    }
}
