using TorchScriptSharp.Ops;
using TorchScriptSharp.Runtime;

namespace TorchScriptSharp.Tests.Ops;

/// Calls a registered kernel the way the interpreter does: all arguments pushed, first deepest.
static class OpRunner
{
    public static IValue[] RunAll(string fullName, params IValue[] args)
    {
        var op = OperatorRegistry.Find(fullName) ?? throw new InvalidOperationException($"no operator {fullName}");
        Assert.True(op.Kernel != null, $"{fullName} has no kernel");
        var stack = new Stack();
        foreach (var a in args) stack.Push(a);
        op.Kernel!(stack);
        return stack.PopN(stack.Count);
    }

    public static IValue Run(string fullName, params IValue[] args)
    {
        var r = RunAll(fullName, args);
        Assert.Single(r);
        return r[0];
    }

    public static KernelError Fails(string fullName, params IValue[] args) => Assert.Throws<KernelError>(() => RunAll(fullName, args));
}
