using TorchScriptSharp.IR;
using TorchScriptSharp.Runtime;
using TorchScriptSharp.Types;
using TorchSharp;

namespace TorchScriptSharp.Tests.Runtime;

/// Objects are containers for the ownership rules: a tensor stored into an object lives as long as
/// the object can be reached; an object the frame made and never let escape releases its tensors.
public class ObjectDisposalTests
{
    static readonly TorchType T = TorchType.Tensor;
    readonly TestOps _ops = new();
    readonly Interpreter _interp;

    public ObjectDisposalTests() => _interp = new Interpreter(_ops);

    static ClassType Holder()
    {
        var c = new ClassType("__torch__.Holder");
        c.AddAttribute("t", new OptionalType(T));
        return c;
    }

    void AssertOnlyAlive(params torch.Tensor[] alive)
    {
        foreach (var t in _ops.Created)
        {
            bool keep = alive.Any(a => ReferenceEquals(a, t));
            Assert.True(keep != t.IsInvalid, keep ? "a live tensor was disposed" : "an intermediate tensor leaked");
        }
    }

    [Fact]
    public void ATensorStoredInAReturnedObjectSurvives()
    {
        // h = Holder(); h.t = x.relu(); x.relu(); return h
        var holder = Holder();
        var g = new Graph();
        var x = g.AddInput(T, "x");
        var h = g.New(holder);
        g.SetAttr(h, "t", g.Op(TestOps.Relu, T, x));
        g.Op(TestOps.Relu, T, x);
        g.RegisterOutput(h);
        using var input = torch.ones(2);
        var o = _interp.Invoke(g.Fn(), new IValue[] { input }).ToObject();
        var t = o.GetAttr("t").ToTensor();
        Assert.Equal(2, _ops.Created.Count);
        AssertOnlyAlive(t);
        t.Dispose();
    }

    [Fact]
    public void AnObjectThatNeverEscapesReleasesItsTensors()
    {
        // h = Holder(); h.t = x.relu(); return h.t.relu()
        var g = new Graph();
        var x = g.AddInput(T, "x");
        var h = g.New(Holder());
        g.SetAttr(h, "t", g.Op(TestOps.Relu, T, x));
        g.RegisterOutput(g.Op(TestOps.Relu, T, g.GetAttr(h, "t", T)));
        using var input = torch.ones(2);
        var r = _interp.Invoke(g.Fn(), new IValue[] { input }).ToTensor();
        Assert.Equal(2, _ops.Created.Count);
        AssertOnlyAlive(r);
        r.Dispose();
    }

    [Fact]
    public void AReplacedAttributeIsReleased()
    {
        // h = Holder(); h.t = x.relu(); h.t = x * 2.0; return h
        var g = new Graph();
        var x = g.AddInput(T, "x");
        var h = g.New(Holder());
        g.SetAttr(h, "t", g.Op(TestOps.Relu, T, x));
        g.SetAttr(h, "t", g.Op(TestOps.MulScalar, T, x, g.Float(2.0)));
        g.RegisterOutput(h);
        using var input = torch.ones(2);
        var t = _interp.Invoke(g.Fn(), new IValue[] { input }).ToObject().GetAttr("t").ToTensor();
        AssertOnlyAlive(t);
        Assert.Equal(new[] { 2f, 2f }, t.data<float>().ToArray());
        t.Dispose();
    }

    [Fact]
    public void ATensorStoredIntoAnArgumentObjectSurvives()
    {
        // def f(h: Holder, x): h.t = x.relu(); return x
        var holder = Holder();
        var g = new Graph();
        var h = g.AddInput(holder, "h");
        var x = g.AddInput(T, "x");
        g.SetAttr(h, "t", g.Op(TestOps.Relu, T, x));
        g.RegisterOutput(x);
        var obj = new ScriptObject(holder);
        using var input = torch.ones(2);
        _interp.Invoke(g.Fn(), new IValue[] { IValue.FromObject(obj), input });
        var t = obj.GetAttr("t").ToTensor();
        AssertOnlyAlive(t);
        t.Dispose();
    }

    [Fact]
    public void ATensorAMethodStoresIntoSelfSurvivesTheMethod()
    {
        // def keep(self, x): self.t = x.relu()     f: h = Holder(); h.keep(x); return (h, h.t * 2.0)
        var holder = Holder();
        holder.DefineMethod("keep", new[] { T }, (g, self, a) => { g.SetAttr(self, "t", g.Op(TestOps.Relu, T, a[0])); return g.NoneConst(); });
        var g = new Graph();
        var x = g.AddInput(T, "x");
        var h = g.New(holder);
        g.CallMethod("keep", TorchType.None, h, x);
        var doubled = g.Op(TestOps.MulScalar, T, g.GetAttr(h, "t", T), g.Float(2.0));
        g.RegisterOutput(g.Prim("prim::TupleConstruct", new[] { h, doubled }, new TupleType(new TorchType[] { holder, T })).Output);
        using var input = torch.ones(2);
        var r = _interp.Invoke(g.Fn(), new IValue[] { input }).ToTuple();
        var kept = r[0].ToObject().GetAttr("t").ToTensor();
        AssertOnlyAlive(kept, r[1].ToTensor());
        Assert.Equal(new[] { 1f, 1f }, kept.data<float>().ToArray());
        kept.Dispose();
        r[1].ToTensor().Dispose();
    }

    [Fact]
    public void AnObjectAMethodCreatesBelongsToTheCaller()
    {
        // class Maker: def make(self, x) -> Holder: h = Holder(); h.t = x.relu(); return h
        // f: return Maker().make(x).t.relu()      (the Holder and its tensor die in f)
        var holder = Holder();
        var maker = new ClassType("__torch__.Maker");
        maker.DefineMethod("make", new[] { T }, (g, self, a) =>
        {
            var h = g.New(holder);
            g.SetAttr(h, "t", g.Op(TestOps.Relu, T, a[0]));
            return h;
        });
        var g = new Graph();
        var x = g.AddInput(T, "x");
        var made = g.CallMethod("make", holder, g.New(maker), x).Output;
        g.RegisterOutput(g.Op(TestOps.Relu, T, g.GetAttr(made, "t", T)));
        using var input = torch.ones(2);
        var r = _interp.Invoke(g.Fn(), new IValue[] { input }).ToTensor();
        Assert.Equal(2, _ops.Created.Count);
        AssertOnlyAlive(r);
        r.Dispose();
    }

    [Fact]
    public void AValueAMethodTakesOutOfAnObjectIsNotDisposedUnderItsHolder()
    {
        // class Holder: def take(self): y = self.t; self.t = None; return y
        // f: t = x.relu(); h = Holder(); h.t = t; y = h.take(); return t + y
        // y is t: it came out of an object the caller still holds t through, so the caller must not
        // take it for a new tensor and dispose it while t is still to be read.
        var holder = Holder();
        holder.DefineMethod("take", Array.Empty<TorchType>(), (g, self, _) =>
        {
            var y = g.GetAttr(self, "t", new OptionalType(T));
            g.SetAttr(self, "t", g.NoneConst());
            return y;
        });
        var g = new Graph();
        var x = g.AddInput(T, "x");
        var t = g.Op(TestOps.Relu, T, x);
        var h = g.New(holder);
        g.SetAttr(h, "t", t);
        var y = g.CallMethod("take", new OptionalType(T), h).Output;
        g.Op(TestOps.Relu, T, y); // y's last use comes before t's
        g.RegisterOutput(g.Op(TestOps.AddTensor, T, t, x));
        using var input = torch.ones(2);
        var r = _interp.Invoke(g.Fn(), new IValue[] { input }).ToTensor();
        Assert.Equal(new[] { 2f, 2f }, r.data<float>().ToArray());
        Assert.False(_ops.Created[0].IsInvalid); // t: escaped with the object's old contents, left to the GC
        r.Dispose();
    }

    [Fact]
    public void ObjectsInALoopHoldFlatMemory()
    {
        // for i in range(n): h = Holder(); h.t = x.relu(); acc = acc + h.t
        var g = new Graph();
        var x = g.AddInput(T, "x");
        var n = g.AddInput(TorchType.Int, "n");
        var loop = g.Loop(n, g.Bool(true), new[] { x }, (i, c) =>
        {
            var h = g.New(Holder());
            g.SetAttr(h, "t", g.Op(TestOps.Relu, T, x));
            return new[] { g.Bool(true), g.Op(TestOps.AddTensor, T, c[0], g.GetAttr(h, "t", T)) };
        });
        g.RegisterOutput(loop.Output);
        using var input = torch.ones(2);
        var r = _interp.Invoke(g.Fn(), new IValue[] { input, 50 }).ToTensor();
        Assert.Equal(new[] { 51f, 51f }, r.data<float>().ToArray());
        Assert.Equal(100, _ops.Created.Count);
        AssertOnlyAlive(r);
        r.Dispose();
    }
}

/// What a callee returns is new to the caller only when the callee owned it.
public class CallResultOwnershipTests
{
    static readonly TorchType T = TorchType.Tensor;
    readonly TestOps _ops = new();

    [Fact]
    public void AValueACalleeTakesOutOfTheCallersListStaysAlive()
    {
        // def take(l: List[Tensor]) -> Tensor: return l.pop(0)
        // def f(x): t = x.relu(); y = take([t]); y.relu(); return t + x
        // After the pop, t is no longer reachable from the argument; it must still not be taken for a
        // tensor the callee made (the caller's t register holds it).
        var tg = new Graph();
        var l = tg.AddInput(new ListType(T), "l");
        tg.RegisterOutput(tg.Op(TestOps.Pop, T, l, tg.Int(0)));
        var take = tg.Fn("__torch__.take");

        var g = new Graph();
        var x = g.AddInput(T, "x");
        var t = g.Op(TestOps.Relu, T, x);
        var list = g.Prim("prim::ListConstruct", new[] { t }, new ListType(T)).Output;
        var fn = g.InsertConstant(IValue.FromFunction(take), TorchType.Function);
        var y = g.Prim("prim::CallFunction", new[] { fn, list }, T).Output;
        g.Op(TestOps.Relu, T, y);
        g.RegisterOutput(g.Op(TestOps.AddTensor, T, t, x));
        using var input = torch.ones(2);
        var r = new Interpreter(_ops).Invoke(g.Fn(), new IValue[] { input }).ToTensor();
        Assert.Equal(new[] { 2f, 2f }, r.data<float>().ToArray());
        r.Dispose();
    }
}

/// Allocates a few hundred thousand objects: kept away from the tests that sample the working set.
[Collection("FlatMemory")]
public class LongObjectChainTests
{
    [Fact]
    public void AChainLongerThanTheStackIsReleasedReturnedAndAdopted()
    {
        // class Link: next: Optional[Link]
        // def build(n) -> Link: head = None; for i in range(n): l = Link(); l.next = head; head = l; return head
        // def f(n) -> int: build(n); return n     (the chain comes back to f, is adopted, then released)
        var link = new ClassType("__torch__.Link");
        link.AddAttribute("next", new OptionalType(link));
        var bg = new Graph();
        var n = bg.AddInput(TorchType.Int, "n");
        var loop = bg.Loop(n, bg.Bool(true), new[] { bg.NoneConst() }, (i, c) =>
        {
            var l = bg.New(link);
            bg.SetAttr(l, "next", c[0]);
            return new[] { bg.Bool(true), l };
        });
        loop.Outputs[0].Type = new OptionalType(link);
        loop.Blocks[0].Inputs[1].Type = new OptionalType(link);
        bg.RegisterOutput(loop.Output);
        var build = bg.Fn("__torch__.build");

        var g = new Graph();
        var m = g.AddInput(TorchType.Int, "n");
        var fn = g.InsertConstant(IValue.FromFunction(build), TorchType.Function);
        g.Prim("prim::CallFunction", new[] { fn, m }, new OptionalType(link));
        g.RegisterOutput(m);
        var interp = new Interpreter(new TestOps());
        Assert.Equal(300_000, interp.Invoke(g.Fn(), new IValue[] { 300_000 }).ToInt());
        var head = interp.Invoke(build, new IValue[] { 3 }).ToObject();
        Assert.Same(link, head.GetAttr("next").ToObject().GetAttr("next").ToObject().Type);
        Assert.True(head.GetAttr("next").ToObject().GetAttr("next").ToObject().GetAttr("next").IsNone);
    }
}
