using TorchScriptSharp.IR;
using TorchScriptSharp.Ops;
using TorchScriptSharp.Runtime;
using TorchScriptSharp.Types;

namespace TorchScriptSharp.Tests.Runtime;

/// with-statements (prim::Enter / prim::Exit) and enum prims.
public class WithAndEnumTests
{
    static readonly TorchType I = TorchType.Int;
    readonly Interpreter _interp = new(new TestOps());

    /// A context manager that records events as digits: state = state * 10 + event.
    /// __enter__ records 1 and returns 5; __exit__ records 3.
    static ClassType Recorder()
    {
        var c = new ClassType("__torch__.Recorder");
        c.AddAttribute("state", I);
        Value Record(Graph g, Value self, long d)
        {
            g.SetAttr(self, "state", g.Op(TestOps.AddInt, I, g.Op(TestOps.MulInt, I, g.GetAttr(self, "state", I), g.Int(10)), g.Int(d)));
            return self;
        }
        c.DefineMethod("__enter__", Array.Empty<TorchType>(), (g, self, _) => { Record(g, self, 1); return g.Int(5); });
        c.DefineMethod("__exit__", new[] { TorchType.Any, TorchType.Any, TorchType.Any }, (g, self, _) => { Record(g, self, 3); return g.NoneConst(); });
        c.DefineMethod("body", new[] { I }, (g, self, a) =>
        {
            Record(g, self, 2);
            g.If(g.Op(TestOps.GtInt, TorchType.Bool, a[0], g.Int(0)), Array.Empty<TorchType>(), () =>
            {
                g.Prim("prim::RaiseException", new[] { g.Str("boom"), g.Str("builtins.ValueError") });
                return Array.Empty<Value>();
            }, Array.Empty<Value>);
            return g.NoneConst();
        });
        return c;
    }

    /// with r as v: r.body(fail); return v
    static GraphFunction WithBlock(ClassType recorder, bool exitHasOutput)
    {
        var g = new Graph();
        var r = g.AddInput(recorder, "r");
        var fail = g.AddInput(I, "fail");
        var enter = g.Prim("prim::Enter", new[] { r }, I);
        g.CallMethod("body", TorchType.None, r, fail);
        if (exitHasOutput) g.Prim("prim::Exit", new[] { r }, TorchType.Tensor); // PyTorch's Exit has one (unused) output
        else g.Prim("prim::Exit", new[] { r });
        g.RegisterOutput(enter.Output);
        return g.Fn();
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void EnterBodyExitInOrder(bool exitHasOutput)
    {
        var rec = Recorder();
        var obj = new ScriptObject(rec);
        obj.SetAttr("state", 0);
        Assert.Equal(5, _interp.Invoke(WithBlock(rec, exitHasOutput), new[] { IValue.FromObject(obj), 0 }).ToInt());
        Assert.Equal(123, obj.GetAttr("state").ToInt());
    }

    [Fact]
    public void ExitRunsWhenTheBlockFails()
    {
        var rec = Recorder();
        var obj = new ScriptObject(rec);
        obj.SetAttr("state", 0);
        var e = Assert.Throws<ScriptException>(() => _interp.Invoke(WithBlock(rec, true), new[] { IValue.FromObject(obj), 1 }));
        Assert.Equal("builtins.ValueError", e.PythonType);
        Assert.Equal(new[] { "__torch__.f", "__torch__.Recorder.body" }, e.Frames.Select(f => f.QualifiedName));
        Assert.Equal(123, obj.GetAttr("state").ToInt());
    }

    static readonly EnumType Color = new("__torch__.Color", I, new (string, object)[] { ("RED", 1L), ("GREEN", 2L) });

    [Fact]
    public void EnumValueAndName()
    {
        var g = new Graph();
        var c = g.AddInput(Color, "c");
        var value = g.Prim("prim::EnumValue", new[] { c }, I).Output;
        var name = g.Prim("prim::EnumName", new[] { c }, TorchType.Str_).Output;
        g.RegisterOutput(g.Prim("prim::TupleConstruct", new[] { value, name }, new TupleType(new[] { I, TorchType.Str_ })).Output);
        var t = _interp.Invoke(g.Fn(), new[] { ScriptEnumValue.Member(Color, "GREEN") }).ToTuple();
        Assert.Equal(2, t[0].ToInt());
        Assert.Equal("GREEN", t[1].ToStr());
        Assert.Equal("Color.GREEN", ScriptEnumValue.Member(Color, "GREEN").ToString());
    }

    [Fact]
    public void EnumEqualityByMember()
    {
        var eq = SchemaParser.Parse("aten::eq.enum(AnyEnumType a, AnyEnumType b) -> bool");
        var ne = SchemaParser.Parse("aten::ne.enum(AnyEnumType a, AnyEnumType b) -> bool");
        var g = new Graph();
        var c = g.AddInput(Color, "c");
        // a constant made separately from the argument: members are canonical, so they compare equal
        var red = g.Const(IValue.FromGeneric(new ScriptEnumValue(Color, "RED", 1)), Color);
        var isRed = g.Op(eq, TorchType.Bool, c, red);
        var notRed = g.Op(ne, TorchType.Bool, c, red);
        g.RegisterOutput(g.Prim("prim::TupleConstruct", new[] { isRed, notRed }, new TupleType(new[] { TorchType.Bool, TorchType.Bool })).Output);
        var fn = g.Fn();
        var r = _interp.Invoke(fn, new[] { ScriptEnumValue.Member(Color, "RED") }).ToTuple();
        Assert.True(r[0].ToBool());
        Assert.False(r[1].ToBool());
        r = _interp.Invoke(fn, new[] { ScriptEnumValue.Member(Color, "GREEN") }).ToTuple();
        Assert.False(r[0].ToBool());
        Assert.True(r[1].ToBool());
    }

    [Fact]
    public void IsInstanceOfAnEnum()
    {
        var g = new Graph();
        var x = g.AddInput(UnionType.Of(new TorchType[] { Color, I }), "x");
        var n = g.Prim("prim::isinstance", new[] { x }, TorchType.Bool);
        n.Attributes["types"] = new List<TorchType> { Color };
        g.RegisterOutput(n.Output);
        Assert.True(_interp.Invoke(g.Fn(), new[] { ScriptEnumValue.Member(Color, "RED") }).ToBool());
        Assert.False(_interp.Invoke(g.Fn(), new IValue[] { 1 }).ToBool());
    }
}
