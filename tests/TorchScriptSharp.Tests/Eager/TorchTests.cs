namespace TorchScriptSharp.Tests.Eager;

/// torch from eagerly run code, table-driven against PyTorch 1.13 (torch_expected.txt): operator
/// dispatch, tensor operators, indexing, attributes, autograd/no_grad, and seeded initialisation
/// (manual_seed + nn.init give PyTorch's exact values).
public class TorchTests
{
    public static IEnumerable<object[]> Cases() => Py.Sections("torch_cases.py").Keys.Select(k => new object[] { k });

    [Theory]
    [MemberData(nameof(Cases))]
    public void PrintsWhatPyTorchPrints(string name)
    {
        var source = Py.Sections("torch_cases.py")[name];
        var expected = Py.Sections("torch_expected.txt")[name];
        Assert.Equal(expected, Py.Output(source));
    }
}
