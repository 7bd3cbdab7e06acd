using TorchScriptSharp.Serialization;
using TorchSharp;
using Xunit.Abstractions;

namespace TorchScriptSharp.Tests.Golden;

/// torch.nn library modules built by the eager evaluator from the bundled sources and scripted by
/// our compiler, against PyTorch 1.13 scripting torch.nn itself (tests/golden/nn/generate.py):
/// same forward `.code`, same outputs for the same state dict. The report counts both.
public class NnLibraryGoldenTests
{
    readonly ITestOutputHelper _output;
    public NnLibraryGoldenTests(ITestOutputHelper output) => _output = output;

    static string Dir => Path.Combine(GoldenCases.RepoRoot, "tests", "golden", "nn");

    public static IEnumerable<(string Id, string Ctor, bool Eval)> Index() =>
        File.ReadAllLines(Path.Combine(Dir, "index.tsv")).Where(l => l.Length > 0).Select(l => l.Split('\t'))
            .Select(p => (p[0], p[1], p[2] == "True"));

    sealed record Result(string Ctor, string? OutputFailure, bool CodeSame, string Code);

    static Result Run((string Id, string Ctor, bool Eval) c)
    {
        var stem = Path.Combine(Dir, c.Id);
        try
        {
            var module = jit.script_module("import torch\nfrom torch import nn\n", c.Ctor, "nn_case.py", TorchSave.Load(stem + ".sd.pt"), c.Eval);
            var code = module.code;
            bool same = GoldenCode.WithoutMangleIndices(code) == GoldenCode.WithoutMangleIndices(File.ReadAllText(stem + ".code"));
            var inputs = (PyList)TorchSave.Load(stem + ".inputs.pt")!;
            object? actual;
            using (torch.no_grad()) actual = module.forward(inputs.ToArray());
            return new Result(c.Ctor, ValueComparer.Difference(TorchSave.Load(stem + ".output.pt"), actual), same, code);
        }
        catch (Exception e) { return new Result(c.Ctor, $"{e.GetType().Name}: {e.Message.Split('\n')[0]}", false, ""); }
    }

    /// Constructors whose output we deliberately compute differently (known_differences.tsv, with why).
    static HashSet<string> KnownDifferences() =>
        File.ReadAllLines(Path.Combine(Dir, "known_differences.tsv")).Where(l => l.Length > 0 && !l.StartsWith('#'))
            .Select(l => l.Split('\t')[0]).ToHashSet();

    /// Every case must compute PyTorch's output, except the listed deliberate differences, which must
    /// still differ (so the list stays true); the share of identical `.code` is reported and held to
    /// the issue's 80%.
    [Fact]
    public void ScriptedLibraryModulesMatchPyTorch()
    {
        var known = KnownDifferences();
        var results = Index().Select(Run).ToList();
        var unexpected = results.Where(r => (r.OutputFailure != null) != known.Contains(r.Ctor)).ToList();
        int outputs = results.Count(r => r.OutputFailure == null), codes = results.Count(r => r.CodeSame);
        var report = $"nn library modules scripted: outputs {outputs}/{results.Count}, .code identical {codes}/{results.Count}\n"
            + string.Join("\n", results.Where(r => r.OutputFailure != null || !r.CodeSame)
                .Select(r => $"- {r.Ctor}: {(r.OutputFailure ?? "output ok")}{(r.CodeSame ? "" : "; .code differs")}"));
        _output.WriteLine(report);
        File.WriteAllText(Path.Combine(AppContext.BaseDirectory, "nn-report.md"), report + "\n");
        Console.WriteLine(report.Split('\n')[0]);
        Assert.True(unexpected.Count == 0, "unexpected: " + string.Join(", ", unexpected.Select(r => r.Ctor)) + "\n" + report);
        Assert.True(codes * 100 >= results.Count * 80, report);
    }
}
