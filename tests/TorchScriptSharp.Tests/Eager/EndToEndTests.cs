using TorchScriptSharp.Eager;
using TorchScriptSharp.Serialization;
using TorchSharp;

namespace TorchScriptSharp.Tests.Eager;

/// A module defined in Python source (a Parameter, a buffer, a ModuleList of a Linear-like layer
/// written in the same source, a Sequential) constructed after torch.manual_seed(0) must hold
/// PyTorch 1.13's exact state_dict and produce its output (end_to_end.pt, from gen_end_to_end.py).
public class EndToEndTests
{
    static PyDict Fixture() => (PyDict)TorchSave.Load(Path.Combine(Py.Dir(), "end_to_end.pt"))!;

    static EagerInterpreter Load()
    {
        var interp = new EagerInterpreter();
        interp.Run(File.ReadAllText(Path.Combine(Py.Dir(), "end_to_end_model.py")), "end_to_end_model.py");
        return interp;
    }

    [Fact]
    public void SeededConstructionMatchesPyTorchStateDict()
    {
        var interp = Load();
        interp.Execute("torch.manual_seed(0)");
        var model = interp.Evaluate("MyModule(3, 2)");
        var ours = (PyDict)interp.CallMethod(model, "state_dict")!;
        var theirs = (PyDict)Fixture()["state_dict"]!;
        Assert.Equal(theirs.Keys.Cast<string>(), ours.Keys.Cast<string>());
        foreach (var (k, v) in theirs)
        {
            var expected = (torch.Tensor)v!;
            var actual = (torch.Tensor)ours[k]!;
            Assert.Equal(expected.shape, actual.shape);
            Assert.True(expected.allclose(actual, rtol: 0, atol: 0), $"{k} differs");
        }
    }

    [Fact]
    public void ForwardMatchesPyTorch()
    {
        var interp = Load();
        interp.Execute("torch.manual_seed(0)");
        var model = interp.Evaluate("MyModule(3, 2)");
        var fixture = Fixture();
        var output = (torch.Tensor)interp.Call(model, fixture["input"])!;
        Assert.True(output.allclose((torch.Tensor)fixture["output"]!, rtol: 1e-6, atol: 1e-6));
    }

    [Fact]
    public void LoadStateDictFromPyTorchFileGivesPyTorchOutput()
    {
        var interp = Load();
        interp.Execute("torch.manual_seed(123)");
        var model = interp.Evaluate("MyModule(3, 2)");
        var fixture = Fixture();
        var result = interp.CallMethod(model, "load_state_dict", fixture["state_dict"]);
        Assert.Equal("<All keys matched successfully>", interp.Repr(result));
        var output = (torch.Tensor)interp.Call(model, fixture["input"])!;
        Assert.True(output.allclose((torch.Tensor)fixture["output"]!, rtol: 1e-6, atol: 1e-6));
        var layers = interp.GetAttr(model, "layers");
        Assert.Equal(2L, interp.Evaluate("len")! is BuiltinFunction len ? interp.Call(len, layers) : null);
        Assert.IsType<TorchSharp.Modules.Parameter>(interp.GetAttr(interp.CallMethod(layers, "__getitem__", 0), "weight"));
    }
}
