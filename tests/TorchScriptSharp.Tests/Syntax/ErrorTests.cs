using TorchScriptSharp.Syntax;
using static TorchScriptSharp.Tests.Syntax.SyntaxAssert;

namespace TorchScriptSharp.Tests.Syntax;

/// Messages follow CPython; positions are 1-based line, 0-based column.
public class ErrorTests
{
    [Theory]
    [InlineData("x = 1\n    y = 2\n", "unexpected indent", 2, 0)]
    [InlineData("if x:\ny = 2\n", "expected an indented block after 'if' statement on line 1", 2, 0)]
    [InlineData("def f():\n\nx = 1", "expected an indented block after function definition on line 1", 3, 0)]
    [InlineData("class C:\n", "expected an indented block after class definition on line 1", 2, 0)]
    [InlineData("for x in y:\n# c\nz", "expected an indented block after 'for' statement on line 1", 3, 0)]
    [InlineData("if x:\n    a\nelse:\nb", "expected an indented block after 'else' statement on line 3", 4, 0)]
    [InlineData("if x\n    a", "expected ':'", 1, 4)]
    [InlineData("while True print(x)", "expected ':'", 1, 11)]
    [InlineData("x = (1 +\n     2))", "unmatched ')'", 2, 7)]
    [InlineData("foo(\n", "'(' was never closed", 1, 3)]
    [InlineData("s = 'abc", "unterminated string literal (detected at line 1)", 1, 4)]
    [InlineData("x = 1 +", "invalid syntax", 1, 7)]
    [InlineData("x = = 1", "invalid syntax", 1, 4)]
    [InlineData("return return", "invalid syntax", 1, 7)]
    [InlineData("x = 1 2", "invalid syntax", 1, 6)]
    [InlineData("def f():\n    x = 1\n  y = 2\n", "unindent does not match any outer indentation level", 3, 0)]
    [InlineData("f() = 1", "cannot assign to function call", 1, 0)]
    [InlineData("1 = x", "cannot assign to literal", 1, 0)]
    [InlineData("None = x", "cannot assign to None", 1, 0)]
    [InlineData("a + b = c", "cannot assign to expression", 1, 0)]
    [InlineData("for f() in x: pass", "cannot assign to function call", 1, 4)]
    [InlineData("a, b += 1", "'tuple' is an illegal expression for augmented assignment", 1, 0)]
    [InlineData("a, b: int = 1", "only single target (not tuple) can be annotated", 1, 0)]
    [InlineData("del f()", "cannot delete function call", 1, 4)]
    [InlineData("x := 1", "invalid syntax", 1, 2)]
    [InlineData("try:\n    a\nx = 1", "expected 'except' or 'finally' block", 3, 0)]
    [InlineData("try:\n    a\nexcept:\n    b\nexcept E:\n    c", "default 'except:' must be last", 3, 0)]
    [InlineData("x = 1; ; y", "invalid syntax", 1, 7)]
    [InlineData("x = 5 $", "invalid character '$' (U+0024)", 1, 6)]
    [InlineData("from x import a,", "trailing comma not allowed without surrounding parentheses", 1, 15)]
    public void ErrorsHaveMessageAndPosition(string source, string message, int line, int column) =>
        ErrorAt(source, message, line, column);

    [Fact]
    public void FullMessageHasLocationAndCaret()
    {
        var e = Error("def f(x):\n    return x +\n");
        Assert.Equal("<string>:2:14: error: invalid syntax\n    return x +\n              ~ <--- HERE", e.FullMessage);
    }

    [Fact]
    public void FileNameAppearsInRange()
    {
        var e = Assert.Throws<CompileError>(() => Parser.ParseModule(new SourceText("x = (", "model.py")));
        Assert.StartsWith("model.py:1:4", e.Range.ToString());
    }
}
