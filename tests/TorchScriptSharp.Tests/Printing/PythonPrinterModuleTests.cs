using TorchScriptSharp.IR;
using TorchScriptSharp.Ops;
using TorchScriptSharp.Printing;
using TorchScriptSharp.Runtime;
using TorchScriptSharp.Types;

namespace TorchScriptSharp.Tests.Printing;

/// The verified module example of the reference (§4.3): a method prints `self` untyped, submodule
/// calls as `(obj).forward(x, )`, non-identifier attributes through getattr.
public class PythonPrinterModuleTests
{
    const string NetForward = """
        graph(%self : __torch__.Net,
              %x.1 : Tensor):
          %30 : int = prim::Constant[value=3]() # t2.py:35:29
          %28 : int = prim::Constant[value=1]()
          %27 : int = prim::Constant[value=5]() # t2.py:35:20
          %sub : __torch__.Sub = prim::GetAttr[name="sub"](%self)
          %x.5 : Tensor = prim::CallMethod[name="forward"](%sub, %x.1) # t2.py:28:12
          %layers : __torch__.torch.nn.modules.container.ModuleList = prim::GetAttr[name="layers"](%self)
          %_0 : __torch__.torch.nn.modules.activation.ReLU = prim::GetAttr[name="0"](%layers)
          %_1 : __torch__.torch.nn.modules.linear.Linear = prim::GetAttr[name="1"](%layers)
          %x.9 : Tensor = prim::CallMethod[name="forward"](%_0, %x.5) # t2.py:30:16
          %x.13 : Tensor = prim::CallMethod[name="forward"](%_1, %x.9) # t2.py:30:16
          %seq : __torch__.torch.nn.modules.container.Sequential = prim::GetAttr[name="seq"](%self)
          %x.17 : Tensor = prim::CallMethod[name="forward"](%seq, %x.13) # t2.py:31:12
          %md : __torch__.torch.nn.modules.container.ModuleDict = prim::GetAttr[name="md"](%self)
          %a : __torch__.torch.nn.modules.linear.Identity = prim::GetAttr[name="a"](%md)
          %x.21 : Tensor = prim::CallMethod[name="forward"](%a, %x.17) # t2.py:33:16
          %training : bool = prim::GetAttr[name="training"](%self)
          %x : Tensor = prim::If(%training) # t2.py:34:8
            block0():
              %29 : Tensor = aten::add(%x.21, %27, %28) # t2.py:35:16
              %x.25 : Tensor = aten::add(%29, %30, %28) # t2.py:35:16
              -> (%x.25)
            block1():
              -> (%x.21)
          %42 : Tensor = prim::CallMethod[name="helper"](%self, %x) # t2.py:38:15
          return (%42)
        """;

    const string NetForwardCode = """
        def forward(self,
            x: Tensor) -> Tensor:
          sub = self.sub
          x0 = (sub).forward(x, )
          layers = self.layers
          _0 = getattr(layers, "0")
          _1 = getattr(layers, "1")
          x1 = (_0).forward(x0, )
          x2 = (_1).forward(x1, )
          seq = self.seq
          x3 = (seq).forward(x2, )
          md = self.md
          a = md.a
          x4 = (a).forward(x3, )
          training = self.training
          if training:
            x5 = torch.add(torch.add(x4, 5), 3)
          else:
            x5 = x4
          return (self).helper(x5, )

        """;

    static readonly FunctionSchema AddScalar = new("aten::add", "Scalar",
        new[] { new Argument("self", TorchType.Tensor), new Argument("other", TorchType.Number), new Argument("alpha", TorchType.Number, HasDefault: true, Default: 1L) },
        new[] { new Argument("", TorchType.Tensor) });

    [Fact]
    public void MethodPrintsLikePyTorch()
    {
        var graph = GraphParser.Parse(NetForward);
        foreach (var n in graph.AllNodes().Where(n => n.Kind == "aten::add")) n.Schema = AddScalar;
        var schema = new FunctionSchema("forward", "",
            new[] { new Argument("self", graph.Inputs[0].Type), new Argument("x", TorchType.Tensor) },
            new[] { new Argument("", TorchType.Tensor) });
        var printer = new PythonPrinter();
        printer.AddMethod("forward", graph, schema);
        Assert.Equal(NetForwardCode.Replace("\r\n", "\n").TrimEnd('\n') + "\n", printer.Text);
    }

    [Fact]
    public void WithoutSchemasEveryInputPrints()
    {
        var graph = GraphParser.Parse(NetForward);
        var schema = new FunctionSchema("forward", "",
            new[] { new Argument("self", graph.Inputs[0].Type), new Argument("x", TorchType.Tensor) },
            new[] { new Argument("", TorchType.Tensor) });
        var code = PythonPrinter.PrintFunction("forward", graph, schema);
        Assert.Contains("def forward(self: __torch__.Net,\n", code);
        // the longer text crosses the 40-column limit, so the inlined block result gets its own line
        Assert.Contains("    x6 = torch.add(torch.add(x4, 5, 1), 3, 1)\n    x5 = x6\n", code);
    }

    [Fact]
    public void NameCountersCarryAcrossFunctionsOfOneFile()
    {
        var golden = GoldenCase.Get("mins");
        var printer = new PythonPrinter();
        for (int i = 0; i < 2; i++)
        {
            var graph = golden.BuildGraph();
            printer.AddFunction("mins", graph, golden.FunctionSchema(graph));
        }
        var second = printer.Text[(printer.Text.LastIndexOf("def ", StringComparison.Ordinal))..];
        Assert.Contains("  _11 = ops.prim.min(a, b)\n", second);
    }

    [Fact]
    public void FunctionConstantsPrintTheCalleeQualifiedName()
    {
        var graph = GraphParser.Parse("""
            graph(%n : int):
              %f : Function = prim::Constant[name="helper"]()
              %r : int = prim::CallFunction(%f, %n)
              return (%r)
            """);
        var schema = new FunctionSchema("g", "", new[] { new Argument("n", TorchType.Int) }, new[] { new Argument("", TorchType.Int) });
        Assert.Equal("def g(n: int) -> int:\n  return __torch__.helper(n, )\n", PythonPrinter.PrintFunction("g", graph, schema));

        var callee = new GraphFunction("__torch__.torch.nn.functional.relu", new Graph(), schema);
        graph.Nodes.First().Attributes["value"] = IValue.FromFunction(callee);
        // a returned expression this long is hoisted into a statement named after the value
        Assert.Equal("def g(n: int) -> int:\n  r = __torch__.torch.nn.functional.relu(n, )\n  return r\n", PythonPrinter.PrintFunction("g", graph, schema));
        // the graph still shows only the name
        Assert.Contains("prim::Constant[name=\"helper\"]()", GraphPrinter.Print(graph));
    }
}
