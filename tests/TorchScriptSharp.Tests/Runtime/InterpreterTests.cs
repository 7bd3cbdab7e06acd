using TorchScriptSharp.IR;
using TorchScriptSharp.Runtime;
using TorchScriptSharp.Types;
using TorchSharp;

namespace TorchScriptSharp.Tests.Runtime;

public class InterpreterTests
{
    readonly TestOps _ops = new();
    readonly Interpreter _interp;

    public InterpreterTests() => _interp = new Interpreter(_ops);

    IValue Run(Graph g, params IValue[] args) => _interp.Invoke(g.Fn(), args);

    [Fact]
    public void ReturnsConstantsAndInputs()
    {
        var g = new Graph();
        var x = g.AddInput(TorchType.Int, "x");
        g.RegisterOutput(g.Op(TestOps.AddInt, TorchType.Int, x, g.Int(40)));
        Assert.Equal(42, Run(g, 2).ToInt());

        var h = new Graph();
        h.AddInput(TorchType.Int, "unused");
        h.RegisterOutput(h.Str("hi"));
        Assert.Equal("hi", Run(h, 1).ToStr());
    }

    [Fact]
    public void NoneConstantAndFunctionConstant()
    {
        var g = new Graph();
        var n = g.Insert("prim::Constant");
        n.Output.Type = TorchType.None;
        g.RegisterOutput(n.Output);
        Assert.True(Run(g).IsNone);
    }

    [Fact]
    public void NestedIfPicksTheRightBranch()
    {
        // def f(a: int) -> int:
        //     if a > 0:
        //         if a > 10: r = 2  else: r = 1
        //     else: r = 0
        var g = new Graph();
        var a = g.AddInput(TorchType.Int, "a");
        var outer = g.If(g.Op(TestOps.GtInt, TorchType.Bool, a, g.Int(0)), new[] { TorchType.Int },
            () => new[] { g.If(g.Op(TestOps.GtInt, TorchType.Bool, a, g.Int(10)), new[] { TorchType.Int },
                () => new[] { g.Int(2) }, () => new[] { g.Int(1) }).Output },
            () => new[] { g.Int(0) });
        g.RegisterOutput(outer.Output);
        var fn = g.Fn();
        Assert.Equal(2, _interp.Invoke(fn, new IValue[] { 11 }).ToInt());
        Assert.Equal(1, _interp.Invoke(fn, new IValue[] { 5 }).ToInt());
        Assert.Equal(0, _interp.Invoke(fn, new IValue[] { -5 }).ToInt());
    }

    [Fact]
    public void ForLoopWithCarriedValues()
    {
        // s = 0; p = 1
        // for i in range(n): s = s + i; p = p * 2
        var g = new Graph();
        var n = g.AddInput(TorchType.Int, "n");
        var loop = g.Loop(n, g.Bool(true), new[] { g.Int(0), g.Int(1) }, (i, c) => new[]
        {
            g.Bool(true),
            g.Op(TestOps.AddInt, TorchType.Int, c[0], i),
            g.Op(TestOps.MulInt, TorchType.Int, c[1], g.Int(2)),
        });
        g.RegisterOutput(g.Prim("prim::TupleConstruct", loop.Outputs.ToArray(), new TupleType(new[] { TorchType.Int, TorchType.Int })).Output);
        var fn = g.Fn();
        var t = _interp.Invoke(fn, new IValue[] { 5 }).ToTuple();
        Assert.Equal(new long[] { 10, 32 }, t.Elements.Select(e => e.ToInt()));
        var zero = _interp.Invoke(fn, new IValue[] { 0 }).ToTuple();
        Assert.Equal(new long[] { 0, 1 }, zero.Elements.Select(e => e.ToInt()));
    }

    [Fact]
    public void WhileLoopStopsOnItsCondition()
    {
        // x = 1; while x < limit: x = x * 3
        var g = new Graph();
        var limit = g.AddInput(TorchType.Int, "limit");
        var x0 = g.Int(1);
        var loop = g.Loop(g.Int(long.MaxValue), g.Op(TestOps.LtInt, TorchType.Bool, x0, limit), new[] { x0 }, (_, c) =>
        {
            var x = g.Op(TestOps.MulInt, TorchType.Int, c[0], g.Int(3));
            return new[] { g.Op(TestOps.LtInt, TorchType.Bool, x, limit), x };
        });
        g.RegisterOutput(loop.Output);
        var fn = g.Fn();
        Assert.Equal(81, _interp.Invoke(fn, new IValue[] { 50 }).ToInt());
        Assert.Equal(1, _interp.Invoke(fn, new IValue[] { 0 }).ToInt());
    }

    [Fact]
    public void LoopCarriesBlockParamsPermuted()
    {
        // a, b = 1, 2; for _ in range(3): a, b = b, a  (odd count swaps)
        var g = new Graph();
        var loop = g.Loop(g.Int(3), g.Bool(true), new[] { g.Int(1), g.Int(2) }, (_, c) => new[] { g.Bool(true), c[1], c[0] });
        g.RegisterOutput(g.Op(TestOps.SubInt, TorchType.Int, loop.Outputs[0], loop.Outputs[1]));
        Assert.Equal(1, Run(g).ToInt());
    }

    static GraphFunction Helper()
    {
        // def double_plus(a: int, b: int) -> int: return a * 2 + b
        var g = new Graph();
        var a = g.AddInput(TorchType.Int, "a");
        var b = g.AddInput(TorchType.Int, "b");
        g.RegisterOutput(g.Op(TestOps.AddInt, TorchType.Int, g.Op(TestOps.MulInt, TorchType.Int, a, g.Int(2)), b));
        return g.Fn("__torch__.double_plus");
    }

    [Fact]
    public void CallFunctionRunsTheCalleeInANewFrame()
    {
        var helper = Helper();
        var g = new Graph();
        var x = g.AddInput(TorchType.Int, "x");
        var fnConst = g.CreateConstant(IValue.FromFunction(helper), TorchType.Function);
        fnConst.Attributes["name"] = "double_plus";
        fnConst.InsertBefore(g.InsertPoint);
        var r = g.Prim("prim::CallFunction", new[] { fnConst.Output, x, g.Int(1) }, TorchType.Int).Output;
        g.RegisterOutput(g.Prim("prim::CallFunction", new[] { fnConst.Output, r, r }, TorchType.Int).Output);
        Assert.Equal(33, Run(g, 5).ToInt()); // r = 11; 11*2+11
    }

    [Fact]
    public void RecursionDepthIsLimited()
    {
        var g = new Graph();
        var fn = g.Fn("__torch__.forever");
        var x = g.AddInput(TorchType.Int, "x");
        var c = g.InsertConstant(IValue.FromFunction(fn), TorchType.Function);
        g.RegisterOutput(g.Prim("prim::CallFunction", new[] { c, x }, TorchType.Int).Output);
        var interp = new Interpreter(_ops) { MaxCallDepth = 50 };
        var e = Assert.Throws<ScriptException>(() => interp.Invoke(fn, new IValue[] { 1 }));
        Assert.Equal("RecursionError", e.PythonType);
        Assert.Contains("maximum recursion depth exceeded", e.Message);
        Assert.Equal(50, e.Frames.Count);
    }

    [Fact]
    public void RecursionWithABaseCaseWorks()
    {
        // def fact(n): if n > 1: return n * fact(n - 1) else: return 1
        var g = new Graph();
        var fn = g.Fn("__torch__.fact");
        var n = g.AddInput(TorchType.Int, "n");
        var self = g.InsertConstant(IValue.FromFunction(fn), TorchType.Function);
        var r = g.If(g.Op(TestOps.GtInt, TorchType.Bool, n, g.Int(1)), new[] { TorchType.Int },
            () => new[] { g.Op(TestOps.MulInt, TorchType.Int, n,
                g.Prim("prim::CallFunction", new[] { self, g.Op(TestOps.SubInt, TorchType.Int, n, g.Int(1)) }, TorchType.Int).Output) },
            () => new[] { g.Int(1) });
        g.RegisterOutput(r.Output);
        Assert.Equal(3628800, _interp.Invoke(fn, new IValue[] { 10 }).ToInt());
    }

    [Fact]
    public void TuplesConstructUnpackIndexSlice()
    {
        var g = new Graph();
        var a = g.AddInput(TorchType.Int, "a");
        var tt = new TupleType(new[] { TorchType.Int, TorchType.Int, TorchType.Str_ });
        var t = g.Prim("prim::TupleConstruct", new[] { a, g.Int(7), g.Str("s") }, tt).Output;
        var un = g.Prim("prim::TupleUnpack", new[] { t }, TorchType.Int, TorchType.Int, TorchType.Str_);
        var idx = g.Prim("prim::TupleIndex", new[] { t, g.Int(-2) }, TorchType.Int).Output;
        var slice = g.Prim("prim::TupleSlice", new[] { t }, new TupleType(new[] { TorchType.Int, TorchType.Str_ }));
        slice.Attributes["beg"] = 1L;
        slice.Attributes["end"] = 3L;
        var sum = g.Op(TestOps.AddInt, TorchType.Int, un.Outputs[0], idx);
        g.RegisterOutput(g.Prim("prim::TupleConstruct", new[] { sum, un.Outputs[2], slice.Output },
            new TupleType(new[] { TorchType.Int, TorchType.Str_, slice.Output.Type })).Output);
        var r = Run(g, 3);
        Assert.Equal("(10, 's', (7, 's'))", IValuePrinter.Repr(r));
    }

    [Fact]
    public void NamedTupleKeepsItsType()
    {
        var g = new Graph();
        var nt = new TupleType(new[] { TorchType.Int, TorchType.Int }, new[] { "x", "y" }, "__torch__.Point");
        g.RegisterOutput(g.Prim("prim::TupleConstruct", new[] { g.Int(1), g.Int(2) }, nt).Output);
        var t = Run(g).ToTuple();
        Assert.Same(nt, t.Type);
    }

    [Fact]
    public void ListsAndDicts()
    {
        var g = new Graph();
        var a = g.AddInput(TorchType.Int, "a");
        var list = g.Prim("prim::ListConstruct", new[] { a, g.Int(2), g.Int(3) }, new ListType(TorchType.Int)).Output;
        var un = g.Prim("prim::ListUnpack", new[] { list }, TorchType.Int, TorchType.Int, TorchType.Int);
        var dict = g.Prim("prim::DictConstruct", new[] { g.Str("a"), un.Outputs[0], g.Str("c"), un.Outputs[2] },
            new DictType(TorchType.Str_, TorchType.Int)).Output;
        g.RegisterOutput(g.Prim("prim::TupleConstruct", new[] { list, dict },
            new TupleType(new[] { list.Type, dict.Type })).Output);
        var r = Run(g, 1).ToTuple();
        Assert.Equal("[1, 2, 3]", IValuePrinter.Repr(r[0]));
        Assert.Equal(TorchType.Int, r[0].ToList().ElementType);
        Assert.Equal("{'a': 1, 'c': 3}", IValuePrinter.Repr(r[1]));
    }

    [Fact]
    public void ListUnpackOfWrongLengthFailsLikePyTorch()
    {
        var g = new Graph();
        var xs = g.AddInput(new ListType(TorchType.Int), "xs");
        var un = g.Prim("prim::ListUnpack", new[] { xs }, TorchType.Int, TorchType.Int, TorchType.Int);
        g.RegisterOutput(un.Outputs[0]);
        var list = new ScriptList(TorchType.Int, new List<IValue> { 1, 2, 3, 4 });
        var e = Assert.Throws<ScriptException>(() => Run(g, IValue.FromList(list)));
        Assert.Equal("RuntimeError", e.PythonType);
        Assert.Equal("Expected 3 elements in a list but found 4", e.Message);
        // No source range on the node: PyTorch prints the header and no frame.
        Assert.Equal("The following operation failed in the TorchScript interpreter.\n" +
                     "Traceback of TorchScript (most recent call last):\n" +
                     "RuntimeError: Expected 3 elements in a list but found 4", e.ToString());
    }

    [Fact]
    public void PrintWritesStrOfEachInput()
    {
        var g = new Graph();
        var x = g.AddInput(TorchType.Int, "x");
        g.Prim("prim::Print", new[] { g.Str("value:"), x, g.Float(1.0), g.Bool(true) });
        g.RegisterOutput(x);
        var sw = new StringWriter();
        var interp = new Interpreter(_ops) { Out = sw };
        interp.Invoke(g.Fn(), new IValue[] { 3 });
        Assert.Equal("value: 3 1.0 True" + Environment.NewLine, sw.ToString());
    }

    [Fact]
    public void WarnWritesAUserWarning()
    {
        var g = new Graph();
        g.Prim("aten::warn", new[] { g.Str("careful"), g.Int(2) });
        g.RegisterOutput(g.Int(0));
        var sw = new StringWriter();
        new Interpreter(_ops) { Err = sw }.Invoke(g.Fn(), Array.Empty<IValue>());
        Assert.Equal("UserWarning: careful" + Environment.NewLine, sw.ToString());
    }

    [Fact]
    public void UncheckedCastAndUninitialized()
    {
        var g = new Graph();
        var x = g.AddInput(new OptionalType(TorchType.Int), "x");
        var u = g.Prim("prim::Uninitialized", Array.Empty<Value>(), TorchType.Int).Output;
        var c = g.Prim("prim::unchecked_cast", new[] { x }, TorchType.Int).Output;
        g.RegisterOutput(g.Prim("prim::TupleConstruct", new[] { c, u }, new TupleType(new[] { TorchType.Int, TorchType.Int })).Output);
        var r = Run(g, 4).ToTuple();
        Assert.Equal(4, r[0].ToInt());
        Assert.Equal(IValueTag.Uninitialized, r[1].Tag);
    }

    [Fact]
    public void SeveralGraphOutputsAreReturnedAsIs()
    {
        var g = new Graph();
        var x = g.AddInput(TorchType.Int, "x");
        g.RegisterOutput(x);
        g.RegisterOutput(g.Op(TestOps.AddInt, TorchType.Int, x, x));
        var r = _interp.InvokeMulti(g.Fn(), new IValue[] { 4 });
        Assert.Equal(new long[] { 4, 8 }, r.Select(v => v.ToInt()));
    }

    [Fact]
    public void CodeIsLoweredOnceAndCached()
    {
        var fn = Helper();
        var c1 = _interp.CodeFor(fn);
        _interp.Invoke(fn, new IValue[] { 1, 2 });
        Assert.Same(c1, _interp.CodeFor(fn));
        Assert.Same(c1, fn.CompiledCode);
    }

    [Fact]
    public void MissingKernelFailsOnlyWhenReached()
    {
        var g = new Graph();
        var b = g.AddInput(TorchType.Bool, "b");
        var n = g.If(b, new[] { TorchType.Int },
            () => { var u = g.Insert("aten::nonexistent", Array.Empty<Value>()); u.Output.Type = TorchType.Int; return new[] { u.Output }; },
            () => new[] { g.Int(1) });
        g.RegisterOutput(n.Output);
        var fn = g.Fn();
        Assert.Equal(1, _interp.Invoke(fn, new IValue[] { false }).ToInt());
        var e = Assert.Throws<ScriptException>(() => _interp.Invoke(fn, new IValue[] { true }));
        Assert.Contains("aten::nonexistent", e.Message);
    }
}
