namespace TorchScriptSharp.Tests.Golden;

/// A ModuleDict is indexed by string literals only (its keys are the module's attributes), and a name
/// bound to a submodule cannot be rebound from an inner frame (modules are no first-class values), as in PyTorch.
public class ModuleDictErrorTests
{
    static string Source(string body) => $$"""
        import torch
        from torch import nn

        class Heads(nn.Module):
            def __init__(self):
                super().__init__()
                self.d = nn.ModuleDict({"a": nn.ReLU(), "b": nn.Tanh()})

            def forward(self, x: torch.Tensor) -> torch.Tensor:
        {{body}}
        """;

    static TorchScriptSharp.Syntax.CompileError ErrorOf(string body) =>
        Assert.Throws<TorchScriptSharp.Syntax.CompileError>(() => jit.script_module(Source(body), "Heads()", "heads.py"));

    [Fact]
    public void AKeyThatIsNoStringLiteralIsRejectedEvenWhenConstant()
    {
        var e = ErrorOf("        for k in self.d:\n            x = self.d[k](x)\n        return x");
        Assert.Contains("ModuleDict indexing is only supported with string literals", e.Message);
        Assert.Contains("self.d[k]", e.FullMessage);
    }

    [Fact]
    public void AnUnknownKeyNamesTheKeysThereAre()
    {
        var e = ErrorOf("        return self.d[\"c\"](x)");
        Assert.Contains("ModuleDict has no entry 'c' (its keys: 'a', 'b')", e.Message);
    }

    [Fact]
    public void ALoopsModuleVariableCannotBeReboundByAComprehension()
    {
        var e = ErrorOf("        for m in self.d.values():\n            x = m(x)\n        ys = [m(x) for m in self.d.values()]\n        return ys[0]");
        Assert.Contains("Cannot re-assign 'm' to a value of type module because m is not a first-class value.", e.Message);
    }
}
