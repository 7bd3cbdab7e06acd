using TorchScriptSharp.Eager;
using TorchScriptSharp.Serialization;
using TorchSharp;

namespace TorchScriptSharp.Tests.Eager;

/// `import torch.nn as nn` gives the library's module classes (Library/torch/nn/modules/*.py run by the
/// evaluator, F.* from Library/torch/nn/functional.py): each case of nn_library_cases.py, built after
/// torch.manual_seed(0), has PyTorch 1.13's class name, exact state_dict and forward output
/// (nn_library.pt, from gen_nn_library.py).
public class NnLibraryTests
{
    static readonly Lazy<PyDict> Fixture = new(() => (PyDict)TorchSave.Load(Path.Combine(Py.Dir(), "nn_library.pt"))!);

    public static IEnumerable<object[]> Cases() =>
        ((PyDict)TorchSave.Load(Path.Combine(Py.Dir(), "nn_library.pt"))!).Keys.Select(k => new object[] { (string)k! });

    static (EagerInterpreter Interp, PyTuple Case) Load(string key)
    {
        var interp = new EagerInterpreter();
        interp.RegisterModule("nn_library_cases", File.ReadAllText(Path.Combine(Py.Dir(), "nn_library_cases.py")), "nn_library_cases.py");
        interp.Run("from nn_library_cases import *");
        var cases = (PyList)interp.Evaluate("CASES")!;
        return (interp, cases.Cast<PyTuple>().Single(c => (string)c[0]! == key));
    }

    static void AssertClose(torch.Tensor expected, torch.Tensor actual, string what, double tol)
    {
        Assert.Equal(expected.shape, actual.shape);
        Assert.Equal(expected.dtype, actual.dtype);
        Assert.True(expected.allclose(actual, rtol: tol, atol: tol, equal_nan: true),
            $"{what} differs: max |diff| {(expected.to_type(torch.ScalarType.Float64) - actual.to_type(torch.ScalarType.Float64)).abs().max().item<double>()}");
    }

    static IEnumerable<torch.Tensor> Flatten(object? o) => o switch
    {
        torch.Tensor t => new[] { t },
        PyTuple t => t.SelectMany(Flatten),
        PyList l => l.SelectMany(Flatten),
        _ => Array.Empty<torch.Tensor>(),
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void ConstructionAndForwardMatchPyTorch(string key)
    {
        var (py, c) = Load(key);
        var expected = (PyDict)Fixture.Value[key]!;
        py.Execute("torch.manual_seed(0)");
        var m = py.Evaluate((string)c[1]!);
        py.CallMethod(m, "train", (string)c[2]! == "train");
        var cls = (PyClass)py.GetAttr(m, "__class__")!;
        Assert.Equal((string)expected["class"]!, py.Str(py.GetAttr(cls, "__module__")) + "." + cls.Name);

        var ours = (PyDict)py.CallMethod(m, "state_dict")!;
        var theirs = (PyDict)expected["state_dict"]!;
        Assert.Equal(theirs.Keys.Cast<string>(), ours.Keys.Cast<string>());
        foreach (var (k, v) in theirs) AssertClose((torch.Tensor)v!, (torch.Tensor)ours[k]!, k!.ToString()!, 0);

        var inputs = ((PyList)expected["inputs"]!).ToArray();
        py.Execute("torch.manual_seed(2)");
        object? output;
        using (torch.no_grad()) output = py.Call(m, inputs);
        var outs = Flatten(output).ToList();
        var wanted = ((PyList)expected["outputs"]!).Cast<torch.Tensor>().ToList();
        Assert.Equal(wanted.Count, outs.Count);
        for (int i = 0; i < outs.Count; i++) AssertClose(wanted[i], outs[i], $"output {i}", 1e-5);
        if (expected.TryGetValue("state_after", out var after))
            foreach (var (k, v) in (PyDict)after!) AssertClose((torch.Tensor)v!, (torch.Tensor)ours[k]!, k + " after forward", 1e-6);
    }

    [Fact]
    public void NnNamesResolveToTheLibraryAndNativePieces()
    {
        var py = new EagerInterpreter();
        py.Run("""
import torch
import torch.nn as nn
import torch.nn.functional as F
from torch.nn.modules.module import Module
from torch.nn.modules.container import Sequential
from torch.nn.utils.rnn import PackedSequence
from torch._jit_internal import BroadcastingList2, _overload
r = [nn.Linear.__module__, nn.Sequential is Sequential, nn.Module is Module, nn.modules.Module is Module,
     issubclass(nn.Linear, nn.Module), nn.Parameter is torch.nn.parameter.Parameter,
     F.max_pool2d.__name__, F.threshold is F._threshold, torch._jit_internal.is_scripting(),
     isinstance(PackedSequence(torch.ones(2), torch.ones(1)), PackedSequence), len(PackedSequence(torch.ones(2), torch.ones(1))),
     torch._VF.lstm is not None]
""");
        Assert.Equal("['torch.nn.modules.linear', True, True, True, True, True, 'max_pool2d', True, False, True, 4, True]", py.Repr(py.Evaluate("r")));
    }
}
