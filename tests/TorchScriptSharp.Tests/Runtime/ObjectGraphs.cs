using TorchScriptSharp.IR;
using TorchScriptSharp.Runtime;
using TorchScriptSharp.Types;

namespace TorchScriptSharp.Tests.Runtime;

/// Helpers to build the object nodes the compiler emits for TorchScript classes.
static class ObjectGraphs
{
    public static Value New(this Graph g, ClassType c) => g.Prim("prim::CreateObject", Array.Empty<Value>(), c).Output;

    public static Value GetAttr(this Graph g, Value o, string name, TorchType type)
    {
        var n = g.Prim("prim::GetAttr", new[] { o }, type);
        n.Attributes["name"] = name;
        return n.Output;
    }

    public static Node SetAttr(this Graph g, Value o, string name, Value v)
    {
        var n = g.Prim("prim::SetAttr", new[] { o, v });
        n.Attributes["name"] = name;
        return n;
    }

    public static Node CallMethod(this Graph g, string name, TorchType result, params Value[] selfAndArgs)
    {
        var n = g.Prim("prim::CallMethod", selfAndArgs, result);
        n.Attributes["name"] = name;
        return n;
    }

    public static Value NoneConst(this Graph g)
    {
        var n = g.Insert("prim::Constant");
        n.Output.Type = TorchType.None;
        return n.Output;
    }

    /// Defines `def name(self, args...)` on <paramref name="c"/>; the body returns the method's result.
    public static GraphFunction DefineMethod(this ClassType c, string name, TorchType[] argTypes,
        Func<Graph, Value, Value[], Value> body)
    {
        var g = new Graph();
        var self = g.AddInput(c, "self");
        var args = argTypes.Select((t, i) => g.AddInput(t, "a" + i)).ToArray();
        g.RegisterOutput(body(g, self, args));
        var fn = g.Fn(c.QualifiedName + "." + name);
        c.AddMethod(name, fn);
        return fn;
    }
}
