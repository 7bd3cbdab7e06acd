using System.Text.RegularExpressions;
using TorchScriptSharp.Serialization;
using TorchScriptSharp.Tracing;
using TorchSharp;

namespace TorchScriptSharp.Tests.Golden;

/// The real model files of tests/models traced instead of scripted (goldens by PyTorch 1.13 in
/// tests/models_traced, generate.py there): built from source as RealModelTests builds them, traced on
/// the same inputs, they must compute PyTorch's output, give its TracerWarnings and print its `.code`.
public class RealModelTracingTests
{
    static string ModelsDir => Path.Combine(GoldenCases.RepoRoot, "tests", "models");
    static string Dir => Path.Combine(GoldenCases.RepoRoot, "tests", "models_traced");

    /// The models PyTorch traces, with the `strict` each needed.
    public static IEnumerable<object[]> Cases() =>
        File.ReadAllLines(Path.Combine(Dir, "index.tsv")).Where(l => l.Length > 0).Select(l => l.Split('\t'))
            .Select(p => new object[] { p[0], p[1] == "True" });

    [Theory]
    [MemberData(nameof(Cases))]
    public void TracedModelMatchesPyTorch(string stem, bool strict)
    {
        var path = Path.GetRelativePath(GoldenCases.RepoRoot, Path.Combine(ModelsDir, stem + ".py")).Replace('\\', '/');
        var source = File.ReadAllText(Path.Combine(ModelsDir, stem + ".py"));
        var ctor = Regex.Match(source, @"^# construct: (.*)$", RegexOptions.Multiline).Groups[1].Value.Trim();
        bool eval = Regex.IsMatch(source, @"^# eval$", RegexOptions.Multiline);
        var stateDictFile = Path.Combine(ModelsDir, stem + ".sd.pt");
        var inputs = ((PyList)TorchSave.Load(Path.Combine(ModelsDir, stem + ".inputs.pt"))!).ToArray();
        var warnings = new List<string>();
        // a `# seeded` model (no stored state dict) is built with PyTorch's seed, as RealModelTests checks
        var module = jit.trace_module(source, ctor, inputs, path, File.Exists(stateDictFile) ? TorchSave.Load(stateDictFile) : null, eval,
            new TraceOptions { Strict = strict }, warnings, new[] { ModelsDir }, seed: File.Exists(stateDictFile) ? null : 0);

        using (torch.no_grad())
            Assert.Null(ValueComparer.Difference(TorchSave.Load(Path.Combine(Dir, stem + ".output.pt")), Detached(module.forward(inputs))));
        Assert.Equal(File.ReadAllLines(Path.Combine(Dir, stem + ".warnings.txt")), warnings.Select(w => w.Split('\n')[0]).ToArray());
        Assert.Equal(GoldenCode.WithoutMangleIndices(File.ReadAllText(Path.Combine(Dir, stem + ".code"))), GoldenCode.WithoutMangleIndices(module.code));
    }

    static object? Detached(object? value) => value switch
    {
        torch.Tensor t => t.detach(),
        PyTuple t => new PyTuple(t.Select(Detached).ToArray()),
        PyDict d => DetachedDict(d),
        _ => value,
    };

    static PyDict DetachedDict(PyDict d)
    {
        var copy = new PyDict(isOrdered: true);
        foreach (var (k, v) in d) copy[k] = Detached(v);
        return copy;
    }
}
