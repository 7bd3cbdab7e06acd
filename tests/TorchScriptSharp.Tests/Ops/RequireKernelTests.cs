using TorchScriptSharp.Ops;

namespace TorchScriptSharp.Tests.Ops;

/// OperatorRegistry.RequireKernel is what the compiler calls so that an op without a kernel is a
/// compile-time error naming the operator and its schema.
public class RequireKernelTests
{
    [Fact]
    public void AnOperatorWithAKernelPasses()
    {
        var op = OperatorRegistry.Find("aten::conv2d")!;
        OperatorRegistry.RequireKernel(op.Schema);
        Assert.True(OperatorRegistry.HasKernel(op.Schema));
    }

    [Fact]
    public void AnOperatorWithoutAKernelIsReportedWithItsSchema()
    {
        var op = OperatorRegistry.Find("aten::_fft_r2c")!;
        var e = Assert.Throws<MissingKernelException>(() => OperatorRegistry.RequireKernel(op.Schema));
        Assert.StartsWith("operator aten::_fft_r2c (aten::_fft_r2c(Tensor self", e.Message);
        Assert.EndsWith(") has no kernel yet", e.Message);
    }
}
