using TorchScriptSharp.Ops;

namespace TorchScriptSharp.Tests.Ops;

public class OperatorRegistryTests
{
    [Fact]
    public void OverloadsComeInPyTorchsRegistrationOrder()
    {
        var names = OperatorRegistry.Lookup("aten::add").Select(o => o.Schema.OverloadName).ToList();
        Assert.Equal(new[] { "Tensor", "Scalar", "out", "Scalar_out", "t", "str", "int", "complex", "float" }, names.Take(9));
        Assert.Equal("", names[^1]); // the untyped (Scalar a, Scalar b) overload is last
        // The file order is the order Lookup returns.
        var fromFile = OperatorRegistry.SchemaLines().Where(l => l.StartsWith("aten::add.", StringComparison.Ordinal) || l.StartsWith("aten::add(", StringComparison.Ordinal))
            .Select(SchemaParser.FullNameOf).ToList();
        Assert.Equal(fromFile, OperatorRegistry.Lookup("aten::add").Select(o => o.Schema.FullName));
    }

    [Fact]
    public void FindByFullName()
    {
        var op = OperatorRegistry.Find("aten::add.int");
        Assert.NotNull(op);
        Assert.Equal("aten::add.int(int a, int b) -> int", op!.Schema.ToString());
        Assert.True(op.HasKernel);
        Assert.NotNull(OperatorRegistry.Find("prim::min.int_list"));
        Assert.Equal("aten::relu", OperatorRegistry.Find("aten::relu")!.Schema.FullName);
        Assert.Null(OperatorRegistry.Find("aten::add.nonsense"));
        Assert.Empty(OperatorRegistry.Lookup("aten::no_such_op"));
    }

    [Fact]
    public void EveryRegistrationNamesAKnownOperator() =>
        Assert.True(OperatorRegistry.RegistrationErrors.Count == 0, string.Join("\n", OperatorRegistry.RegistrationErrors));

    [Fact]
    public void ExtraSchemasAreAppendedAfterPyTorchs()
    {
        OperatorRegistry.Register("tss_test::twice(int x) -> int", s => s.Push(s.Pop().ToInt() * 2));
        var op = Assert.Single(OperatorRegistry.Lookup("tss_test::twice"));
        Assert.Equal(42L, OpRunner.Run("tss_test::twice", 21L).ToInt());
        Assert.True(op.HasKernel);
    }

    [Fact]
    public void CountsAndListing()
    {
        Assert.True(OperatorRegistry.KernelCount > 300, $"{OperatorRegistry.KernelCount} kernels");
        Assert.True(OperatorRegistry.AllOperators.Count() >= OperatorRegistry.SchemaLines().Count);
    }
}
