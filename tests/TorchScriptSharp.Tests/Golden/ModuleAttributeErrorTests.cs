namespace TorchScriptSharp.Tests.Golden;

/// Reading an attribute the module instance does not have is a compile error worded as PyTorch's
/// ModuleValue::attr words it ("Module 'X' has no attribute 'y'"), at the access. pytorch/examples' GAT
/// sets `self.out_features` only when `concat` is true, and forward reads it under `if self.concat:`.
public class ModuleAttributeErrorTests
{
    const string Source = """
        import torch
        from torch import nn

        class Layer(nn.Module):
            def __init__(self, concat: bool):
                super().__init__()
                self.concat = concat
                if concat:
                    self.out_features = 4

            def forward(self, x: torch.Tensor) -> torch.Tensor:
                if self.concat:
                    return x.view(-1, self.out_features)
                return x
        """;

    [Fact]
    public void AnAttributeSetOnlyInAnotherConfigurationIsMissing()
    {
        var e = Assert.Throws<TorchScriptSharp.Syntax.CompileError>(() => jit.script_module(Source, "Layer(False)", "layer.py"));
        Assert.Equal("Module 'Layer' has no attribute 'out_features'", e.Message);
        Assert.Equal(13, e.Range.Line); // the line PyTorch 1.13 points to
        Assert.Contains("self.out_features", e.FullMessage);
    }

    [Fact]
    public void TheSameModuleScriptsWhenTheAttributeIsSet()
    {
        var module = jit.script_module(Source, "Layer(True)", "layer.py");
        using var x = TorchSharp.torch.arange(8f);
        var y = (TorchSharp.torch.Tensor)module.forward(x)!;
        Assert.Equal(new long[] { 2, 4 }, y.shape);
    }
}
