using TorchScriptSharp.Printing;
using TorchScriptSharp.Runtime;
using TorchScriptSharp.Types;

namespace TorchScriptSharp.Tests.Printing;

public class IValueReprTests
{
    [Theory]
    [InlineData(2.0, "2.")]
    [InlineData(-0.0, "-0.")]
    [InlineData(0.0, "0.")]
    [InlineData(1000000000.0, "1000000000.")]
    [InlineData(1e10, "10000000000")]
    [InlineData(3e15, "3000000000000000")]
    [InlineData(1e16, "10000000000000000")]
    [InlineData(1e17, "1e+17")]
    [InlineData(0.1, "0.10000000000000001")]
    [InlineData(1e-5, "1.0000000000000001e-05")]
    [InlineData(1e20, "1e+20")]
    [InlineData(3.141592653589793, "3.1415926535897931")]
    [InlineData(1.5, "1.5")]
    [InlineData(-2.5e-7, "-2.4999999999999999e-07")]
    [InlineData(double.PositiveInfinity, "inf")]
    [InlineData(double.NegativeInfinity, "-inf")]
    [InlineData(double.NaN, "nan")]
    public void FloatsPrintLikeC10(double value, string expected) => Assert.Equal(expected, IValueRepr.Float(value));

    [Fact]
    public void StringsUseDoubleQuotesAndCEscapes() =>
        Assert.Equal("\"it\\'s \\\"q\\\" \\\\ \\t\\n\\001 end\"", IValueRepr.QuotedString("it's \"q\" \\ \t\n\u0001 end"));

    [Fact]
    public void ContainersNest()
    {
        var list = IValue.FromList(new ScriptList(TorchType.Float, new List<IValue> { 1.0, 0.5 }));
        var tuple = IValue.FromTuple(new ScriptTuple(new IValue[] { 1L, "a", list, IValue.None, true }));
        Assert.Equal("(1, \"a\", [1., 0.5], None, True)", IValueRepr.Repr(tuple));
        Assert.Equal("(1,)", IValueRepr.Repr(IValue.FromTuple(new ScriptTuple(new IValue[] { 1L }))));
    }
}
