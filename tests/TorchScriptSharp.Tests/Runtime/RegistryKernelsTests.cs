using TorchScriptSharp.IR;
using TorchScriptSharp.Ops;
using TorchScriptSharp.Runtime;
using TorchScriptSharp.Types;
using TorchSharp;

namespace TorchScriptSharp.Tests.Runtime;

/// The production path: no test resolver, kernels from the operator registry by the node's schema.
public class RegistryKernelsTests
{
    static Value Op(Graph g, string fullName, TorchType type, params Value[] inputs)
    {
        var op = OperatorRegistry.Find(fullName) ?? throw new InvalidOperationException(fullName);
        var n = g.Insert(op.Schema.Name, inputs);
        n.Schema = op.Schema;
        n.Output.Type = type;
        return n.Output;
    }

    [Fact]
    public void TensorArithmeticThroughTheRegistry()
    {
        var g = new Graph();
        var x = g.AddInput(TorchType.Tensor, "x");
        var y = g.AddInput(TorchType.Tensor, "y");
        var s = Op(g, "aten::add.Tensor", TorchType.Tensor, x, y, g.Int(1));
        g.RegisterOutput(Op(g, "aten::add.Tensor", TorchType.Tensor, s, s, g.Int(2)));
        using var a = torch.tensor(new[] { 1f, 2f });
        using var b = torch.tensor(new[] { 3f, 4f });
        using var r = Interpreter.Run(g.Fn(), a, b).ToTensor();
        Assert.Equal(new[] { 12f, 18f }, r.data<float>().ToArray());
    }

    [Fact]
    public void RegistryKernelErrorsKeepTheirPythonType()
    {
        var g = new Graph();
        var xs = g.AddInput(new ListType(TorchType.Int), "xs");
        g.RegisterOutput(Op(g, "aten::__getitem__.t", TorchType.Int, xs, g.Int(3)));
        var list = new ScriptList(TorchType.Int, new List<IValue> { 1, 2, 3 });
        var e = Assert.Throws<ScriptException>(() => Interpreter.Run(g.Fn(), IValue.FromList(list)));
        Assert.Equal("list index out of range", e.Message);
        Assert.Contains("IndexError", e.PythonType);
    }
}
