using System.Text.Json;
using System.Text.RegularExpressions;
using TorchSharp;

namespace TorchScriptSharp.Tests.Golden;

/// The ScriptModule state API against what PyTorch 1.13's scripted modules report
/// (tests/golden/state_api/state_api.json, written by generate.py there, for cases of tests/golden/modules).
public class ScriptModuleStateTests
{
    static string Dir => Path.Combine(GoldenCases.RepoRoot, "tests", "golden", "modules");

    static readonly JsonElement Golden = JsonDocument.Parse(File.ReadAllText(Path.Combine(GoldenCases.RepoRoot, "tests", "golden", "state_api", "state_api.json"))).RootElement;

    public static IEnumerable<object[]> Cases() => Golden.EnumerateObject().Select(p => new object[] { p.Name });

    static ScriptModule Build(string stem)
    {
        var source = File.ReadAllText(Path.Combine(Dir, stem + ".py"));
        var ctor = Regex.Match(source, @"^# construct: (.*)$", RegexOptions.Multiline).Groups[1].Value.Trim();
        return jit.script_module(source, ctor, Path.Combine("tests", "golden", "modules", stem + ".py"));
    }

    static string[] Strings(JsonElement e) => e.EnumerateArray().Select(x => x.GetString()!).ToArray();

    [Theory]
    [MemberData(nameof(Cases))]
    public void StateApiMatchesPyTorch(string stem)
    {
        var expected = Golden.GetProperty(stem);
        var module = Build(stem);
        Assert.Equal(Strings(expected.GetProperty("named_parameters")), module.named_parameters().Select(p => p.Name).ToArray());
        Assert.Equal(Strings(expected.GetProperty("named_buffers")), module.named_buffers().Select(p => p.Name).ToArray());
        Assert.Equal(Strings(expected.GetProperty("named_children")), module.named_children().Select(p => p.Name).ToArray());
        Assert.Equal(Strings(expected.GetProperty("state_dict")), module.state_dict().Keys.ToArray());
        var training = expected.GetProperty("training").EnumerateArray().Select(x => x.GetBoolean()).ToArray();
        Assert.Equal(training[0], module.training);
        module.eval();
        Assert.Equal(training[1], module.training);
        Assert.All(module.named_children(), c => Assert.Equal(training[1], c.Module.training));

        // a state dict missing the first key and carrying an unexpected one: PyTorch's error
        var state = module.state_dict();
        if (state.Count == 0) return;
        var broken = state.Skip(1).ToDictionary(p => p.Key, p => p.Value);
        broken["not_a_key"] = torch.zeros(1);
        var e = Assert.Throws<ArgumentException>(() => module.load_state_dict(broken));
        Assert.Equal(expected.GetProperty("load_error").GetString(), e.Message);
    }

    [Fact]
    public void LoadStateDictCopiesIntoTheModulesTensors()
    {
        var module = Build("docs_parameter_linear");
        var weight = module.state_dict()["weight"];
        var zeros = module.state_dict().ToDictionary(p => p.Key, p => torch.zeros_like(p.Value));
        module.load_state_dict(zeros);
        Assert.Same(weight, module.state_dict()["weight"]);
        Assert.Equal(0f, weight.abs().sum().item<float>());
        var (missing, unexpected) = module.load_state_dict(new Dictionary<string, torch.Tensor> { ["extra"] = torch.ones(1) }, strict: false);
        Assert.Equal(zeros.Keys, missing);
        Assert.Equal(new[] { "extra" }, unexpected);
    }

    [Fact]
    public void AttributesReadAndWriteByName()
    {
        var module = Build("docs_parameter_linear");
        Assert.IsType<ScriptModule>(module.getattr("linear"));
        module.setattr("training", false);
        Assert.False(module.training);
        Assert.Throws<ArgumentException>(() => module.getattr("missing"));
    }

    [Fact]
    public void LoadsAStateDictFilePyTorchWrote()
    {
        var module = Build("docs_parameter_linear");
        var file = (TorchScriptSharp.Serialization.PyDict)TorchScriptSharp.Serialization.TorchSave.Load(Path.Combine(Dir, "docs_parameter_linear.sd.pt"))!;
        module.load_state_dict(file);
        foreach (var (key, value) in file)
            Assert.True(module.state_dict()[(string)key!].allclose((torch.Tensor)value!, 0, 0), (string)key!);
    }
}
