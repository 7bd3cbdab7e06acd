using TorchScriptSharp.Eager;
using TorchSharp;

namespace TorchScriptSharp.Tests.Eager;

/// Source written the way PyTorch's own nn layers and the torch.jit.script docs examples are written
/// must run: class annotations, __constants__, factory_kwargs, Optional, super(Cls, self), jit decorators.
public class LibraryStyleTests
{
    const string LinearSource = """
import math
from typing import Optional, List
import torch
from torch import Tensor
from torch.nn.parameter import Parameter
from torch.nn import init
from torch.nn.modules.module import Module
import torch.nn.functional as F

class Linear(Module):
    __constants__ = ['in_features', 'out_features']
    in_features: int
    out_features: int
    weight: Tensor

    def __init__(self, in_features: int, out_features: int, bias: bool = True,
                 device=None, dtype=None) -> None:
        factory_kwargs = {'device': device, 'dtype': dtype}
        super(Linear, self).__init__()
        self.in_features = in_features
        self.out_features = out_features
        self.weight = Parameter(torch.empty((out_features, in_features), **factory_kwargs))
        if bias:
            self.bias = Parameter(torch.empty(out_features, **factory_kwargs))
        else:
            self.register_parameter('bias', None)
        self.reset_parameters()

    def reset_parameters(self) -> None:
        init.kaiming_uniform_(self.weight, a=math.sqrt(5))
        if self.bias is not None:
            fan_in, _ = init._calculate_fan_in_and_fan_out(self.weight)
            bound = 1 / math.sqrt(fan_in) if fan_in > 0 else 0
            init.uniform_(self.bias, -bound, bound)

    def forward(self, input: Tensor) -> Tensor:
        return F.linear(input, self.weight, self.bias)

    def extra_repr(self) -> str:
        return 'in_features={}, out_features={}, bias={}'.format(
            self.in_features, self.out_features, self.bias is not None)

class MyModule(torch.nn.Module):
    def __init__(self, N, M):
        super(MyModule, self).__init__()
        self.weight = torch.nn.Parameter(torch.rand(N, M))
        self.linear = Linear(N, M)

    def forward(self, input):
        output = self.weight.mv(input)
        output = self.linear(output)
        return output

class MyModule2(torch.nn.Module):
    def __init__(self):
        super().__init__()

    @torch.jit.export
    def some_entry_point(self, input):
        return input + 10

    @torch.jit.ignore
    def python_only_fn(self, input):
        import math
        return input

    def forward(self, input):
        if self.training:
            self.python_only_fn(input)
        return input * 99
""";

    [Fact]
    public void PyTorchStyleLinearAndDocsExamplesRun()
    {
        var interp = new EagerInterpreter();
        interp.Run(LinearSource, "docs.py");
        interp.Execute("torch.manual_seed(0)");
        var lin = interp.Evaluate("Linear(3, 2)");
        Assert.Equal("Linear(in_features=3, out_features=2, bias=True)", interp.Repr(lin));
        var w = (torch.Tensor)interp.GetAttr(lin, "weight")!;
        // PyTorch 1.13: torch.manual_seed(0); nn.Linear(3, 2).weight
        var expected = torch.tensor(new float[] { -0.0043f, 0.3097f, -0.4752f, -0.4249f, -0.2224f, 0.1548f }).reshape(2, 3);
        Assert.True(w.allclose(expected, atol: 1e-4));
        var cls = (PyClass)interp["Linear"]!;
        Assert.Equal(new object?[] { "in_features", "out_features" }, ((TorchScriptSharp.Serialization.PyList)cls.Dict["__constants__"]!).ToArray());
        Assert.Equal(new object?[] { "in_features", "out_features", "weight" }, ((TorchScriptSharp.Serialization.PyDict)cls.Dict["__annotations__"]!).Keys.ToArray());

        var m = interp.Evaluate("MyModule(10, 20)");
        Assert.Equal(new[] { "weight", "linear.weight", "linear.bias" },
            ((TorchScriptSharp.Serialization.PyDict)interp.CallMethod(m, "state_dict")!).Keys.Cast<string>());
        var y = (torch.Tensor)interp.Call(m, torch.ones(20))!;
        Assert.Equal(new long[] { 20 }, y.shape);

        var m2 = interp.Evaluate("MyModule2()");
        var entry = (BoundMethod)interp.GetAttr(m2, "some_entry_point")!;
        Assert.Equal("export", ((PyFunction)entry.Function).Attributes["_torchscript_modifier"]);
        Assert.Equal("ignore", ((PyFunction)((BoundMethod)interp.GetAttr(m2, "python_only_fn")!).Function).Attributes["_torchscript_modifier"]);
        Assert.Equal(990.0, ((torch.Tensor)interp.Call(m2, torch.tensor(10.0f))!).item<float>());
        Assert.Equal(20.0, ((torch.Tensor)interp.CallMethod(m2, "some_entry_point", torch.tensor(10.0f))!).item<float>());
    }
}
