using TorchScriptSharp.Syntax;
using Ast = TorchScriptSharp.Syntax.Ast;

namespace TorchScriptSharp.Tests.Syntax;

public class SmokeTests
{
    [Fact]
    public void ParsesRealisticModel()
    {
        var m = Parser.ParseModule(new SourceText(SampleSources.Model, "model.py"));
        Assert.Equal(8, m.Body.Count);
        var cls = Assert.IsType<Ast.ClassDef>(m.Body[5]);
        Assert.Equal("Attention", cls.Name);
        var methods = cls.Body.OfType<Ast.FunctionDef>().ToList();
        Assert.Equal(new[] { "__init__", "reset", "forward" }, methods.Select(f => f.Name));
        Assert.Equal("() -> None", methods[1].TypeComment);
        Assert.Empty(methods[1].TypeSignature!.ParamTypes);
        var gelu = Assert.IsType<Ast.FunctionDef>(m.Body[6]);
        Assert.Equal("(type Tensor -> Tensor)", AstPrinter.Print(gelu.TypeSignature));
        Assert.Equal("(. (. torch jit) script)", AstPrinter.Print(Assert.Single(gelu.Decorators)));
        Assert.Equal(53, gelu.Range.Line);
        Assert.Equal(52, gelu.FullRange.Line);
    }

    [Fact]
    public void EveryNodeRangeLiesInsideItsParent()
    {
        var m = Parser.ParseModule(SampleSources.Model);
        foreach (var s in m.Body) Check(s, new SourceRange(m.Source, 0, m.Source.Text.Length));

        static void Check(object? node, SourceRange parent)
        {
            switch (node)
            {
                case Ast.Node n:
                    Assert.True(n.Range.Start >= parent.Start && n.Range.End <= parent.End && n.Range.Start <= n.Range.End,
                        $"{n.GetType().Name} {n.Range} outside parent");
                    foreach (var child in Children(n)) Check(child, n is Ast.FunctionDef or Ast.ClassDef ? Full(n) : n.Range);
                    break;
            }
        }

        static SourceRange Full(Ast.Node n) => n switch
        {
            Ast.FunctionDef f => f.FullRange,
            Ast.ClassDef c => c.FullRange,
            _ => n.Range,
        };

        static IEnumerable<object?> Children(Ast.Node n)
        {
            foreach (var p in n.GetType().GetProperties())
            {
                if (p.Name is "Range" or "FullRange" or "NameRange" or "EqualityContract") continue;
                var v = p.GetValue(n);
                if (v is Ast.Node child) yield return child;
                else if (v is System.Collections.IEnumerable list and not string)
                    foreach (var item in list)
                        if (item is Ast.Node c) yield return c;
                        else if (item is System.Runtime.CompilerServices.ITuple t)
                            for (int i = 0; i < t.Length; i++) yield return t[i];
            }
        }
    }
}
