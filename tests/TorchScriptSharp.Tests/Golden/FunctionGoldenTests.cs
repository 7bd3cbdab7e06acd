using TorchScriptSharp.IR;
using TorchScriptSharp.Runtime;
using TorchScriptSharp.Serialization;
using TorchSharp;
using Xunit.Abstractions;

namespace TorchScriptSharp.Tests.Golden;

/// Every function case PyTorch 1.13 scripted (tests/golden/functions): we compile the same file and
/// must produce PyTorch's result, or PyTorch's run-time error.
public class FunctionGoldenTests
{
    [Theory]
    [MemberData(nameof(GoldenCases.Functions), MemberType = typeof(GoldenCases))]
    public void ProducesPyTorchsResult(string stem)
    {
        var fn = Compile(stem);
        var dir = GoldenCases.FunctionsDir;
        var inputs = (PyList)TorchSave.Load(Path.Combine(dir, stem + ".inputs.pt"))!;
        var formals = fn.schema.Arguments;
        var args = inputs.Select((a, i) => ValueConversion.ToIValue(a, i < formals.Count ? formals[i].Type : null)).ToList();
        var errorFile = Path.Combine(dir, stem + ".runtime_error.txt");
        torch.manual_seed(0);
        if (File.Exists(errorFile))
        {
            var lines = File.ReadAllLines(errorFile);
            var ex = Assert.Throws<ScriptException>(() => fn.invoke(args));
            Assert.Contains(KeyLine(lines.Skip(1)), ex.Message + "\n" + ex);
            return;
        }
        var expected = TorchSave.Load(Path.Combine(dir, stem + ".output.pt"));
        var actual = ValueConversion.ToDotNet(fn.invoke(args));
        Assert.Null(ValueComparer.Difference(expected, actual));
    }

    /// The line of PyTorch's message that states the error (its traceback lines vary by runtime).
    internal static string KeyLine(IEnumerable<string> message)
    {
        var lines = message.Where(l => l.Trim().Length > 0).ToList();
        var builtin = lines.LastOrDefault(l => l.StartsWith("builtins.") || l.Contains("Error: ") || l.StartsWith("RuntimeError"));
        var key = builtin ?? lines.Last();
        int colon = key.IndexOf(": ", StringComparison.Ordinal);
        return (colon >= 0 && key[..colon].Contains("Error") ? key[(colon + 2)..] : key).Trim();
    }

    internal static ScriptFunction Compile(string stem)
    {
        var path = GoldenCases.RelativePath(GoldenCases.FunctionsDir, stem);
        var source = File.ReadAllText(Path.Combine(GoldenCases.RepoRoot, path));
        var unit = jit.compile(source, path);
        return unit[GoldenCases.EntryName(source)];
    }
}

/// `.code` and `.graph` against PyTorch's: the docs example must match exactly; for the whole corpus
/// the counts are reported (tests/golden/REPORT.md) so regressions show up in review.
public class PrinterGoldenTests
{
    readonly ITestOutputHelper _output;
    public PrinterGoldenTests(ITestOutputHelper output) => _output = output;

    [Fact]
    public void DocsExampleCodeIsByteIdentical()
    {
        var fn = FunctionGoldenTests.Compile("docs_foo");
        Assert.Equal(File.ReadAllText(Path.Combine(GoldenCases.FunctionsDir, "docs_foo.code")), fn.code);
    }

    [Fact]
    public void DocsExampleGraphIsIdenticalUpToNumbering()
    {
        var fn = FunctionGoldenTests.Compile("docs_foo");
        var expected = File.ReadAllText(Path.Combine(GoldenCases.FunctionsDir, "docs_foo.graph"));
        Assert.Equal(GraphText.Normalize(expected), GraphText.Normalize(fn.graph.ToString()));
    }

    [Fact]
    public void ReportsCodeAndGraphFidelity()
    {
        int total = 0, codeSame = 0, graphSame = 0, compiled = 0;
        var differing = new List<string>();
        foreach (var stem in GoldenCases.Functions().Select(o => (string)o[0]))
        {
            total++;
            ScriptFunction fn;
            try { fn = FunctionGoldenTests.Compile(stem); compiled++; }
            catch (Exception e) { differing.Add($"{stem}: does not compile: {e.Message.Split('\n')[0]}"); continue; }
            string code = "", graph = "";
            try { code = fn.code; graph = fn.graph.ToString(); } catch (Exception e) { differing.Add($"{stem}: printing failed: {e.Message}"); continue; }
            bool sameCode = code == File.ReadAllText(Path.Combine(GoldenCases.FunctionsDir, stem + ".code"));
            bool sameGraph = GraphText.Normalize(graph) == GraphText.Normalize(File.ReadAllText(Path.Combine(GoldenCases.FunctionsDir, stem + ".graph")));
            if (sameCode) codeSame++; else differing.Add($"{stem}: .code differs");
            if (sameGraph) graphSame++;
        }
        var report = $"# Golden fidelity report\n\nfunction cases: {total}\ncompiled: {compiled}\n`.code` byte-identical to PyTorch 1.13: {codeSame}/{total}\n" +
                     $"`.graph` identical up to value numbering: {graphSame}/{total}\n\n## Cases whose .code differs\n" + string.Join("\n", differing.Select(d => "- " + d)) + "\n";
        File.WriteAllText(Path.Combine(AppContext.BaseDirectory, "golden-report.md"), report);
        _output.WriteLine(report);
        Console.WriteLine($"golden .code identical: {codeSame}/{total}; .graph identical up to numbering: {graphSame}/{total}");
        Assert.Equal(total, compiled);
    }
}
