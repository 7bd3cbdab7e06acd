using TorchSharp;

namespace TorchScriptSharp.Tests.Golden;

/// Tensors stored in lists and dicts by scripted code must outlive the call that built them.
public class ContainerLifetimeTests
{
    [Theory]
    [InlineData("    return [x * i for i in range(3)]\n")]
    [InlineData("    out: List[torch.Tensor] = []\n    for i in range(3):\n        out.append(x * i)\n    return out\n")]
    [InlineData("    return [x * 0, x * 1, x * 2]\n")]
    public void TensorsStoredInAReturnedListStayAlive(string body)
    {
        var fn = jit.script("from typing import List\ndef f(x: torch.Tensor) -> List[torch.Tensor]:\n" + body);
        var result = (TorchScriptSharp.Serialization.PyList)fn.call(torch.ones(2))!;
        Assert.Equal(3, result.Count);
        Assert.Equal(4f, ((torch.Tensor)result[2]!).sum().item<float>());
    }
}
