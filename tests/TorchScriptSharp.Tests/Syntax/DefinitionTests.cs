using TorchScriptSharp.Syntax;
using Ast = TorchScriptSharp.Syntax.Ast;
using static TorchScriptSharp.Tests.Syntax.SyntaxAssert;

namespace TorchScriptSharp.Tests.Syntax;

public class DefinitionTests
{
    [Theory]
    [InlineData("def f(): pass", "(def f (params) [(pass)])")]
    [InlineData("def f(x: Tensor, y: int = 2) -> Tensor:\n    return x\n", "(def f (params (x : Tensor) (y : int = 2)) (-> Tensor) [(return x)])")]
    [InlineData("def f(a, /, b, *, c, d=1, **kw): pass", "(def f (params a / b * c (d = 1) **kw) [(pass)])")]
    [InlineData("def f(a, b=1, /, c=2, *args: int, **kwargs: str): pass", "(def f (params a (b = 1) / (c = 2) *(args : int) **(kwargs : str)) [(pass)])")]
    [InlineData("def f(self, x: Optional[List[int]] = None,): pass", "(def f (params self (x : (sub Optional (sub List int)) = None)) [(pass)])")]
    [InlineData("def f(x: list[int] | None) -> dict[str, int] | None: pass", "(def f (params (x : (BitOr (sub list int) None))) (-> (BitOr (sub dict str int) None)) [(pass)])")]
    [InlineData("class A: pass", "(class A [(pass)])")]
    [InlineData("class A(nn.Module, metaclass=M):\n    x: int\n    def f(self): pass\n",
        "(class A (bases (. nn Module) (kw metaclass M)) [(ann x int _); (def f (params self) [(pass)])])")]
    [InlineData("class A():\n    pass\n", "(class A [(pass)])")]
    public void Definitions(string source, string expected) => Assert.Equal(expected, Module(source));

    [Fact]
    public void ParametersStructure()
    {
        var f = Single<Ast.FunctionDef>("def f(a, /, b: int, *args, c, d=1, **kw): pass");
        var p = f.Parameters;
        Assert.Equal(new[] { "a" }, p.PositionalOnly.Select(x => x.Name));
        Assert.Equal(new[] { "b" }, p.Regular.Select(x => x.Name));
        Assert.Equal("args", p.VarArgs!.Name);
        Assert.Equal(new[] { "c", "d" }, p.KeywordOnly.Select(x => x.Name));
        Assert.Equal("kw", p.KwArgs!.Name);
        Assert.Equal(new[] { "a", "b", "args", "c", "d", "kw" }, p.All.Select(x => x.Name));
        Assert.Equal("b: int", Text(p.Regular[0]));
        Assert.Equal("*args", Text(p.VarArgs));
        Assert.Equal("d=1", Text(p.KeywordOnly[1]));
    }

    [Fact]
    public void DecoratorsAndRanges()
    {
        var src = "class M(nn.Module):\n    @torch.jit.export\n    @staticmethod\n    @foo(1)\n    def forward(self, x):\n        return x\n";
        var cls = Single<Ast.ClassDef>(src);
        var f = Assert.IsType<Ast.FunctionDef>(Assert.Single(cls.Body));
        Assert.Equal("(@ (. (. torch jit) export)) (@ staticmethod) (@ (call foo 1))",
            string.Join(" ", f.Decorators.Select(d => "(@ " + AstPrinter.Print(d) + ")")));
        Assert.Equal((5, 4), (f.Range.Line, f.Range.Column));                 // at `def`
        Assert.StartsWith("def forward", Text(f));
        Assert.EndsWith("return x", Text(f));
        Assert.Equal((2, 4), (f.FullRange.Line, f.FullRange.Column));         // at the first `@`
        Assert.Equal("forward", src[f.NameRange.Start..f.NameRange.End]);
        Assert.Equal("M", src[cls.NameRange.Start..cls.NameRange.End]);
    }

    [Fact]
    public void DecoratorsOnClasses()
    {
        var c = Single<Ast.ClassDef>("@dataclass\nclass P:\n    x: int\n");
        Assert.Equal("dataclass", AstPrinter.Print(Assert.Single(c.Decorators)));
        Assert.Equal((2, 0), (c.Range.Line, c.Range.Column));
        Assert.Equal((1, 0), (c.FullRange.Line, c.FullRange.Column));
    }

    [Fact]
    public void TypeCommentOnItsOwnLine()
    {
        var f = Single<Ast.FunctionDef>("def f(x, y):\n    # type: (int, Tensor) -> Tensor\n    return y\n");
        Assert.Equal("(int, Tensor) -> Tensor", f.TypeComment);
        Assert.Equal("(type int Tensor -> Tensor)", AstPrinter.Print(f.TypeSignature));
        Assert.Equal((2, 12), (f.TypeSignature!.Range.Line, f.TypeSignature.Range.Column));
    }

    [Fact]
    public void TypeCommentOnTheDefLine()
    {
        var f = Single<Ast.FunctionDef>("def f(x):  # type: (List[int]) -> Optional[int]\n    return None\n");
        Assert.Equal("(type (sub List int) -> (sub Optional int))", AstPrinter.Print(f.TypeSignature));
    }

    [Fact]
    public void TypeCommentWithEllipsisAndTrailingComment()
    {
        var f = Single<Ast.FunctionDef>("def f(x):\n    # type: (...) -> int  # why\n    return 1\n");
        Assert.Equal("(type ... -> int)", AstPrinter.Print(f.TypeSignature));
        var g = Single<Ast.FunctionDef>("def g():\n    # type: () -> None\n    pass\n");
        Assert.Empty(g.TypeSignature!.ParamTypes);
    }

    [Fact]
    public void TypeCommentsElsewhereAreIgnored()
    {
        var m = Parse("def f(x):\n    y = x  # type: int\n    return y\n\ndef g(x):  # type: ignore\n    return x\n");
        var f = Assert.IsType<Ast.FunctionDef>(m.Body[0]);
        var g = Assert.IsType<Ast.FunctionDef>(m.Body[1]);
        Assert.Null(f.TypeComment);
        Assert.Null(f.TypeSignature);
        Assert.Null(g.TypeComment);
    }

    [Fact]
    public void NestedDefTakesOnlyItsOwnTypeComment()
    {
        var outer = Single<Ast.FunctionDef>("def f(x):\n    def g(y):\n        # type: (int) -> int\n        return y\n    return g(x)\n");
        Assert.Null(outer.TypeComment);
        var inner = Assert.IsType<Ast.FunctionDef>(outer.Body[0]);
        Assert.Equal("(int) -> int", inner.TypeComment);
    }

    [Fact]
    public void BadTypeComment()
    {
        var e = Error("def f(x):\n    # type: int\n    return x\n");
        Assert.StartsWith("invalid type comment", e.Message);
        Assert.Equal((2, 12), (e.Range.Line, e.Range.Column));
    }

    [Theory]
    [InlineData("def f(a=1, b): pass", "parameter without a default follows parameter with a default")]
    [InlineData("def f(a, a): pass", "duplicate argument 'a' in function definition")]
    [InlineData("def f(*): pass", "named arguments must follow bare *")]
    [InlineData("def f(*, **k): pass", "named arguments must follow bare *")]
    [InlineData("def f(**k, a): pass", "arguments cannot follow var-keyword argument")]
    [InlineData("def f(/, a): pass", "at least one argument must precede /")]
    [InlineData("def f(*a, /): pass", "/ must be ahead of *")]
    [InlineData("def f(*a=1): pass", "var-positional argument cannot have default value")]
    [InlineData("def f(x) pass", "expected ':'")]
    [InlineData("def f:\n    pass", "expected '('")]
    [InlineData("@dec\nx = 1", "invalid syntax")]
    public void DefinitionErrors(string source, string message) => Assert.StartsWith(message, Error(source).Message);
}
