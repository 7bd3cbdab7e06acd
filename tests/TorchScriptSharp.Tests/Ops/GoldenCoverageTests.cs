using TorchScriptSharp.Ops;

namespace TorchScriptSharp.Tests.Ops;

public class GoldenCoverageTests
{
    /// The structural prim ops are the interpreter's own instructions, not registry kernels.
    static readonly HashSet<string> Structural = new()
    {
        "prim::CallFunction", "prim::CallMethod", "prim::Constant", "prim::DictConstruct", "prim::If", "prim::ListConstruct",
        "prim::ListUnpack", "prim::Loop", "prim::TupleConstruct", "prim::TupleUnpack", "prim::TupleIndex", "prim::GetAttr",
        "prim::SetAttr", "prim::CreateObject", "prim::isinstance", "prim::TupleSlice", "prim::NamedTupleConstruct",
    };

    /// Every operator the golden programs use (tests/golden/ops-used.txt of the golden branch, copied
    /// here as a snapshot) has a kernel.
    [Fact]
    public void EveryOperatorTheGoldenProgramsUseHasAKernel()
    {
        var here = Path.GetDirectoryName(Here())!;
        var missing = File.ReadAllLines(Path.Combine(here, "ops-used.txt"))
            .Select(l => l.Trim()).Where(l => l.Length > 0)
            .Select(SchemaParser.FullNameOf)
            .Where(n => !Structural.Contains(n))
            .Where(n => OperatorRegistry.Find(n)?.HasKernel != true)
            .ToList();
        Assert.True(missing.Count == 0, "no kernel for: " + string.Join(", ", missing));
    }

    static string Here([System.Runtime.CompilerServices.CallerFilePath] string path = "") => path;
}
