using TorchScriptSharp.Syntax;
using Ast = TorchScriptSharp.Syntax.Ast;
using static TorchScriptSharp.Tests.Syntax.SyntaxAssert;

namespace TorchScriptSharp.Tests.Syntax;

public class FStringTests
{
    [Theory]
    [InlineData("f'abc'", "(f \"abc\")")]
    [InlineData("f''", "(f)")]
    [InlineData("f'{x}'", "(f (fmt x))")]
    [InlineData("f'a{x}b{y}c'", "(f \"a\" (fmt x) \"b\" (fmt y) \"c\")")]
    [InlineData("f'{x + 1}'", "(f (fmt (Add x 1)))")]
    [InlineData("f'{x!r}'", "(f (fmt x !r))")]
    [InlineData("f'{x:>10}'", "(f (fmt x :\">10\"))")]
    [InlineData("f'{x!s:^{width}}'", "(f (fmt x !s :\"^{width}\"))")]
    [InlineData("f'{{literal}} {x}'", "(f \"{literal} \" (fmt x))")]
    [InlineData("f'}}'", "(f \"}\")")]
    [InlineData("f'{d[\"k\"]}'", "(f (fmt (sub d \"k\")))")]
    [InlineData("f\"{d['k']:.2f}\"", "(f (fmt (sub d \"k\") :\".2f\"))")]
    [InlineData("f'{a != b}'", "(f (fmt (cmp a NotEq b)))")]
    [InlineData("f'{a == b}'", "(f (fmt (cmp a Eq b)))")]
    [InlineData("f'{x=}'", "(f \"x=\" (fmt x !r))")]
    [InlineData("f'{x = :5}'", "(f \"x = \" (fmt x :\"5\"))")]
    [InlineData("f'{ {1: 2}[1] }'", "(f (fmt (sub (dict (1 2)) 1)))")]
    [InlineData("f'{f(a, b=1)}'", "(f (fmt (call f a (kw b 1))))")]
    [InlineData("f'{[x for x in y]}'", "(f (fmt (listcomp x (for x y))))")]
    [InlineData("f'{x:{a}{b}}'", "(f (fmt x :\"{a}{b}\"))")]
    [InlineData("f'\\n{x}\\t'", "(f \"\\n\" (fmt x) \"\\t\")")]
    [InlineData("rf'\\n{x}'", "(f \"\\\\n\" (fmt x))")]
    [InlineData("'a' f'{x}' 'b'", "(f \"a\" (fmt x) \"b\")")]
    [InlineData("f'''{\nx\n}'''", "(f (fmt x))")]
    [InlineData("f'{a, b}'", "(f (fmt (tuple a b)))")]
    [InlineData("f'{lambda_x}'", "(f (fmt lambda_x))")]
    public void Parts(string source, string expected) => Assert.Equal(expected, Expr(source));

    [Fact]
    public void NestedFieldRangesPointIntoTheSource()
    {
        var src = "x = f'val: {foo.bar + 1:>{w}}'";
        var assign = Single<Ast.Assign>(src);
        var fs = Assert.IsType<Ast.FStringLiteral>(assign.Value);
        var field = Assert.IsType<Ast.FStringField>(fs.Parts[1]);
        Assert.Equal("foo.bar + 1", Text(field.Value));
        Assert.Equal(">{w}", field.FormatSpec);
        var specField = Assert.IsType<Ast.FStringField>(Assert.Single(field.FormatSpecParts!, p => p is Ast.FStringField));
        Assert.Equal("w", Text(specField.Value));
        Assert.Equal("{foo.bar + 1:>{w}}", Text(field));
    }

    [Fact]
    public void PlainSpecHasNoParts()
    {
        var fs = Assert.IsType<Ast.FStringLiteral>(Parser.ParseExpression("f'{x:.3}'"));
        var field = Assert.IsType<Ast.FStringField>(Assert.Single(fs.Parts));
        Assert.Equal(".3", field.FormatSpec);
        Assert.Null(field.FormatSpecParts);
    }

    [Theory]
    [InlineData("f'{}'", "f-string: empty expression not allowed")]
    [InlineData("f'{ }'", "f-string: empty expression not allowed")]
    [InlineData("f'{x'", "f-string: expecting '}'")]
    [InlineData("f'}'", "f-string: single '}' is not allowed")]
    [InlineData("f'{x!z}'", "f-string: invalid conversion character")]
    [InlineData("f'{x!r junk}'", "f-string: expecting '}'")]
    [InlineData("f'{a b}'", "invalid syntax")]
    [InlineData("f'{x:{y:{z}}}'", "f-string: expressions nested too deeply")]
    [InlineData("f'{x # c}'", "f-string expression part cannot include '#'")]
    [InlineData("f'{)}'", "f-string: unmatched ')'")]
    public void Errors(string source, string message) => Assert.StartsWith(message, ExprError(source).Message);

    [Fact]
    public void ErrorInsideFieldPointsAtTheField()
    {
        var e = Error("x = 1\ny = f'abc {1 +}'\n");
        Assert.Equal("invalid syntax", e.Message);
        Assert.Equal(2, e.Range.Line);
        Assert.Equal(14, e.Range.Column);   // the closing brace right after `+`
    }
}
