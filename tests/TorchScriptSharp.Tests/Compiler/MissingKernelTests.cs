using TorchScriptSharp.Ops;
using TorchScriptSharp.Syntax;

namespace TorchScriptSharp.Tests.Compiler;

/// An operator PyTorch knows but this runtime cannot run yet is rejected when the function is
/// compiled, at the call, never deep inside a model at run time.
public class MissingKernelTests
{
    [Fact]
    public void CallingAnOpWithoutKernelIsACompileErrorAtTheCall()
    {
        // pick any aten op with a plain (Tensor self) -> Tensor schema and no kernel
        var op = OperatorRegistry.AllOperators.First(o => !o.HasKernel && o.Schema.Namespace == "aten"
            && o.Schema.OverloadName.Length == 0 && o.Schema.Text!.EndsWith("(Tensor self) -> Tensor")
            && OperatorRegistry.Lookup(o.Schema.Name).Count == 1);
        var source = $"import torch\n\ndef f(x: torch.Tensor) -> torch.Tensor:\n    return torch.{op.Schema.BaseName}(x)\n";
        var error = Assert.Throws<CompileError>(() => jit.script(source, "missing.py"));
        Assert.Contains($"operator {op.Schema.FullName}", error.Message);
        Assert.Contains("has no kernel yet", error.Message);
        Assert.Equal(4, error.Range.Line);
    }
}
