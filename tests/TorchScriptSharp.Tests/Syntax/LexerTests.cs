using System.Numerics;
using TorchScriptSharp.Syntax;

namespace TorchScriptSharp.Tests.Syntax;

public class LexerTests
{
    static List<Token> Lex(string s) => Lexer.Tokenize(new SourceText(s)).ToList();

    static string Kinds(string s) => string.Join(" ", Lex(s).Select(t => t.Kind));

    [Fact]
    public void SimpleLineEndsWithNewlineAndEof() =>
        Assert.Equal("Name Equal Int Newline EndOfFile", Kinds("x = 1"));

    [Fact]
    public void IndentAndDedent() =>
        Assert.Equal("If Name Colon Newline Indent Return Int Newline Dedent Name Newline EndOfFile",
            Kinds("if x:\n    return 1\ny\n"));

    [Fact]
    public void DedentsClosedAtEndOfFile() =>
        Assert.Equal("Def Name LParen RParen Colon Newline Indent If Name Colon Newline Indent Pass Newline Dedent Dedent EndOfFile",
            Kinds("def f():\n  if x:\n    pass"));

    [Fact]
    public void BlankLinesAndCommentsAtOddIndentationAreIgnored() =>
        Assert.Equal("If Name Colon Newline Indent Name Newline Name Newline Dedent EndOfFile",
            Kinds("if x:\n    a\n\n  # odd comment\n        # another\n   \n    b\n"));

    [Fact]
    public void ImplicitLineJoiningInsideBrackets() =>
        Assert.Equal("Name Equal LBracket Int Comma Int Comma RBracket Newline EndOfFile",
            Kinds("x = [\n  1,\n      2,   # comment\n]\n"));

    [Fact]
    public void BackslashContinuation() =>
        Assert.Equal("Name Equal Int Plus Int Newline EndOfFile", Kinds("x = 1 + \\\n    2\n"));

    [Fact]
    public void CrLfLineEndings() =>
        Assert.Equal("If Name Colon Newline Indent Pass Newline Dedent EndOfFile", Kinds("if x:\r\n    pass\r\n"));

    [Fact]
    public void TabsAdvanceToMultipleOfEight() =>
        // a tab and eight spaces are the same indentation
        Assert.Equal("If Name Colon Newline Indent Name Newline Name Newline Dedent EndOfFile",
            Kinds("if x:\n\ta\n        b\n"));

    [Fact]
    public void InconsistentDedentIsAnError()
    {
        var e = Assert.Throws<CompileError>(() => Lex("if x:\n    a\n  b\n"));
        Assert.Equal("unindent does not match any outer indentation level", e.Message);
        Assert.Equal(3, e.Range.Line);
    }

    [Theory]
    [InlineData("+= -= *= /= //= %= **= @= &= |= ^= <<= >>=",
        "PlusEqual MinusEqual StarEqual SlashEqual DoubleSlashEqual PercentEqual DoubleStarEqual AtEqual AmpEqual VBarEqual CaretEqual LeftShiftEqual RightShiftEqual")]
    [InlineData("+ - * / // % ** @ & | ^ ~ << >>", "Plus Minus Star Slash DoubleSlash Percent DoubleStar At Amp VBar Caret Tilde LeftShift RightShift")]
    [InlineData("< > <= >= == !=", "Less Greater LessEqual GreaterEqual EqEqual NotEqual")]
    [InlineData("-> := ... . , ; : =", "Arrow ColonEqual Ellipsis Dot Comma Semicolon Colon Equal")]
    [InlineData("a**-b", "Name DoubleStar Minus Name")]
    public void Operators(string source, string kinds) =>
        Assert.Equal(kinds + " Newline EndOfFile", Kinds(source));

    [Fact]
    public void EveryKeyword()
    {
        foreach (var (word, kind) in Keywords.ByName)
            Assert.Equal(kind, Lex(word)[0].Kind);
        Assert.Equal(TokenKind.Name, Lex("match")[0].Kind);   // soft keywords are names
        Assert.Equal(TokenKind.Name, Lex("Tensor")[0].Kind);
        Assert.Equal(TokenKind.Name, Lex("_x1")[0].Kind);
        Assert.Equal(TokenKind.Name, Lex("données")[0].Kind);
    }

    [Theory]
    [InlineData("0", 0)]
    [InlineData("42", 42)]
    [InlineData("1_000_000", 1000000)]
    [InlineData("0x_ff", 255)]
    [InlineData("0XFF", 255)]
    [InlineData("0o17", 15)]
    [InlineData("0b1010", 10)]
    [InlineData("0B_1_0", 2)]
    [InlineData("000", 0)]
    public void Integers(string text, long expected)
    {
        var t = Lex(text)[0];
        Assert.Equal(TokenKind.Int, t.Kind);
        Assert.Equal(new BigInteger(expected), t.Value);
        Assert.Equal(text, t.Text);
    }

    [Fact]
    public void HugeIntegerKeepsFullValue() =>
        Assert.Equal(BigInteger.Parse("123456789012345678901234567890"), Lex("123456789012345678901234567890")[0].Value);

    [Theory]
    [InlineData("1.", 1.0)]
    [InlineData(".5", 0.5)]
    [InlineData("1e-5", 1e-5)]
    [InlineData("1E+3", 1000.0)]
    [InlineData("1_000.0", 1000.0)]
    [InlineData("3.14_15", 3.1415)]
    [InlineData("1.e2", 100.0)]
    [InlineData("0.0", 0.0)]
    [InlineData("1e400", double.PositiveInfinity)]
    public void Floats(string text, double expected)
    {
        var t = Lex(text)[0];
        Assert.Equal(TokenKind.Float, t.Kind);
        Assert.Equal(expected, (double)t.Value!);
    }

    [Theory]
    [InlineData("2j", 2.0)]
    [InlineData("1.5J", 1.5)]
    [InlineData("1e3j", 1000.0)]
    public void Imaginary(string text, double expected)
    {
        var t = Lex(text)[0];
        Assert.Equal(TokenKind.Imaginary, t.Kind);
        Assert.Equal(expected, (double)t.Value!);
    }

    [Theory]
    [InlineData("1_", "invalid decimal literal")]
    [InlineData("1__0", "invalid decimal literal")]
    [InlineData("0x", "invalid hexadecimal literal")]
    [InlineData("0b2", "invalid binary literal")]
    [InlineData("0o8", "invalid octal literal")]
    [InlineData("12abc", "invalid decimal literal")]
    [InlineData("1e", "invalid decimal literal")]
    [InlineData("0123", "leading zeros in decimal integer literals are not permitted")]
    public void BadNumbers(string text, string message)
    {
        var e = Assert.Throws<CompileError>(() => Lex(text));
        Assert.StartsWith(message, e.Message);
        Assert.Equal(0, e.Range.Column);
    }

    [Fact]
    public void StringPrefixesAreCaseInsensitive()
    {
        foreach (var prefix in new[] { "r", "R", "b", "B", "u", "U", "f", "F", "rb", "Rb", "bR", "BR", "fr", "Rf", "rF" })
        {
            var tokens = Lex(prefix + "'x'");
            Assert.Equal(TokenKind.String, tokens[0].Kind);
            var info = (StringTokenInfo)tokens[0].Value!;
            var p = prefix.ToLowerInvariant();
            Assert.Equal(p.Contains('r'), info.IsRaw);
            Assert.Equal(p.Contains('b'), info.IsBytes);
            Assert.Equal(p.Contains('f'), info.IsFormat);
        }
        Assert.Equal(TokenKind.Name, Lex("ub'x'")[0].Kind);   // not a prefix: a name followed by a string
    }

    [Fact]
    public void TripleQuotedStringSpansLines()
    {
        var tokens = Lex("x = '''a\nb'''\ny");
        Assert.Equal("Name Equal String Newline Name Newline EndOfFile", string.Join(" ", tokens.Select(t => t.Kind)));
    }

    [Fact]
    public void EscapedQuoteDoesNotEndString() =>
        Assert.Equal("String Newline EndOfFile", Kinds(@"'it\'s'"));

    [Fact]
    public void UnterminatedString()
    {
        var e = Assert.Throws<CompileError>(() => Lex("x = 'abc\ny = 1"));
        Assert.Equal("unterminated string literal (detected at line 1)", e.Message);
        Assert.Equal((1, 4), (e.Range.Line, e.Range.Column));
        var e3 = Assert.Throws<CompileError>(() => Lex("x = \"\"\"abc\n\n"));
        Assert.StartsWith("unterminated triple-quoted string literal", e3.Message);
    }

    [Fact]
    public void TypeCommentsAreTokensOtherCommentsAreNot()
    {
        var tokens = Lex("def f(x):\n    # type: (int) -> int\n    return x  # plain\n");
        var tc = Assert.Single(tokens, t => t.Kind == TokenKind.TypeComment);
        Assert.Equal("(int) -> int", tc.Text);
        Assert.Equal((2, 12), (tc.Range.Line, tc.Range.Column));
        Assert.DoesNotContain(Lex("x = f()  # type: ignore[attr]\n"), t => t.Kind == TokenKind.TypeComment);
        Assert.DoesNotContain(Lex("x = f()  # type: ignore\n"), t => t.Kind == TokenKind.TypeComment);
    }

    [Fact]
    public void UnmatchedAndMismatchedBrackets()
    {
        var e = Assert.Throws<CompileError>(() => Lex("x = 1)"));
        Assert.Equal("unmatched ')'", e.Message);
        Assert.Equal(5, e.Range.Column);
        e = Assert.Throws<CompileError>(() => Lex("x = (1]"));
        Assert.Equal("closing parenthesis ']' does not match opening parenthesis '('", e.Message);
        e = Assert.Throws<CompileError>(() => Lex("x = [1,\n 2"));
        Assert.Equal("'[' was never closed", e.Message);
        Assert.Equal((1, 4), (e.Range.Line, e.Range.Column));
    }

    [Fact]
    public void InvalidCharacter()
    {
        var e = Assert.Throws<CompileError>(() => Lex("x = a $ b"));
        Assert.StartsWith("invalid character '$'", e.Message);
        Assert.Equal(6, e.Range.Column);
    }

    [Fact]
    public void ContinuationFollowedByText()
    {
        var e = Assert.Throws<CompileError>(() => Lex("x = 1 \\ 2"));
        Assert.Equal("unexpected character after line continuation character", e.Message);
    }

    [Fact]
    public void TokenRangesAreExact()
    {
        var tokens = Lex("ab  = 0x1f\n  ");
        Assert.Equal((0, 2), (tokens[0].Range.Start, tokens[0].Range.End));
        Assert.Equal((6, 10), (tokens[2].Range.Start, tokens[2].Range.End));
        Assert.Equal("0x1f", tokens[2].Text);
    }
}
