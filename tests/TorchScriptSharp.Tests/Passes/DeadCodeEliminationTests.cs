namespace TorchScriptSharp.Tests.Passes;

/// Which unused loops survive dead-code elimination: PyTorch 1.13 keeps a loop whose body computes a
/// value it carries into the next iteration (an accumulator, or a while loop's condition), and drops a
/// for loop that only rebinds. The texts are what real PyTorch prints for these functions.
public class DeadCodeEliminationTests
{
    static string Code(string source) => jit.compile("import torch\n\n\n" + source, "dce.py")["f"].code;

    [Fact]
    public void AnUnusedAccumulatorLoopIsKept() =>
        Assert.Equal("def f() -> int:\n  x = 0\n  for i in range(10):\n    x = torch.mul(x, i)\n  return 1\n",
            Code("def f() -> int:\n    x = 0\n    for i in range(10):\n        x *= i\n    return 1\n"));

    [Fact]
    public void AnUnusedTensorAccumulatorLoopIsKept() =>
        Assert.Equal("def f() -> int:\n  y = torch.zeros([2])\n  y0 = y\n  for i in range(3):\n    y0 = torch.add(y0, 1)\n  return 1\n",
            Code("def f() -> int:\n    y = torch.zeros(2)\n    for i in range(3):\n        y = y + 1\n    return 1\n"));

    [Fact]
    public void AnUnusedLoopThatOnlyRebindsIsRemoved() =>
        Assert.Equal("def f() -> int:\n  return 1\n",
            Code("def f() -> int:\n    y = 0\n    for i in range(3):\n        y = i\n    return 1\n"));

    [Fact]
    public void AnUnusedWhileLoopIsKept() =>
        Assert.Equal("def f() -> int:\n  x = 0\n  _0 = True\n  while _0:\n    x0 = torch.add(x, 1)\n    _0, x = torch.lt(x0, 4), x0\n  return 1\n",
            Code("def f() -> int:\n    x = 0\n    while x < 4:\n        x += 1\n    return 1\n"));
}
