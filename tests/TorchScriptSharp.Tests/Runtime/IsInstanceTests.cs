using TorchScriptSharp.IR;
using TorchScriptSharp.Runtime;
using TorchScriptSharp.Types;
using TorchSharp;

namespace TorchScriptSharp.Tests.Runtime;

/// prim::isinstance[types=[...]](x) decided on the runtime value.
public class IsInstanceTests
{
    readonly Interpreter _interp = new(new TestOps());
    static readonly ClassType Point = new("__torch__.Point");
    static readonly ClassType Other = new("__torch__.Other");

    bool IsInstance(IValue v, TorchType staticType, params TorchType[] types)
    {
        var g = new Graph();
        var x = g.AddInput(staticType, "x");
        var n = g.Prim("prim::isinstance", new[] { x }, TorchType.Bool);
        n.Attributes["types"] = types.ToList();
        g.RegisterOutput(n.Output);
        return _interp.Invoke(g.Fn(), new[] { v }).ToBool();
    }

    static readonly TorchType Any = TorchType.Any;

    [Fact]
    public void Primitives()
    {
        Assert.True(IsInstance(3, Any, TorchType.Int));
        Assert.False(IsInstance(3, Any, TorchType.Float));
        Assert.False(IsInstance(true, Any, TorchType.Int)); // bool is not an int in TorchScript
        Assert.True(IsInstance(2.5, Any, TorchType.Int, TorchType.Float));
        Assert.True(IsInstance("s", Any, TorchType.Str_));
        Assert.True(IsInstance(2.5, Any, TorchType.Number));
        using var t = torch.ones(1);
        Assert.True(IsInstance(t, Any, TorchType.Tensor));
        Assert.False(IsInstance(t, Any, TorchType.Int));
    }

    [Fact]
    public void OptionalValues()
    {
        var opt = new OptionalType(TorchType.Int);
        Assert.True(IsInstance(IValue.None, opt, TorchType.None));
        Assert.False(IsInstance(IValue.None, opt, TorchType.Int));
        Assert.True(IsInstance(IValue.None, opt, opt));
        Assert.True(IsInstance(4, opt, TorchType.Int));
        Assert.False(IsInstance(4, opt, TorchType.None));
    }

    [Fact]
    public void Containers()
    {
        var ints = IValue.FromList(new ScriptList(TorchType.Int, new List<IValue> { 1, 2 }));
        Assert.True(IsInstance(ints, Any, new ListType(TorchType.Int)));
        Assert.False(IsInstance(ints, Any, new ListType(TorchType.Str_)));
        Assert.True(IsInstance(ints, Any, TorchType.AnyList));
        Assert.False(IsInstance(ints, Any, TorchType.AnyTuple));

        var d = new ScriptDict(TorchType.Str_, TorchType.Int);
        d.Set("a", 1);
        Assert.True(IsInstance(IValue.FromDict(d), Any, new DictType(TorchType.Str_, TorchType.Int)));
        Assert.False(IsInstance(IValue.FromDict(d), Any, new DictType(TorchType.Str_, TorchType.Float)));

        var tup = IValue.FromTuple(new ScriptTuple(new IValue[] { 1, "x" }));
        Assert.True(IsInstance(tup, Any, new TupleType(new[] { TorchType.Int, TorchType.Str_ })));
        Assert.False(IsInstance(tup, Any, new TupleType(new[] { TorchType.Int, TorchType.Int })));
        Assert.True(IsInstance(tup, Any, TorchType.AnyTuple));
    }

    [Fact]
    public void ObjectsByClassIdentity()
    {
        var p = IValue.FromObject(new ScriptObject(Point));
        var union = UnionType.Of(new TorchType[] { Point, Other });
        Assert.True(IsInstance(p, union, Point));
        Assert.False(IsInstance(p, union, Other));
        Assert.True(IsInstance(p, union, TorchType.Int, Point));
        Assert.False(IsInstance(IValue.None, new OptionalType(Point), Point));
    }
}

public class UnwrapOptionalTests
{
    [Theory]
    [InlineData("aten::_unwrap_optional")]
    [InlineData("prim::unchecked_unwrap_optional")]
    public void UnwrapPassesTheValueThrough(string kind)
    {
        var g = new Graph();
        var x = g.AddInput(new OptionalType(TorchType.Int), "x");
        g.RegisterOutput(g.Prim(kind, new[] { x }, TorchType.Int).Output);
        Assert.Equal(3, new Interpreter(new TestOps()).Invoke(g.Fn(), new IValue[] { 3 }).ToInt());
    }

    [Fact]
    public void UnwrappingNoneFails()
    {
        var g = new Graph();
        var x = g.AddInput(new OptionalType(TorchType.Int), "x");
        g.RegisterOutput(g.Prim("aten::_unwrap_optional", new[] { x }, TorchType.Int).Output);
        var e = Assert.Throws<ScriptException>(() => new Interpreter(new TestOps()).Invoke(g.Fn(), new[] { IValue.None }));
        Assert.Equal("Unwrapping null optional", e.Message);
    }
}
