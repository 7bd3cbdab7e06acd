using TorchScriptSharp.Syntax;
using Ast = TorchScriptSharp.Syntax.Ast;

namespace TorchScriptSharp.Tests.Syntax;

/// Shorthands: parse and print as S-expressions, or capture the CompileError.
static class SyntaxAssert
{
    public static string Expr(string source) => AstPrinter.Print(Parser.ParseExpression(source));

    public static string Module(string source) => AstPrinter.Print(Parser.ParseModule(source));

    public static Ast.ModuleSyntax Parse(string source) => Parser.ParseModule(source);

    public static T Single<T>(string source) where T : Ast.Stmt => Assert.IsType<T>(Assert.Single(Parser.ParseModule(source).Body));

    public static CompileError Error(string source) => Assert.Throws<CompileError>(() => Parser.ParseModule(source));

    public static CompileError ExprError(string source) => Assert.Throws<CompileError>(() => Parser.ParseExpression(source));

    /// Asserts message (prefix match) and 1-based line / 0-based column of the error.
    public static void ErrorAt(string source, string message, int line, int column)
    {
        var e = Error(source);
        Assert.StartsWith(message, e.Message);
        Assert.Equal((line, column), (e.Range.Line, e.Range.Column));
    }

    public static string Text(Ast.Node node) => node.Range.Source.Text[node.Range.Start..node.Range.End];
}
