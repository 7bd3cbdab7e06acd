using TorchScriptSharp.IR;
using TorchScriptSharp.Runtime;
using TorchScriptSharp.Types;
using TorchSharp;

namespace TorchScriptSharp.Tests.Runtime;

/// Which tensors the interpreter disposes: everything it created and no longer needs, and nothing
/// that anyone else can still reach (results, the caller's arguments, tensors kept in containers).
public class DisposalTests
{
    static readonly TorchType T = TorchType.Tensor;
    readonly TestOps _ops = new();
    readonly Interpreter _interp;

    public DisposalTests() => _interp = new Interpreter(_ops);

    /// Every tensor a kernel created is disposed, except <paramref name="alive"/>.
    void AssertOnlyAlive(params torch.Tensor[] alive)
    {
        foreach (var t in _ops.Created)
        {
            bool keep = alive.Any(a => ReferenceEquals(a, t));
            Assert.True(keep != t.IsInvalid, keep ? "a live tensor was disposed" : "an intermediate tensor leaked");
        }
    }

    [Fact]
    public void IntermediatesAreDisposedResultAndInputsSurvive()
    {
        // return (x.relu() * 2.0 + x).relu()
        var g = new Graph();
        var x = g.AddInput(T, "x");
        var r = g.Op(TestOps.Relu, T, g.Op(TestOps.AddTensor, T, g.Op(TestOps.MulScalar, T, g.Op(TestOps.Relu, T, x), g.Float(2.0)), x));
        g.RegisterOutput(r);
        using var input = torch.tensor(new[] { -1f, 2f });
        var result = _interp.Invoke(g.Fn(), new IValue[] { input }).ToTensor();
        Assert.Equal(new[] { 0f, 6f }, result.data<float>().ToArray());
        Assert.Equal(4, _ops.Created.Count);
        AssertOnlyAlive(result);
        Assert.False(input.IsInvalid);
        result.Dispose();
    }

    [Fact]
    public void ReturningAnInputDoesNotDisposeIt()
    {
        var g = new Graph();
        var x = g.AddInput(T, "x");
        g.Op(TestOps.Relu, T, x); // unused result: disposed at once
        g.RegisterOutput(x);
        using var input = torch.ones(2);
        var r = _interp.Invoke(g.Fn(), new IValue[] { input }).ToTensor();
        Assert.Same(input, r);
        Assert.False(input.IsInvalid);
        AssertOnlyAlive();
    }

    [Fact]
    public void InPlaceResultAliasesItsInputAndStaysAlive()
    {
        // y = x.relu(); z = y.add_(x); w = y + z   (y and z are the same handle, both read later)
        var g = new Graph();
        var x = g.AddInput(T, "x");
        var y = g.Op(TestOps.Relu, T, x);
        var z = g.Op(TestOps.AddInplace, T, y, x);
        var w = g.Op(TestOps.AddTensor, T, y, z);
        g.RegisterOutput(g.Prim("prim::TupleConstruct", new[] { w, z }, new TupleType(new[] { T, T })).Output);
        using var input = torch.tensor(new[] { 1f, -1f });
        var t = _interp.Invoke(g.Fn(), new IValue[] { input }).ToTuple();
        Assert.Equal(new[] { 4f, -2f }, t[0].ToTensor().data<float>().ToArray());
        Assert.Equal(new[] { 2f, -1f }, t[1].ToTensor().data<float>().ToArray()); // y after add_
        AssertOnlyAlive(t[0].ToTensor(), t[1].ToTensor());
    }

    [Fact]
    public void InPlaceOnACallerTensorNeverDisposesIt()
    {
        var g = new Graph();
        var x = g.AddInput(T, "x");
        var z = g.Op(TestOps.AddInplace, T, x, x);
        g.Op(TestOps.Relu, T, z);
        g.RegisterOutput(g.Int(0));
        using var input = torch.ones(2);
        _interp.Invoke(g.Fn(), new IValue[] { input });
        Assert.False(input.IsInvalid);
        Assert.Equal(new[] { 2f, 2f }, input.data<float>().ToArray());
        AssertOnlyAlive();
    }

    [Fact]
    public void TensorsInAReturnedListSurvive()
    {
        var g = new Graph();
        var x = g.AddInput(T, "x");
        var a = g.Op(TestOps.Relu, T, x);
        var b = g.Op(TestOps.MulScalar, T, a, g.Float(3.0));
        var l = g.Prim("prim::ListConstruct", new[] { a, b }, new ListType(T)).Output;
        g.RegisterOutput(l);
        using var input = torch.ones(2);
        var list = _interp.Invoke(g.Fn(), new IValue[] { input }).ToList();
        AssertOnlyAlive(list[0].ToTensor(), list[1].ToTensor());
        Assert.Equal(new[] { 3f, 3f }, list[1].ToTensor().data<float>().ToArray());
    }

    [Fact]
    public void CatOfAFreshListDisposesTheListsTensors()
    {
        // l = [x.relu(), x * 2.0]; return torch.cat(l, 0), l[0].relu(): the list and both parts die
        var g = new Graph();
        var x = g.AddInput(T, "x");
        var a = g.Op(TestOps.Relu, T, x);
        var b = g.Op(TestOps.MulScalar, T, x, g.Float(2.0));
        var l = g.Prim("prim::ListConstruct", new[] { a, b }, new ListType(T)).Output;
        var c = g.Op(TestOps.Cat, T, l, g.Int(0));
        var first = g.Op(TestOps.Relu, T, g.Op(TestOps.GetItem, T, l, g.Int(0)));
        g.RegisterOutput(g.Prim("prim::TupleConstruct", new[] { c, first }, new TupleType(new[] { T, T })).Output);
        using var input = torch.ones(2);
        var r = _interp.Invoke(g.Fn(), new IValue[] { input }).ToTuple();
        Assert.Equal(new[] { 1f, 1f, 2f, 2f }, r[0].ToTensor().data<float>().ToArray());
        AssertOnlyAlive(r[0].ToTensor(), r[1].ToTensor());
    }

    [Fact]
    public void ChunkThenUnpackOwnsEachPart()
    {
        // a, b = (x * 1.0).chunk(2, 0); return a + 0 (b unused)
        var g = new Graph();
        var x = g.AddInput(T, "x");
        var parts = g.Op(TestOps.Chunk, new ListType(T), g.Op(TestOps.MulScalar, T, x, g.Float(1.0)), g.Int(2), g.Int(0));
        var un = g.Prim("prim::ListUnpack", new[] { parts }, T, T);
        g.RegisterOutput(g.Op(TestOps.Relu, T, un.Outputs[0]));
        using var input = torch.tensor(new[] { 1f, 2f, 3f, 4f });
        var r = _interp.Invoke(g.Fn(), new IValue[] { input }).ToTensor();
        Assert.Equal(new[] { 1f, 2f }, r.data<float>().ToArray());
        AssertOnlyAlive(r);
    }

    [Fact]
    public void AppendingToTheCallersListKeepsTheTensorAlive()
    {
        var g = new Graph();
        var xs = g.AddInput(new ListType(T), "xs");
        var x = g.AddInput(T, "x");
        var y = g.Op(TestOps.Relu, T, x);
        g.Op(TestOps.Append, new ListType(T), xs, y);
        g.RegisterOutput(g.Op(TestOps.Len, TorchType.Int, xs));
        var list = new ScriptList(T);
        using var input = torch.ones(2);
        Assert.Equal(1, _interp.Invoke(g.Fn(), new IValue[] { IValue.FromList(list), input }).ToInt());
        Assert.False(list[0].ToTensor().IsInvalid);
        Assert.Equal(new[] { 1f, 1f }, list[0].ToTensor().data<float>().ToArray());
    }

    [Fact]
    public void GetItemFromTheCallersListIsBorrowed()
    {
        var g = new Graph();
        var xs = g.AddInput(new ListType(T), "xs");
        var e = g.Op(TestOps.GetItem, T, xs, g.Int(0));
        g.Op(TestOps.Relu, T, e);
        g.RegisterOutput(g.Int(0));
        using var t = torch.ones(2);
        var list = new ScriptList(T, new List<IValue> { t });
        _interp.Invoke(g.Fn(), new IValue[] { IValue.FromList(list) });
        Assert.False(t.IsInvalid);
        AssertOnlyAlive();
    }

    [Fact]
    public void TensorConstantsAreNeverDisposed()
    {
        using var k = torch.ones(2);
        var g = new Graph();
        var x = g.AddInput(T, "x");
        var c = g.Const(IValue.FromTensor(k), T);
        g.RegisterOutput(g.Op(TestOps.AddTensor, T, x, c));
        var fn = g.Fn();
        using var input = torch.ones(2);
        for (int i = 0; i < 3; i++) _interp.Invoke(fn, new IValue[] { input }).ToTensor().Dispose();
        Assert.False(k.IsInvalid);
    }

    [Fact]
    public void ValuesUsedOnlyInsideBranchesAndLoopsAreReleasedAfterThem()
    {
        // y = x.relu(); acc = x * 1.0
        // for i in range(3): if flag: acc = acc + y  else: acc = acc * 0.5
        // return acc
        var g = new Graph();
        var x = g.AddInput(T, "x");
        var flag = g.AddInput(TorchType.Bool, "flag");
        var y = g.Op(TestOps.Relu, T, x);
        var acc0 = g.Op(TestOps.MulScalar, T, x, g.Float(1.0));
        var loop = g.Loop(g.Int(3), g.Bool(true), new[] { acc0 }, (_, c) => new[]
        {
            g.Bool(true),
            g.If(flag, new[] { T }, () => new[] { g.Op(TestOps.AddTensor, T, c[0], y) },
                                    () => new[] { g.Op(TestOps.MulScalar, T, c[0], g.Float(0.5)) }).Output,
        });
        g.RegisterOutput(loop.Output);
        var fn = g.Fn();
        using var input = torch.ones(1);
        foreach (bool f in new[] { true, false })
        {
            _ops.Created.Clear();
            var r = _interp.Invoke(fn, new IValue[] { input, f }).ToTensor();
            Assert.Equal(f ? 4f : 0.125f, r.item<float>());
            AssertOnlyAlive(r);
        }
    }

    [Fact]
    public void ZeroTripLoopReturnsItsInitialValue()
    {
        var g = new Graph();
        var x = g.AddInput(T, "x");
        var n = g.AddInput(TorchType.Int, "n");
        var acc0 = g.Op(TestOps.Relu, T, x);
        var loop = g.Loop(n, g.Bool(true), new[] { acc0 }, (_, c) => new[] { g.Bool(true), g.Op(TestOps.Relu, T, c[0]) });
        g.RegisterOutput(loop.Output);
        using var input = torch.ones(1);
        var r = _interp.Invoke(g.Fn(), new IValue[] { input, 0 }).ToTensor();
        Assert.Equal(1f, r.item<float>());
        AssertOnlyAlive(r);
    }

    [Fact]
    public void CalleeResultsBecomeTheCallersAndArgumentsStayTheCallers()
    {
        // def h(a): return a.relu() ; def f(x): y = x * 2.0; return h(y) + h(y)
        var hg = new Graph();
        var a = hg.AddInput(T, "a");
        hg.RegisterOutput(hg.Op(TestOps.Relu, T, a));
        var h = hg.Fn("__torch__.h");
        var g = new Graph();
        var x = g.AddInput(T, "x");
        var y = g.Op(TestOps.MulScalar, T, x, g.Float(2.0));
        var hc = g.InsertConstant(IValue.FromFunction(h), TorchType.Function);
        var r1 = g.Prim("prim::CallFunction", new[] { hc, y }, T).Output;
        var r2 = g.Prim("prim::CallFunction", new[] { hc, y }, T).Output;
        g.RegisterOutput(g.Op(TestOps.AddTensor, T, r1, r2));
        using var input = torch.ones(1);
        var r = _interp.Invoke(g.Fn(), new IValue[] { input }).ToTensor();
        Assert.Equal(4f, r.item<float>());
        AssertOnlyAlive(r);
    }

    [Fact]
    public void AFailingRunDisposesWhatItOwned()
    {
        var g = new Graph();
        var x = g.AddInput(T, "x");
        var y = g.Op(TestOps.Relu, T, x);
        var z = g.Op(TestOps.Fail, T, y);
        g.RegisterOutput(g.Op(TestOps.AddTensor, T, y, z));
        using var input = torch.ones(1);
        Assert.Throws<ScriptException>(() => _interp.Invoke(g.Fn(), new IValue[] { input }));
        AssertOnlyAlive();
        Assert.False(input.IsInvalid);
    }
}

public class CrossFrameDisposalTests
{
    static readonly TorchType T = TorchType.Tensor;

    [Fact]
    public void ACalleeStoringTheCallersTensorKeepsItAlive()
    {
        // def keep(l: List[Tensor], t: Tensor): l.append(t)
        // def f(x): l = []; y = x.relu(); keep(l, y); return l
        var kg = new Graph();
        var kl = kg.AddInput(new ListType(T), "l");
        var kt = kg.AddInput(T, "t");
        kg.Op(TestOps.Append, new ListType(T), kl, kt);
        kg.RegisterOutput(kg.Int(0));
        var keep = kg.Fn("__torch__.keep");

        var g = new Graph();
        var x = g.AddInput(T, "x");
        var l = g.Prim("prim::ListConstruct", Array.Empty<Value>(), new ListType(T)).Output;
        var y = g.Op(TestOps.Relu, T, x);
        var c = g.InsertConstant(IValue.FromFunction(keep), TorchType.Function);
        g.Prim("prim::CallFunction", new[] { c, l, y }, TorchType.Int);
        g.RegisterOutput(l);
        var ops = new TestOps();
        using var input = torch.ones(2);
        var list = new Interpreter(ops).Invoke(g.Fn(), new IValue[] { input }).ToList();
        Assert.Equal(1, list.Count);
        Assert.False(list[0].ToTensor().IsInvalid);
        Assert.Equal(new[] { 1f, 1f }, list[0].ToTensor().data<float>().ToArray());
    }

    [Fact]
    public void ACalleeReturningANewListOfTheCallersTensors()
    {
        // def wrap(t): return [t]      def f(x): y = x.relu(); l = wrap(y); return torch.cat(l, 0)
        var wg = new Graph();
        var wt = wg.AddInput(T, "t");
        wg.RegisterOutput(wg.Prim("prim::ListConstruct", new[] { wt }, new ListType(T)).Output);
        var wrap = wg.Fn("__torch__.wrap");

        var g = new Graph();
        var x = g.AddInput(T, "x");
        var y = g.Op(TestOps.Relu, T, x);
        var c = g.InsertConstant(IValue.FromFunction(wrap), TorchType.Function);
        var l = g.Prim("prim::CallFunction", new[] { c, y }, new ListType(T)).Output;
        g.RegisterOutput(g.Op(TestOps.Cat, T, l, g.Int(0)));
        var ops = new TestOps();
        using var input = torch.ones(2);
        var r = new Interpreter(ops).Invoke(g.Fn(), new IValue[] { input }).ToTensor();
        Assert.Equal(new[] { 1f, 1f }, r.data<float>().ToArray());
        foreach (var t in ops.Created) Assert.Equal(!ReferenceEquals(t, r), t.IsInvalid);
    }
}
