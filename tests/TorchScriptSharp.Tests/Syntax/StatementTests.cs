using TorchScriptSharp.Syntax;
using Ast = TorchScriptSharp.Syntax.Ast;
using static TorchScriptSharp.Tests.Syntax.SyntaxAssert;

namespace TorchScriptSharp.Tests.Syntax;

public class StatementTests
{
    [Theory]
    [InlineData("x = 1", "(= x 1)")]
    [InlineData("a = b = c", "(= a b c)")]
    [InlineData("a, b = b, a", "(= (tuple a b) (tuple b a))")]
    [InlineData("a, *rest = xs", "(= (tuple a (* rest)) xs)")]
    [InlineData("[a, (b, c)] = x", "(= (list a (tuple b c)) x)")]
    [InlineData("self.x[0] = y", "(= (sub (. self x) 0) y)")]
    [InlineData("x: int = 1", "(ann x int 1)")]
    [InlineData("x: List[int]", "(ann x (sub List int) _)")]
    [InlineData("self.w: Tensor = torch.zeros(3)", "(ann (. self w) Tensor (call (. torch zeros) 3))")]
    [InlineData("x += 1", "(Add= x 1)")]
    [InlineData("x //= 2", "(FloorDiv= x 2)")]
    [InlineData("x @= w", "(MatMul= x w)")]
    [InlineData("x **= 2", "(Pow= x 2)")]
    [InlineData("x -= 1; y *= 2; z /= 3", "(Sub= x 1)\n(Mul= y 2)\n(Div= z 3)")]
    [InlineData("x %= 1\nx &= 1\nx |= 1\nx ^= 1\nx <<= 1\nx >>= 1", "(Mod= x 1)\n(BitAnd= x 1)\n(BitOr= x 1)\n(BitXor= x 1)\n(LShift= x 1)\n(RShift= x 1)")]
    [InlineData("f(x)", "(call f x)")]
    [InlineData("x = yield y", "(= x (yield y))")]
    [InlineData("pass; pass;", "(pass)\n(pass)")]
    public void Assignments(string source, string expected) => Assert.Equal(expected, Module(source));

    [Theory]
    [InlineData("return", "(return _)")]
    [InlineData("return x", "(return x)")]
    [InlineData("return x, y", "(return (tuple x y))")]
    [InlineData("return *a, b", "(return (tuple (* a) b))")]
    [InlineData("raise", "(raise _ _)")]
    [InlineData("raise ValueError('bad')", "(raise (call ValueError \"bad\") _)")]
    [InlineData("raise E from e", "(raise E e)")]
    [InlineData("assert x", "(assert x _)")]
    [InlineData("assert x > 0, 'msg'", "(assert (cmp x Gt 0) \"msg\")")]
    [InlineData("del x, y[0], z.a", "(del x (sub y 0) (. z a))")]
    [InlineData("global a, b", "(global a b)")]
    [InlineData("nonlocal a", "(nonlocal a)")]
    [InlineData("break\ncontinue", "(break)\n(continue)")]
    [InlineData("import torch", "(import torch)")]
    [InlineData("import torch.nn.functional as F, math", "(import (torch.nn.functional as F) math)")]
    [InlineData("from typing import List, Optional as Opt", "(from typing List (Optional as Opt))")]
    [InlineData("from . import x", "(from . x)")]
    [InlineData("from ..a.b import (c,\n d,)", "(from ..a.b c d)")]
    [InlineData("from ... import x", "(from ... x)")]
    [InlineData("from m import *", "(from m *)")]
    public void SimpleStatements(string source, string expected) => Assert.Equal(expected, Module(source));

    [Fact]
    public void ImportFromLevel()
    {
        var s = Single<Ast.ImportFrom>("from ..a import b as c");
        Assert.Equal(2, s.Level);
        Assert.Equal("a", s.Module);
        Assert.Equal(("b", "c"), Assert.Single(s.Names));
    }

    [Theory]
    [InlineData("if x:\n    a\n", "(if x [a])")]
    [InlineData("if x: a", "(if x [a])")]
    [InlineData("if x: a; b", "(if x [a; b])")]
    [InlineData("if x:\n    a\nelse:\n    b\n", "(if x [a] [b])")]
    [InlineData("if x:\n    a\nelif y:\n    b\nelif z:\n    c\nelse:\n    d\n", "(if x [a] [(if y [b] [(if z [c] [d])])])")]
    [InlineData("while x:\n    x -= 1\nelse:\n    pass\n", "(while x [(Sub= x 1)] [(pass)])")]
    [InlineData("while (n := next()) > 0: pass", "(while (cmp (:= n (call next)) Gt 0) [(pass)])")]
    [InlineData("for i in range(3):\n    pass\n", "(for i (call range 3) [(pass)])")]
    [InlineData("for i, (a, b) in enumerate(x): pass", "(for (tuple i (tuple a b)) (call enumerate x) [(pass)])")]
    [InlineData("for x in a, b: pass", "(for x (tuple a b) [(pass)])")]
    [InlineData("for x in y:\n    break\nelse:\n    z\n", "(for x y [(break)] [z])")]
    [InlineData("with torch.no_grad():\n    y = f(x)\n", "(with (as (call (. torch no_grad)) _) [(= y (call f x))])")]
    [InlineData("with a as b, c as (d, e): pass", "(with (as a b) (as c (tuple d e)) [(pass)])")]
    [InlineData("with (a as b, c as d,): pass", "(with (as a b) (as c d) [(pass)])")]
    [InlineData("with (a, b): pass", "(with (as a _) (as b _) [(pass)])")]   // Python 3.10: two items
    [InlineData("with (a, b)[0]: pass", "(with (as (sub (tuple a b) 0) _) [(pass)])")]
    [InlineData("with (a): pass", "(with (as a _) [(pass)])")]
    [InlineData("try:\n    a\nexcept ValueError as e:\n    b\nexcept (A, B):\n    c\nexcept:\n    d\nelse:\n    e\nfinally:\n    f\n",
        "(try [a] (except ValueError as e [b]) (except (tuple A B) [c]) (except _ [d]) (else [e]) (finally [f]))")]
    [InlineData("try: a\nfinally: b", "(try [a] (finally [b]))")]
    [InlineData("async def f():\n    async for x in y:\n        await x\n    async with a as b:\n        pass\n",
        "(async-def f (params) [(async-for x y [(await x)]); (async-with (as a b) [(pass)])])")]
    public void CompoundStatements(string source, string expected) => Assert.Equal(expected, Module(source));

    [Fact]
    public void ElifIsNestedIfStartingAtElif()
    {
        var src = "if a:\n    x\nelif b:\n    y\n";
        var outer = Single<Ast.If>(src);
        var inner = Assert.IsType<Ast.If>(Assert.Single(outer.OrElse));
        Assert.Equal((3, 0), (inner.Range.Line, inner.Range.Column));
        Assert.Equal("elif b:\n    y", Text(inner));
        Assert.Equal(src.TrimEnd(), Text(outer));
    }

    [Fact]
    public void StatementRangesExcludeNewline()
    {
        var m = Parse("x = 1  # c\ny = f(2,\n      3)\n");
        Assert.Equal("x = 1", Text(m.Body[0]));
        Assert.Equal("y = f(2,\n      3)", Text(m.Body[1]));
        Assert.Equal((2, 0), (m.Body[1].Range.Line, m.Body[1].Range.Column));
    }

    [Fact]
    public void IndentationEdgeCases()
    {
        var src = """
            def f(x):

                # comment at the body's indentation
              # comment at an odd indentation
                y = [1,
            2,
                        3]
                z = x + \
                    1
                if y:   # trailing comment
                    return (
                x)
                return z
            """;
        Assert.Equal("(def f (params x) [(= y (list 1 2 3)); (= z (Add x 1)); (if y [(return x)]); (return z)])", Module(src));
    }

    [Fact]
    public void NestedBlocksDedentSeveralLevelsAtOnce()
    {
        var src = "def f():\n    for i in x:\n        if i:\n            a\n    b\nc\n";
        Assert.Equal("(def f (params) [(for i x [(if i [a])]); b])\nc", Module(src));
    }

    [Fact]
    public void NoTrailingNewline() => Assert.Equal("(if x [(return 1)])", Module("if x:\n    return 1"));

    [Fact]
    public void EmptyAndBlankModules()
    {
        Assert.Empty(Parse("").Body);
        Assert.Empty(Parse("\n\n   \n# only a comment\n").Body);
    }

    [Fact]
    public void DocstringStaysAnExprStmt()
    {
        var f = Single<Ast.FunctionDef>("def f():\n    \"\"\"Doc.\"\"\"\n    return 1\n");
        var doc = Assert.IsType<Ast.ExprStmt>(f.Body[0]);
        Assert.Equal("Doc.", Assert.IsType<Ast.StringLiteral>(doc.Value).Value);
    }
}
