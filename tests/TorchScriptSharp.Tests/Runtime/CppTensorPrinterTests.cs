using TorchScriptSharp.Runtime;
using TorchSharp;

namespace TorchScriptSharp.Tests.Runtime;

/// The C++ tensor printer (ATen Formatting.cpp) that TorchScript's str()/format/print use. Expected
/// strings are PyTorch 1.13's `str(x)` inside a scripted function, for the Python expression shown.
public class CppTensorPrinterTests
{
    static readonly Dictionary<string, (string Python, Func<torch.Tensor> Make, string Expected)> Cases = new()
    {
        ["scalar_float"] = ("torch.tensor(1.5)", () => torch.tensor(1.5f), "1.5\n[ CPUFloatType{} ]"),
        ["scalar_int"] = ("torch.tensor(7)", () => torch.tensor(7L), "7\n[ CPULongType{} ]"),
        ["scalar_small"] = ("torch.tensor(1.234567e-9)", () => torch.tensor(1.234567e-9f), "1.23457e-09\n[ CPUFloatType{} ]"),
        ["float_1d"] = ("torch.tensor([1.0, 2.5])", () => torch.tensor(new[] { 1.0f, 2.5f }), " 1.0000\n 2.5000\n[ CPUFloatType{2} ]"),
        ["int_1d"] = ("torch.tensor([1, 22, -333])", () => torch.tensor(new long[] { 1, 22, -333 }), "  1\n 22\n-333\n[ CPULongType{3} ]"),
        ["bool_1d"] = ("torch.tensor([True, False])", () => torch.tensor(new[] { true, false }), " 1\n 0\n[ CPUBoolType{2} ]"),
        ["double_1d"] = ("torch.tensor([0.001, 0.01], dtype=torch.float64)", () => torch.tensor(new[] { 0.001, 0.01 }), "0.01 *\n 0.1000\n 1.0000\n[ CPUDoubleType{2} ]"),
        ["scaled"] = ("torch.tensor([123456.0, 1.5])", () => torch.tensor(new[] { 123456.0f, 1.5f }), " 1.2346e+05\n 1.5000e+00\n[ CPUFloatType{2} ]"),
        ["tiny"] = ("torch.tensor([0.00012, 0.00034])", () => torch.tensor(new[] { 0.00012f, 0.00034f }), "0.0001 *\n 1.2000\n 3.4000\n[ CPUFloatType{2} ]"),
        ["sci"] = ("torch.tensor([1e-8, 1e5])", () => torch.tensor(new[] { 1e-8f, 1e5f }), " 1.0000e-08\n 1.0000e+05\n[ CPUFloatType{2} ]"),
        ["bigint"] = ("torch.tensor([10000000000, 1])", () => torch.tensor(new long[] { 10000000000, 1 }), " 1.0000e+10\n 1.0000e+00\n[ CPULongType{2} ]"),
        ["nonfinite"] = ("torch.tensor([float('inf'), float('nan'), -1.5])", () => torch.tensor(new[] { float.PositiveInfinity, BitConverter.Int32BitsToSingle(0x7fc00000) /* positive NaN, as Python's */, -1.5f }), "    inf\n    nan\n-1.5000\n[ CPUFloatType{3} ]"),
        ["matrix"] = ("torch.tensor([[1.0, -2.0], [3.25, 4.0]])", () => torch.tensor(new[] { 1.0f, -2.0f, 3.25f, 4.0f }).reshape(2, 2), " 1.0000 -2.0000\n 3.2500  4.0000\n[ CPUFloatType{2,2} ]"),
        ["matrix_scaled"] = ("torch.tensor([[1e6, 2.5], [3.0, 4.0]])", () => torch.tensor(new[] { 1e6f, 2.5f, 3.0f, 4.0f }).reshape(2, 2), " 1.0000e+06  2.5000e+00\n 3.0000e+00  4.0000e+00\n[ CPUFloatType{2,2} ]"),
        ["wide"] = ("torch.arange(30.0).reshape(2, 15) * 1.5", () => (torch.arange(30, torch.float32).reshape(2, 15) * 1.5), "Columns 1 to 8  0.0000   1.5000   3.0000   4.5000   6.0000   7.5000   9.0000  10.5000\n 22.5000  24.0000  25.5000  27.0000  28.5000  30.0000  31.5000  33.0000\n\nColumns 9 to 15 12.0000  13.5000  15.0000  16.5000  18.0000  19.5000  21.0000\n 34.5000  36.0000  37.5000  39.0000  40.5000  42.0000  43.5000\n[ CPUFloatType{2,15} ]"),
        ["cube"] = ("torch.arange(12).reshape(2, 3, 2)", () => torch.arange(12L).reshape(2, 3, 2), "(1,.,.) = \n  0  1\n  2  3\n  4  5\n\n(2,.,.) = \n   6   7\n   8   9\n  10  11\n[ CPULongType{2,3,2} ]"),
        ["rank4"] = ("torch.arange(16.0).reshape(2, 2, 2, 2) / 4", () => (torch.arange(16, torch.float32).reshape(2, 2, 2, 2) / 4), "(1,1,.,.) = \n  0.0000  0.2500\n  0.5000  0.7500\n\n(2,1,.,.) = \n  2.0000  2.2500\n  2.5000  2.7500\n\n(1,2,.,.) = \n  1.0000  1.2500\n  1.5000  1.7500\n\n(2,2,.,.) = \n  3.0000  3.2500\n  3.5000  3.7500\n[ CPUFloatType{2,2,2,2} ]"),
        ["empty"] = ("torch.zeros(0)", () => torch.zeros(0), "[ CPUFloatType{0} ]"),
        ["empty2d"] = ("torch.zeros(2, 0)", () => torch.zeros(2, 0), "[ CPUFloatType{2,0} ]"),
        ["half"] = ("torch.tensor([1.5, 2.0], dtype=torch.float16)", () => torch.tensor(new[] { 1.5f, 2.0f }).to(torch.float16), " 1.5000\n 2.0000\n[ CPUHalfType{2} ]"),
        ["negzero"] = ("torch.tensor([-0.0, 0.0])", () => torch.tensor(new[] { -0.0f, 0.0f }), "-0\n 0\n[ CPUFloatType{2} ]"),
    };

    public static IEnumerable<object[]> Names() => Cases.Keys.Select(k => new object[] { k });

    [Theory]
    [MemberData(nameof(Names))]
    public void PrintsLikePyTorch(string name)
    {
        var (_, make, expected) = Cases[name];
        using var t = make();
        Assert.Equal(expected, CppTensorPrinter.Print(t));
    }

    [Theory]
    [InlineData(0.1, 6, "0.1")]
    [InlineData(1234567.0, 6, "1.23457e+06")]
    [InlineData(0.0001, 6, "0.0001")]
    [InlineData(0.00001, 6, "1e-05")]
    [InlineData(100000.0, 6, "100000")]
    [InlineData(3.14159265, 17, "3.1415926500000002")]
    [InlineData(-0.0, 6, "-0")]
    public void GeneralFormatIsPrintfG(double d, int precision, string expected) =>
        Assert.Equal(expected, CppFormat.General(d, precision));
}
