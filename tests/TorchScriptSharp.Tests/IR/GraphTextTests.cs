using TorchScriptSharp.IR;

namespace TorchScriptSharp.Tests.IR;

public class GraphTextTests
{
    const string Ours = """
        graph(%x.1 : Tensor,
              %self : int):
          %3 : int = prim::Constant[value=1]() # a.py:1:2
          %_0 : Tensor = aten::add(%x.1, %3, %3) # a.py:3:4
          %s : str = prim::Constant[value="%x # not a comment"]()
          return (%_0)
        """;

    const string Theirs = """
        graph(%a : Tensor,
              %b.5 : int):
          %c : int = prim::Constant[value=1]()
          %17 : Tensor = aten::add(%a, %c, %c) # t.py:9:9
          %9 : str = prim::Constant[value="%x # not a comment"]()
          return (%17)
        """;

    [Fact]
    public void GraphsEqualUpToNamingNormalizeEqually()
    {
        Assert.Equal(GraphText.Normalize(Ours), GraphText.Normalize(Theirs));
        Assert.Contains("%3 : Tensor = aten::add(%0, %2, %2)\n", GraphText.Normalize(Ours));
        Assert.Contains("[value=\"%x # not a comment\"]", GraphText.Normalize(Ours));
    }

    [Fact]
    public void DifferentStructureNormalizesDifferently() =>
        Assert.NotEqual(GraphText.Normalize(Ours), GraphText.Normalize(Theirs.Replace("(%a, %c, %c)", "(%c, %a, %c)")));

    [Fact]
    public void StripCommentsKeepsNames() =>
        Assert.Contains("  %_0 : Tensor = aten::add(%x.1, %3, %3)\n", GraphText.StripComments(Ours));
}
