using TorchScriptSharp.IR;
using TorchScriptSharp.Runtime;
using TorchScriptSharp.Types;

namespace TorchScriptSharp.Tests.IR;

public class GraphParserTests
{
    [Fact]
    public void ReadsNamesTypesAttributesAndBlocks()
    {
        var g = GraphParser.Parse("""
            graph(%x.1 : Tensor,
                  %n : int):
              %b : bool = prim::Constant[value=1]() # t.py:7:4
              %f : float = prim::Constant[value=2.]()
              %l : int[] = prim::Constant[value=[1, 2]]()
              %s : str = prim::Constant[value="a\"b\n"]()
              %none : NoneType = prim::Constant()
              %9 : bool = prim::isinstance[types=[int, str]](%n)
              %r : Tensor = prim::If(%b)
                block0():
                  -> (%x.1)
                block1():
                  %y : Tensor = aten::neg(%x.1)
                  -> (%y)
              return (%r)
            """);
        var nodes = g.AllNodes().ToList();
        Assert.Equal(new[] { "x.1", "n" }, g.Inputs.Select(v => v.DisplayName));
        Assert.Equal(IValue.FromBool(true), nodes[0].Attributes["value"]);
        Assert.Equal("t.py:7:4", nodes[0].Range.ToString());
        Assert.Equal(IValue.FromDouble(2.0), nodes[1].Attributes["value"]);
        var list = ((IValue)nodes[2].Attributes["value"]!).ToList();
        Assert.Equal(new long[] { 1, 2 }, list.Items.Select(i => i.ToInt()));
        Assert.Equal("a\"b\n", ((IValue)nodes[3].Attributes["value"]!).ToStr());
        Assert.Equal(0, nodes[4].Attributes.Count);
        Assert.Equal(new[] { TorchType.Int, TorchType.Str_ }, (IEnumerable<TorchType>)nodes[5].Attributes["types"]!);
        Assert.Equal(9, nodes[5].Output.Unique);
        Assert.False(nodes[5].Output.HasDebugName);
        Assert.Equal(2, nodes[6].Blocks.Count);
        Assert.Equal("aten::neg", nodes[7].Kind);
        Assert.Same(g.Inputs[0], nodes[6].Blocks[0].Outputs[0]);
        // values created later never reuse a parsed number
        Assert.True(g.Create("prim::Print").AddOutput().Unique > 9);
    }

    [Fact]
    public void ReadsSubgraphsAndNodesWithoutOutputs()
    {
        const string text = """
            graph(%x : Tensor):
              %fut : Future[Tensor] = prim::fork_0(%x)
               = prim::Print(%x)
              return (%fut)
            with prim::fork_0 = graph(%y : Tensor):
              %z : Tensor = aten::neg(%y)
              return (%z)

            """;
        var g = GraphParser.Parse(text);
        var fork = g.Nodes.First();
        Assert.Equal("prim::fork", fork.Kind);
        Assert.IsType<Graph>(fork.Attributes["Subgraph"]);
        Assert.Equal(text.TrimEnd('\n') + "\n", GraphPrinter.Print(g));
    }

    [Fact]
    public void ReportsWhereTheTextIsWrong()
    {
        var ex = Assert.Throws<FormatException>(() => GraphParser.Parse("graph(%x : int):\n  %y : int = aten::neg(%z)\n  return (%y)\n"));
        Assert.Contains("line 2", ex.Message);
        Assert.Contains("%z", ex.Message);
    }
}
