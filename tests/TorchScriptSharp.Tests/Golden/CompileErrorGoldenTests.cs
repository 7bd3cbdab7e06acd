using TorchScriptSharp.Syntax;

namespace TorchScriptSharp.Tests.Golden;

/// Every program PyTorch 1.13 refuses (tests/golden/errors) is refused here too, at the line PyTorch
/// points to, with `file:line:col`, the source line and a caret.
public class CompileErrorGoldenTests
{
    [Theory]
    [MemberData(nameof(GoldenCases.Errors), MemberType = typeof(GoldenCases))]
    public void RejectedAtPyTorchsLine(string stem)
    {
        var path = GoldenCases.RelativePath(GoldenCases.ErrorsDir, stem);
        var source = File.ReadAllText(Path.Combine(GoldenCases.RepoRoot, path));
        var golden = File.ReadAllLines(Path.Combine(GoldenCases.ErrorsDir, stem + ".error.txt"));
        int expectedLine = int.Parse(golden[0]);
        var error = Assert.Throws<CompileError>(() =>
        {
            var unit = jit.compile(source, path);
            _ = unit[GoldenCases.EntryName(source)];
        });
        Assert.Equal(expectedLine, error.Range.Line);
        Assert.StartsWith($"{path}:{expectedLine}:", error.FullMessage);
        Assert.Contains("<--- HERE", error.FullMessage);
        Assert.False(string.IsNullOrWhiteSpace(error.Message));
    }
}
