using System.Text.RegularExpressions;
using TorchScriptSharp.Serialization;
using TorchSharp;
using Xunit.Abstractions;

namespace TorchScriptSharp.Tests.Golden;

/// Real model files from public repositories (tests/models, goldens written by PyTorch 1.13 with
/// generate.py there): each is built from its source by the eager evaluator, loaded with PyTorch's
/// state dict (or, for `# seeded` models too large to keep one, built with PyTorch's seed and checked
/// against a digest of PyTorch's), scripted, and must compute PyTorch's output. Its `.code` must match PyTorch's too,
/// except for the models listed in code_differences.tsv, which must still differ (so the list shrinks
/// as the printer improves).
public class RealModelTests(ITestOutputHelper output)
{
    static string Dir => Path.Combine(GoldenCases.RepoRoot, "tests", "models");

    public static IEnumerable<object[]> Cases() =>
        Directory.GetFiles(Dir, "*.py").Select(Path.GetFileNameWithoutExtension).Where(n => n != "generate" && !n!.StartsWith('_')) // _*.py: support files the models import
            .OrderBy(n => n, StringComparer.Ordinal).Select(n => new object[] { n! });

    /// Models whose printed `.code` differs from PyTorch's (name<TAB>why).
    static Dictionary<string, string> CodeDifferences() =>
        File.ReadAllLines(Path.Combine(Dir, "code_differences.tsv")).Where(l => l.Length > 0 && !l.StartsWith('#'))
            .Select(l => l.Split('\t', 2)).ToDictionary(p => p[0], p => p.Length > 1 ? p[1] : "");

    [Theory]
    [MemberData(nameof(Cases))]
    public void ScriptedModelMatchesPyTorch(string stem)
    {
        var path = Path.GetRelativePath(GoldenCases.RepoRoot, Path.Combine(Dir, stem + ".py")).Replace('\\', '/');
        var source = File.ReadAllText(Path.Combine(Dir, stem + ".py"));
        var ctor = Regex.Match(source, @"^# construct: (.*)$", RegexOptions.Multiline).Groups[1].Value.Trim();
        bool eval = Regex.IsMatch(source, @"^# eval$", RegexOptions.Multiline);
        // the model's directory is on the import path, as generate.py puts it on sys.path (sibling imports)
        ScriptModule module;
        if (Regex.IsMatch(source, @"^# seeded$", RegexOptions.Multiline))
        {
            // weights too large to keep: built with PyTorch's seed, they must be PyTorch's own tensors
            module = jit.script_module(source, ctor, path, eval: eval, importPath: new[] { Dir }, seed: 0);
            AssertStateMatchesDigest(module, (PyDict)TorchSave.Load(Path.Combine(Dir, stem + ".sd_digest.pt"))!);
        }
        else module = jit.script_module(source, ctor, path, TorchSave.Load(Path.Combine(Dir, stem + ".sd.pt")), eval, new[] { Dir });

        var inputs = (PyList)TorchSave.Load(Path.Combine(Dir, stem + ".inputs.pt"))!;
        var expected = TorchSave.Load(Path.Combine(Dir, stem + ".output.pt"));
        using (torch.no_grad())
            Assert.Null(ValueComparer.Difference(expected, Detached(module.forward(inputs.ToArray()))));

        var expectedCode = GoldenCode.WithoutMangleIndices(File.ReadAllText(Path.Combine(Dir, stem + ".code")));
        var actualCode = GoldenCode.WithoutMangleIndices(module.code);
        bool codeMatches = expectedCode == actualCode;
        output.WriteLine(codeMatches ? $"{stem}: .code identical to PyTorch's" : $"{stem}: .code differs from PyTorch's");
        if (CodeDifferences().TryGetValue(stem, out var why))
            Assert.False(codeMatches, $"{stem} is listed in code_differences.tsv ({why}) but now prints PyTorch's code: remove it from the list");
        else
            Assert.Equal(expectedCode, actualCode);
    }

    /// Every state-dict tensor's sum and sum of squares equal PyTorch's (float64, relative 1e-9).
    static void AssertStateMatchesDigest(ScriptModule module, PyDict digest)
    {
        var ours = module.named_tensors().ToDictionary(t => t.Name, t => t.Tensor);
        Assert.Equal(digest.Keys.Cast<string>().OrderBy(k => k, StringComparer.Ordinal), ours.Keys.OrderBy(k => k, StringComparer.Ordinal));
        foreach (var (keyObj, expectedObj) in digest)
        {
            var key = (string)keyObj!;
            var expected = ((torch.Tensor)expectedObj!).data<double>().ToArray();
            var t = ours[key].detach().to(torch.float64);
            var actual = new[] { t.sum().item<double>(), t.pow(2).sum().item<double>() };
            for (int i = 0; i < 2; i++)
                Assert.True(Math.Abs(actual[i] - expected[i]) <= 1e-9 * Math.Max(1, Math.Abs(expected[i])),
                    $"{key}: {(i == 0 ? "sum" : "sum of squares")} {actual[i]:R}, PyTorch's {expected[i]:R}");
        }
    }

    static object? Detached(object? value) => value switch
    {
        torch.Tensor t => t.detach(),
        PyTuple t => new PyTuple(t.Select(Detached).ToArray()),
        _ => value,
    };
}
