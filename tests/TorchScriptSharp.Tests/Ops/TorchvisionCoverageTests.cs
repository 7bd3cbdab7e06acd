using TorchScriptSharp.Ops;

namespace TorchScriptSharp.Tests.Ops;

/// Every operator in the inlined graphs of the scripted torchvision models (torchvision_ops.txt,
/// written by tools/torchvision_ops.py with real PyTorch) has a kernel, so those models can run.
public class TorchvisionCoverageTests
{
    /// Nodes the interpreter executes itself (see Runtime/Interpreter/StructuralKernels.cs and the
    /// interpreter's control flow), not operators with registry kernels.
    static readonly HashSet<string> Structural = new()
    {
        "prim::Constant", "prim::If", "prim::Loop", "prim::GetAttr", "prim::SetAttr", "prim::CallMethod",
        "prim::CallFunction", "prim::ListConstruct", "prim::ListUnpack", "prim::TupleConstruct",
        "prim::TupleUnpack", "prim::TupleIndex", "prim::TupleSlice", "prim::DictConstruct",
        "prim::RaiseException", "prim::Print", "prim::unchecked_cast", "prim::Uninitialized",
        "prim::isinstance", "prim::CreateObject", "prim::NamedTupleConstruct", "aten::warn",
    };

    [Fact]
    public void EveryTorchvisionModelOperatorHasAKernel()
    {
        var missing = File.ReadAllLines(Path.Combine(Path.GetDirectoryName(Here())!, "torchvision_ops.txt"))
            .Select(l => l.Trim()).Where(l => l.Length > 0)
            .Select(l => l.Contains('(') ? SchemaParser.FullNameOf(l) : l)
            .Where(n => !Structural.Contains(n))
            .Where(n => OperatorRegistry.Find(n)?.HasKernel != true)
            .ToList();
        Assert.True(missing.Count == 0, $"{missing.Count} torchvision operators have no kernel: " + string.Join(", ", missing));
    }

    static string Here([System.Runtime.CompilerServices.CallerFilePath] string path = "") => path;
}
