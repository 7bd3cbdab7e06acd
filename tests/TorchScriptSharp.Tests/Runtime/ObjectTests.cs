using TorchScriptSharp.IR;
using TorchScriptSharp.Runtime;
using TorchScriptSharp.Syntax;
using TorchScriptSharp.Types;

namespace TorchScriptSharp.Tests.Runtime;

/// TorchScript classes in the interpreter: prim::CreateObject, GetAttr/SetAttr and CallMethod.
public class ObjectTests
{
    static readonly TorchType I = TorchType.Int;
    readonly Interpreter _interp = new(new TestOps());

    /// class Counter: n: int;  def bump(self, k: int) -> int: self.n = self.n + k; return self.n
    static ClassType Counter()
    {
        var c = new ClassType("__torch__.Counter");
        c.AddAttribute("n", I);
        c.DefineMethod("bump", new[] { I }, (g, self, a) =>
        {
            g.SetAttr(self, "n", g.Op(TestOps.AddInt, I, g.GetAttr(self, "n", I), a[0]));
            return g.GetAttr(self, "n", I);
        });
        return c;
    }

    [Fact]
    public void CreateSetAndGetAttributes()
    {
        // p = Point(); p.x = a; p.y = 2; return p.x + p.y
        var point = new ClassType("__torch__.Point");
        point.AddAttribute("x", I);
        point.AddAttribute("y", I);
        var g = new Graph();
        var a = g.AddInput(I, "a");
        var p = g.New(point);
        g.SetAttr(p, "x", a);
        g.SetAttr(p, "y", g.Int(2));
        g.RegisterOutput(g.Op(TestOps.AddInt, I, g.GetAttr(p, "x", I), g.GetAttr(p, "y", I)));
        Assert.Equal(42, _interp.Invoke(g.Fn(), new IValue[] { 40 }).ToInt());
    }

    [Fact]
    public void AReturnedObjectCarriesItsSlots()
    {
        var point = new ClassType("__torch__.Point");
        point.AddAttribute("x", I);
        var g = new Graph();
        var p = g.New(point);
        g.SetAttr(p, "x", g.Int(7));
        g.RegisterOutput(p);
        var o = _interp.Invoke(g.Fn(), Array.Empty<IValue>()).ToObject();
        Assert.Same(point, o.Type);
        Assert.Equal(7, o.GetAttr("x").ToInt());
    }

    [Fact]
    public void MethodMutationsOfSelfAreVisibleToTheCaller()
    {
        // c.bump(3); c.bump(4); return c.n
        var counter = Counter();
        var g = new Graph();
        var c = g.AddInput(counter, "c");
        g.CallMethod("bump", I, c, g.Int(3));
        g.CallMethod("bump", I, c, g.Int(4));
        g.RegisterOutput(g.GetAttr(c, "n", I));
        var obj = new ScriptObject(counter);
        obj.SetAttr("n", 10);
        Assert.Equal(17, _interp.Invoke(g.Fn(), new[] { IValue.FromObject(obj) }).ToInt());
        Assert.Equal(17, obj.GetAttr("n").ToInt()); // the caller's object, not a copy
    }

    [Fact]
    public void MethodsCallMethods()
    {
        // def twice(self, k): self.bump(k); return self.bump(k)
        var counter = Counter();
        counter.DefineMethod("twice", new[] { I }, (g, self, a) =>
        {
            g.CallMethod("bump", I, self, a[0]);
            return g.CallMethod("bump", I, self, a[0]).Output;
        });
        var g = new Graph();
        var c = g.New(counter);
        g.SetAttr(c, "n", g.Int(1));
        g.RegisterOutput(g.CallMethod("twice", I, c, g.Int(5)).Output);
        Assert.Equal(11, _interp.Invoke(g.Fn(), Array.Empty<IValue>()).ToInt());
    }

    [Fact]
    public void RecursiveMethodsCount()
    {
        // def down(self, k): if k > 0: self.n = self.n + 1; return self.down(k - 1)  else: return self.n
        var counter = Counter();
        counter.DefineMethod("down", new[] { I }, (g, self, a) =>
            g.If(g.Op(TestOps.GtInt, TorchType.Bool, a[0], g.Int(0)), new[] { I }, () =>
            {
                g.SetAttr(self, "n", g.Op(TestOps.AddInt, I, g.GetAttr(self, "n", I), g.Int(1)));
                return new[] { g.CallMethod("down", I, self, g.Op(TestOps.SubInt, I, a[0], g.Int(1))).Output };
            }, () => new[] { g.GetAttr(self, "n", I) }).Output);
        var g = new Graph();
        var c = g.New(counter);
        g.SetAttr(c, "n", g.Int(0));
        g.RegisterOutput(g.CallMethod("down", I, c, g.Int(200)).Output);
        Assert.Equal(200, _interp.Invoke(g.Fn(), Array.Empty<IValue>()).ToInt());
    }

    [Fact]
    public void UnboundedMethodRecursionIsARecursionError()
    {
        var counter = Counter();
        counter.DefineMethod("forever", new[] { I }, (g, self, a) => g.CallMethod("forever", I, self, a[0]).Output);
        var g = new Graph();
        var c = g.New(counter);
        g.RegisterOutput(g.CallMethod("forever", I, c, g.Int(1)).Output);
        var interp = new Interpreter(new TestOps()) { MaxCallDepth = 30 };
        var e = Assert.Throws<ScriptException>(() => interp.Invoke(g.Fn(), Array.Empty<IValue>()));
        Assert.Equal("RecursionError", e.PythonType);
        Assert.Equal(30, e.Frames.Count);
        Assert.Equal("__torch__.Counter.forever", e.Frames[^1].QualifiedName);
    }

    [Fact]
    public void ReadingAnAttributeBeforeItIsSetFails()
    {
        var g = new Graph();
        var c = g.New(Counter());
        g.RegisterOutput(g.GetAttr(c, "n", I));
        var e = Assert.Throws<ScriptException>(() => _interp.Invoke(g.Fn(), Array.Empty<IValue>()));
        Assert.Equal("RuntimeError", e.PythonType);
        Assert.Contains("'n'", e.Message);
        Assert.Contains("Counter", e.Message);
    }

    [Fact]
    public void CallingAMethodOnNoneOrAMissingMethodFails()
    {
        var counter = Counter();
        var g = new Graph();
        var c = g.AddInput(new OptionalType(counter), "c");
        g.RegisterOutput(g.CallMethod("bump", I, c, g.Int(1)).Output);
        var none = Assert.Throws<ScriptException>(() => _interp.Invoke(g.Fn(), new[] { IValue.None }));
        Assert.Equal("RuntimeError", none.PythonType);
        Assert.Contains("'bump'", none.Message);
        Assert.Contains("None", none.Message);
        Assert.Equal("__torch__.f", Assert.Single(none.Frames).QualifiedName);

        var h = new Graph();
        var d = h.AddInput(counter, "c");
        h.RegisterOutput(h.CallMethod("nope", I, d).Output);
        var missing = Assert.Throws<ScriptException>(() => _interp.Invoke(h.Fn(), new[] { IValue.FromObject(new ScriptObject(counter)) }));
        Assert.Contains("'Counter' object has no method 'nope'", missing.Message);
    }

    [Fact]
    public void CallsDispatchOnTheRuntimeClass()
    {
        // An interface-typed call site (static type Any) sees two classes in turn; attributes are found
        // by name when the static type is no class.
        ClassType Impl(string name, long k)
        {
            var c = new ClassType("__torch__." + name);
            c.AddAttribute("pad", TorchType.Str_);
            c.AddAttribute("v", I);
            c.DefineMethod("get", Array.Empty<TorchType>(), (g, self, _) => g.Op(TestOps.AddInt, I, g.GetAttr(self, "v", I), g.Int(k)));
            return c;
        }
        var a = Impl("A", 100);
        var b = Impl("B", 200);
        var g = new Graph();
        var o = g.AddInput(TorchType.Any, "o");
        g.RegisterOutput(g.Op(TestOps.AddInt, I, g.CallMethod("get", I, o).Output, g.GetAttr(o, "v", I)));
        var fn = g.Fn();
        IValue Make(ClassType c, long v) { var s = new ScriptObject(c); s.SetAttr("v", v); return IValue.FromObject(s); }
        Assert.Equal(102, _interp.Invoke(fn, new[] { Make(a, 1) }).ToInt());
        Assert.Equal(204, _interp.Invoke(fn, new[] { Make(b, 2) }).ToInt());
        Assert.Equal(106, _interp.Invoke(fn, new[] { Make(a, 3) }).ToInt());
    }

    [Fact]
    public void TracebackGoesThroughMethods()
    {
        var src = new SourceText(
            "class Box:\n" +
            "    def check(self, k: int) -> int:\n" +
            "        if k > self.limit:\n" +
            "            raise ValueError(\"too big\")\n" +
            "        return k\n" +
            "\n" +
            "def f(b: Box, k: int) -> int:\n" +
            "    return b.check(k)\n", "box.py");
        SourceRange At(string s) { int i = src.Text.IndexOf(s, StringComparison.Ordinal); return new SourceRange(src, i, i + s.Length); }
        var box = new ClassType("__torch__.Box");
        box.AddAttribute("limit", I);
        box.DefineMethod("check", new[] { I }, (g, self, a) =>
        {
            g.If(g.Op(TestOps.GtInt, TorchType.Bool, a[0], g.GetAttr(self, "limit", I)), Array.Empty<TorchType>(), () =>
            {
                g.Prim("prim::RaiseException", new[] { g.Str("too big"), g.Str("builtins.ValueError") }).Range = At("raise ValueError(\"too big\")");
                return Array.Empty<Value>();
            }, Array.Empty<Value>);
            return a[0];
        });
        var fg = new Graph();
        var b = fg.AddInput(box, "b");
        var k = fg.AddInput(I, "k");
        var call = fg.CallMethod("check", I, b, k);
        call.Range = At("b.check(k)");
        fg.RegisterOutput(call.Output);
        var obj = new ScriptObject(box);
        obj.SetAttr("limit", 3);
        var e = Assert.Throws<ScriptException>(() => _interp.Invoke(fg.Fn(), new[] { IValue.FromObject(obj), 5 }));
        Assert.Equal(new[] { "__torch__.f", "__torch__.Box.check" }, e.Frames.Select(x => x.QualifiedName));
        Assert.Equal(
            "Traceback of TorchScript (most recent call last):\n" +
            "  File \"box.py\", line 8, in f\n" +
            "def f(b: Box, k: int) -> int:\n" +
            "    return b.check(k)\n" +
            "           ~~~~~~~~~~ <--- HERE\n" +
            "  File \"box.py\", line 4, in check\n" +
            "    def check(self, k: int) -> int:\n" +
            "        if k > self.limit:\n" +
            "            raise ValueError(\"too big\")\n" +
            "            " + new string('~', "raise ValueError(\"too big\")".Length) + " <--- HERE\n" +
            "        return k\n", e.Traceback);
    }
}

/// Graphs parsed from `.graph` text name classes only by their qualified name (no ClassType): the
/// interpreter then finds attributes and methods by name on the runtime object.
public class ParsedObjectGraphTests
{
    [Fact]
    public void AttributesAndMethodsByNameInAParsedGraph()
    {
        var g = GraphParser.Parse("""
            graph(%c.1 : __torch__.Counter):
              %2 : int = prim::Constant[value=5]()
              %3 : int = prim::CallMethod[name="bump"](%c.1, %2)
              %4 : int = prim::GetAttr[name="n"](%c.1)
               = prim::SetAttr[name="n"](%c.1, %3)
              return (%4)
            """);
        var counter = new ClassType("__torch__.Counter");
        counter.AddAttribute("n", TorchType.Int);
        counter.DefineMethod("bump", new[] { TorchType.Int }, (mg, self, a) => mg.Op(TestOps.AddInt, TorchType.Int, mg.GetAttr(self, "n", TorchType.Int), a[0]));
        var obj = new ScriptObject(counter);
        obj.SetAttr("n", 1);
        var r = new Interpreter(new TestOps()).Invoke(g.Fn(), new[] { IValue.FromObject(obj) });
        Assert.Equal(1, r.ToInt());
        Assert.Equal(6, obj.GetAttr("n").ToInt());
    }
}
