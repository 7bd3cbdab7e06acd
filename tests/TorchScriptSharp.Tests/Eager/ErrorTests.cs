using TorchScriptSharp.Eager;
using TorchScriptSharp.Syntax;

namespace TorchScriptSharp.Tests.Eager;

/// Errors escaping Python code carry the Python type, message and location with a traceback;
/// unsupported imports name the module; runaway code stops with a clear error instead of hanging.
public class ErrorTests
{
    static PythonException Fails(string source) => Assert.Throws<PythonException>(() => Py.Run(source, "model.py"));

    [Fact]
    public void TracebackNamesEachFrameAndLine()
    {
        var e = Fails("def inner(x):\n    return x.missing\n\ndef outer():\n    return inner(3)\n\nouter()\n");
        Assert.Equal("AttributeError", e.PythonType);
        Assert.Equal("'int' object has no attribute 'missing'", e.PythonMessage);
        Assert.Equal(2, e.Range!.Value.Line);
        Assert.Equal(new[] { "<module>", "outer", "inner" }, e.Traceback.Select(f => f.FunctionName));
        Assert.Equal(new[] { 7, 5, 2 }, e.Traceback.Select(f => f.Range.Line));
        Assert.Contains("File \"model.py\", line 2, in inner", e.Message);
        Assert.Contains("return x.missing", e.Message);
        Assert.Contains("<--- HERE", e.Message);
        Assert.EndsWith("AttributeError: 'int' object has no attribute 'missing'", e.Message);
    }

    [Theory]
    [InlineData("raise ValueError('bad value')", "ValueError", "bad value", 1)]
    [InlineData("x = 1\ny = x + 'a'", "TypeError", "unsupported operand type(s) for +: 'int' and 'str'", 2)]
    [InlineData("import numpy", "ModuleNotFoundError", "No module named 'numpy'", 1)]
    [InlineData("from os import path", "ModuleNotFoundError", "No module named 'os'", 1)]
    [InlineData("from torch import nonexistent_thing_xyz", "ImportError", "cannot import name 'nonexistent_thing_xyz' from 'torch'", 1)]
    [InlineData("class A:\n    pass\nA().f()", "AttributeError", "'A' object has no attribute 'f'", 3)]
    [InlineData("def f(a):\n    pass\nf(1, 2)", "TypeError", "f() takes 1 positional argument but 2 were given", 3)]
    [InlineData("import torch\ntorch.zeros('x')", "TypeError", "zeros() received an invalid combination of arguments", 2)]
    [InlineData("def g():\n    yield 1\ng()", "NotImplementedError", "yield (generator functions) is not supported", 2)]
    [InlineData("assert False, 'nope'", "AssertionError", "nope", 1)]
    public void PythonErrorsCarryTypeMessageAndLine(string source, string type, string message, int line)
    {
        var e = Fails(source);
        Assert.Equal(type, e.PythonType);
        Assert.StartsWith(message, e.PythonMessage);
        Assert.Equal(line, e.Range!.Value.Line);
    }

    [Fact]
    public void UserExceptionSubclassesEscapeWithTheirType()
    {
        var e = Fails("class ConfigError(ValueError):\n    pass\nraise ConfigError('bad', 3)");
        Assert.Equal("ConfigError", e.PythonType);
        Assert.Equal("('bad', 3)", e.PythonMessage);
        Assert.True(e.Exception.Class.IsSubclassOf(BuiltinTypes.ValueError));
    }

    [Fact]
    public void InfiniteRecursionIsARecursionError()
    {
        var e = Fails("def f(n):\n    return f(n + 1)\nf(0)");
        Assert.Equal("RecursionError", e.PythonType);
    }

    [Fact]
    public void InfiniteLoopStopsAtTheStepBudgetEvenInsideTryExcept()
    {
        var interp = new EagerInterpreter();
        interp.Engine.MaxSteps = 10_000;
        var e = Assert.Throws<PythonException>(() => interp.Run("while True:\n    try:\n        pass\n    except Exception:\n        pass\n"));
        Assert.Contains("more than 10000 steps", e.PythonMessage);
    }

    [Fact]
    public void SyntaxErrorsAreCompileErrorsWithLocation()
    {
        var e = Assert.Throws<CompileError>(() => Py.Run("def f(:\n    pass"));
        Assert.Equal(1, e.Range.Line);
    }

    [Fact]
    public void ErrorInsideModuleConstructorPointsIntoInit()
    {
        var src = "import torch\nfrom torch import nn\nclass M(nn.Module):\n    def __init__(self, n):\n        super().__init__()\n        self.w = nn.Parameter(torch.zeros(n, n))\n        self.w = torch.ones(1)\n";
        var interp = new EagerInterpreter();
        interp.Run(src, "m.py");
        var e = Assert.Throws<PythonException>(() => interp.Evaluate("M(2)"));
        Assert.Equal("TypeError", e.PythonType);
        Assert.Equal("cannot assign 'torch.FloatTensor' as parameter 'w' (torch.nn.Parameter or None expected)", e.PythonMessage);
        Assert.Equal(7, e.Range!.Value.Line);
        Assert.Equal("__init__", e.Traceback[^1].FunctionName);
    }
}
