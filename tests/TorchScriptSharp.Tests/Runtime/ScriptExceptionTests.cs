using TorchScriptSharp.IR;
using TorchScriptSharp.Runtime;
using TorchScriptSharp.Syntax;
using TorchScriptSharp.Types;
using TorchSharp;

namespace TorchScriptSharp.Tests.Runtime;

public class ScriptExceptionTests
{
    readonly TestOps _ops = new();
    readonly Interpreter _interp;

    public ScriptExceptionTests() => _interp = new Interpreter(_ops);

    /// The range of the <paramref name="nth"/> occurrence of <paramref name="snippet"/> in the source.
    static SourceRange At(SourceText src, string snippet, int nth = 0)
    {
        int i = -1;
        for (int k = 0; k <= nth; k++) i = src.Text.IndexOf(snippet, i + 1, StringComparison.Ordinal);
        Assert.True(i >= 0, snippet);
        return new SourceRange(src, i, i + snippet.Length);
    }

    const string CheckSource =
        "# inputs: [5]\n" +
        "import torch\n" +
        "\n" +
        "\n" +
        "def check(n: int) -> int:\n" +
        "    if n > 3:\n" +
        "        raise ValueError(\"n is too large\")\n" +
        "    return n\n" +
        "\n" +
        "\n" +
        "def f(n: int) -> int:\n" +
        "    return check(n) + 1\n";

    /// check(n) raises ValueError when n > 3; f(n) = check(n) + 1.
    static GraphFunction CheckAndCaller(SourceText src)
    {
        var g = new Graph();
        var n = g.AddInput(TorchType.Int, "n");
        var cond = g.Op(TestOps.GtInt, TorchType.Bool, n, g.Int(3));
        g.If(cond, Array.Empty<TorchType>(), () =>
        {
            var raise = g.Prim("prim::RaiseException", new[] { g.Str("n is too large"), g.Str("builtins.ValueError") });
            raise.Range = At(src, "raise ValueError(\"n is too large\")");
            return Array.Empty<Value>();
        }, Array.Empty<Value>);
        g.RegisterOutput(n);
        var check = g.Fn("__torch__.check");

        var fg = new Graph();
        var fn = fg.AddInput(TorchType.Int, "n");
        var c = fg.InsertConstant(IValue.FromFunction(check), TorchType.Function);
        var call = fg.Prim("prim::CallFunction", new[] { c, fn }, TorchType.Int);
        call.Range = At(src, "check(n)");
        var add = fg.Insert("aten::add", new[] { call.Output, fg.Int(1) });
        add.Schema = TestOps.AddInt;
        add.Output.Type = TorchType.Int;
        fg.RegisterOutput(add.Output);
        return fg.Fn("__torch__.f");
    }

    [Fact]
    public void RaiseExceptionCarriesTypeMessageAndTraceback()
    {
        var src = new SourceText(CheckSource, "tests/golden/functions/rt_raise_value_error.py");
        var f = CheckAndCaller(src);
        Assert.Equal(4, _interp.Invoke(f, new IValue[] { 3 }).ToInt());

        var e = Assert.Throws<ScriptException>(() => _interp.Invoke(f, new IValue[] { 5 }));
        Assert.Equal("builtins.ValueError", e.PythonType);
        Assert.Equal("n is too large", e.Message);
        Assert.True(e.RaisedByScript);
        Assert.Equal("torch.jit.Error", e.PythonExceptionClass);
        Assert.Equal(new[] { "__torch__.f", "__torch__.check" }, e.Frames.Select(fr => fr.QualifiedName));
        Assert.Equal(
            "The following operation failed in the TorchScript interpreter.\n" +
            "Traceback of TorchScript (most recent call last):\n" +
            "  File \"tests/golden/functions/rt_raise_value_error.py\", line 12, in f\n" +
            "def f(n: int) -> int:\n" +
            "    return check(n) + 1\n" +
            "           ~~~~~~~~ <--- HERE\n" +
            "  File \"tests/golden/functions/rt_raise_value_error.py\", line 7, in check\n" +
            "def check(n: int) -> int:\n" +
            "    if n > 3:\n" +
            "        raise ValueError(\"n is too large\")\n" +
            "        ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~ <--- HERE\n" +
            "    return n\n" +
            "builtins.ValueError: n is too large", e.ToString());
    }

    [Fact]
    public void RaiseWithoutClassIsARuntimeError()
    {
        // assert x >= 0, "..." compiles to RaiseException(msg, None)
        var src = new SourceText("def f(x: int) -> int:\n    assert x >= 0, \"x must be non-negative\"\n    return x\n", "t.py");
        var g = new Graph();
        var x = g.AddInput(TorchType.Int, "x");
        var none = g.Insert("prim::Constant"); none.Output.Type = TorchType.None;
        g.If(g.Op(TestOps.LtInt, TorchType.Bool, x, g.Int(0)), Array.Empty<TorchType>(), () =>
        {
            g.Prim("prim::RaiseException", new[] { g.Str("AssertionError: x must be non-negative"), none.Output })
                .Range = At(src, "assert x >= 0, \"x must be non-negative\"");
            return Array.Empty<Value>();
        }, Array.Empty<Value>);
        g.RegisterOutput(x);
        var e = Assert.Throws<ScriptException>(() => _interp.Invoke(g.Fn(), new IValue[] { -3 }));
        Assert.Equal("RuntimeError", e.PythonType);
        Assert.EndsWith(
            "  File \"t.py\", line 2, in f\n" +
            "def f(x: int) -> int:\n" +
            "    assert x >= 0, \"x must be non-negative\"\n" +
            "    ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~ <--- HERE\n" +
            "    return x\n" +
            "RuntimeError: AssertionError: x must be non-negative", e.ToString());
    }

    [Fact]
    public void LibTorchErrorsBecomeRuntimeErrorsWithTheNodeRange()
    {
        var src = new SourceText("def f(a: torch.Tensor, b: torch.Tensor) -> torch.Tensor:\n    return a + b\n", "t.py");
        var g = new Graph();
        var a = g.AddInput(TorchType.Tensor, "a");
        var b = g.AddInput(TorchType.Tensor, "b");
        var add = g.Op(TestOps.AddTensor, TorchType.Tensor, a, b);
        add.Node.Range = At(src, "a + b");
        g.RegisterOutput(add);
        using var x = torch.ones(2, 3);
        using var y = torch.ones(4);
        var e = Assert.Throws<ScriptException>(() => _interp.Invoke(g.Fn(), new IValue[] { x, y }));
        Assert.Equal("RuntimeError", e.PythonType);
        Assert.Equal("RuntimeError", e.PythonExceptionClass);
        Assert.StartsWith("The size of tensor a (3) must match the size of tensor b (4) at non-singleton dimension 1", e.Message);
        Assert.DoesNotContain("Exception raised from", e.Message);
        Assert.Contains("    return a + b\n           ~~~~~ <--- HERE\n", e.ToString());
        Assert.False(x.IsInvalid); // the caller's tensors survive the failure
    }

    [Fact]
    public void AnyKernelExceptionIsWrapped()
    {
        var g = new Graph();
        var x = g.AddInput(TorchType.Tensor, "x");
        g.RegisterOutput(g.Op(TestOps.Fail, TorchType.Tensor, x));
        using var t = torch.ones(1);
        var e = Assert.Throws<ScriptException>(() => _interp.Invoke(g.Fn(), new IValue[] { t }));
        Assert.Equal("RuntimeError", e.PythonType);
        Assert.Equal("kernel exploded", e.Message);
        Assert.IsType<InvalidOperationException>(e.InnerException);
    }

    sealed class OpsStyleError : Exception
    {
        public OpsStyleError(string type, string message) : base(message) => PythonType = type;
        public string PythonType { get; }
    }

    [Fact]
    public void KernelErrorsKeepTheirPythonType()
    {
        foreach (var thrown in new Exception[] { new PythonError("builtins.IndexError", "list index out of range"),
                                                 new OpsStyleError("builtins.IndexError", "list index out of range") })
        {
            var resolver = new DelegateResolver(n => n.Kind == "test::boom" ? _ => throw thrown : null);
            var g = new Graph();
            var n = g.Insert("test::boom", Array.Empty<Value>());
            n.Output.Type = TorchType.Int;
            g.RegisterOutput(n.Output);
            var e = Assert.Throws<ScriptException>(() => new Interpreter(resolver).Invoke(g.Fn(), Array.Empty<IValue>()));
            Assert.Equal("builtins.IndexError", e.PythonType);
            Assert.Equal("list index out of range", e.Message);
            Assert.False(e.RaisedByScript);
        }
    }

    [Fact]
    public void MultiLineRangesAreUnderlinedLineByLine()
    {
        var src = new SourceText("def f(x):\n    y = g(x,\n          x)\n    return y\n", "m.py");
        var start = src.Text.IndexOf("g(x,", StringComparison.Ordinal);
        var end = src.Text.IndexOf("x)\n", StringComparison.Ordinal) + 2;
        Assert.Equal(
            "def f(x):\n" +
            "    y = g(x,\n" +
            "        ~~~~\n" +
            "          x)\n" +
            "          ~~ <--- HERE\n" +
            "    return y\n", Traceback.Highlight(new SourceRange(src, start, end)));
    }
}

sealed class DelegateResolver : IKernelResolver
{
    readonly Func<Node, TorchScriptSharp.Ops.Kernel?> _f;
    public DelegateResolver(Func<Node, TorchScriptSharp.Ops.Kernel?> f) => _f = f;
    public TorchScriptSharp.Ops.Kernel? Resolve(Node node) => _f(node);
}
