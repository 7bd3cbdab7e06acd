using System.Numerics;
using TorchScriptSharp.Syntax;
using Ast = TorchScriptSharp.Syntax.Ast;
using static TorchScriptSharp.Tests.Syntax.SyntaxAssert;

namespace TorchScriptSharp.Tests.Syntax;

public class LiteralTests
{
    static Ast.StringLiteral Str(string source) => Assert.IsType<Ast.StringLiteral>(Parser.ParseExpression(source));

    [Fact]
    public void Ints()
    {
        var i = Assert.IsType<Ast.IntLiteral>(Parser.ParseExpression("0x_FF"));
        Assert.Equal(new BigInteger(255), i.Value);
        Assert.Equal("0x_FF", i.Text);
        Assert.Equal("(Neg 1)", Expr("-1"));   // sign is an operator
    }

    [Fact]
    public void FloatsAndImaginary()
    {
        var f = Assert.IsType<Ast.FloatLiteral>(Parser.ParseExpression("1_0.5e1"));
        Assert.Equal(105.0, f.Value);
        Assert.Equal("1_0.5e1", f.Text);
        var j = Assert.IsType<Ast.ImaginaryLiteral>(Parser.ParseExpression("2j"));
        Assert.Equal(2.0, j.Value);
    }

    [Fact]
    public void Constants()
    {
        Assert.Equal("(tuple True False None ...)", Expr("True, False, None, ..."));
        Assert.IsType<Ast.NoneLiteral>(Parser.ParseExpression("None"));
        Assert.True(Assert.IsType<Ast.BoolLiteral>(Parser.ParseExpression("True")).Value);
        Assert.IsType<Ast.EllipsisLiteral>(Parser.ParseExpression("..."));
    }

    [Theory]
    [InlineData("'abc'", "abc")]
    [InlineData("\"abc\"", "abc")]
    [InlineData("'''a\nb'''", "a\nb")]
    [InlineData("\"\"\"a \"quoted\" b\"\"\"", "a \"quoted\" b")]
    [InlineData("''", "")]
    [InlineData("u'x'", "x")]
    [InlineData(@"'a\nb\tc\\d\'e\""f'", "a\nb\tc\\d'e\"f")]
    [InlineData(@"'\x41\u00e9\101\0'", "Aé\u0041\0")]
    [InlineData(@"'\U0001F600'", "\U0001F600")]
    [InlineData(@"'\q'", @"\q")]
    [InlineData("'a\\\nb'", "ab")]
    [InlineData(@"r'a\nb\'c'", @"a\nb\'c")]
    [InlineData(@"R'\d+'", @"\d+")]
    [InlineData("'a' \"b\" '''c'''", "abc")]
    [InlineData("('a'\n  'b')", "ab")]
    [InlineData(@"'\a\b\f\v\r'", "\a\b\f\v\r")]
    public void Strings(string source, string expected)
    {
        var s = Str(source);
        Assert.Equal(expected, s.Value);
        Assert.False(s.IsBytes);
    }

    [Fact]
    public void Bytes()
    {
        var b = Str(@"b'a\x00\xff' rb'\n'");
        Assert.True(b.IsBytes);
        Assert.Equal("a\0\u00ff\\n", b.Value);
        Assert.Equal(@"\u0041", Str(@"b'\u0041'").Value);   // \u is not an escape in bytes
        Assert.StartsWith("cannot mix bytes and nonbytes literals", ExprError("b'a' 'b'").Message);
        Assert.StartsWith("bytes can only contain ASCII literal characters", ExprError("b'é'").Message);
    }

    [Fact]
    public void BadEscape()
    {
        var e = ExprError(@"'ab\x4'");
        Assert.Contains(@"truncated \xXX escape", e.Message);
        Assert.Equal(3, e.Range.Column);
    }

    [Fact]
    public void ConcatenatedStringRangeCoversAllPieces()
    {
        var s = Str("'a'  'b'");
        Assert.Equal("'a'  'b'", Text(s));
    }
}
