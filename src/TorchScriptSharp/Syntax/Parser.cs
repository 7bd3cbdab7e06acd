using System.Runtime.CompilerServices;
using TorchScriptSharp.Syntax.Ast;

namespace TorchScriptSharp.Syntax;

/// Recursive-descent parser for the Python subset TorchScript source uses (in practice nearly all of
/// Python 3 expression and statement syntax; the compiler rejects what TorchScript cannot run).
/// Every failure is a CompileError with the range of the offending token.
public sealed partial class Parser
{
    readonly SourceText _source;
    readonly Token[] _tokens;
    /// `# type:` comments, kept out of the token stream and looked up by position after `def` headers.
    readonly List<Token> _typeComments = new();
    int _pos;

    Parser(SourceText source, IReadOnlyList<Token> tokens)
    {
        _source = source;
        var list = new List<Token>(tokens.Count);
        foreach (var t in tokens)
            if (t.Kind == TokenKind.TypeComment) _typeComments.Add(t);
            else list.Add(t);
        _tokens = list.ToArray();
    }

    /// Parses a whole file.
    public static ModuleSyntax ParseModule(SourceText source)
    {
        var parser = new Parser(source, new Lexer(source).Run());
        return new ModuleSyntax(source, parser.ParseFileBody());
    }

    public static ModuleSyntax ParseModule(string text, string fileName = "<string>") => ParseModule(new SourceText(text, fileName));

    /// Parses a standalone expression (an annotation string, a type comment piece). Newlines are
    /// treated as whitespace; a top-level comma list becomes a TupleExpr.
    public static Expr ParseExpression(SourceText source) => ParseExpression(source, 0, source.Text.Length);

    public static Expr ParseExpression(string text) => ParseExpression(new SourceText(text));

    /// Parses the expression in [start, end) of source, keeping real offsets in every range.
    internal static Expr ParseExpression(SourceText source, int start, int end)
    {
        var parser = new Parser(source, new Lexer(source, start, end, expressionMode: true).Run());
        var expr = parser.At(TokenKind.Yield) ? parser.ParseYield() : parser.ParseStarExpressions();
        parser.ExpectEnd();
        return expr;
    }

    /// Parses `(T1, T2) -> R` found in a `# type:` comment.
    internal static FunctionTypeComment ParseFunctionTypeComment(SourceText source, int start, int end)
    {
        var parser = new Parser(source, new Lexer(source, start, end, expressionMode: true).Run());
        return parser.ParseTypeSignature();
    }

    // ---- token access ----

    Token Peek => _tokens[_pos];
    Token PeekAt(int k) => _tokens[Math.Min(_pos + k, _tokens.Length - 1)];
    Token Previous => _tokens[Math.Max(_pos - 1, 0)];

    bool At(TokenKind kind) => _tokens[_pos].Kind == kind;

    Token Next()
    {
        var t = _tokens[_pos];
        if (_pos < _tokens.Length - 1) _pos++;
        return t;
    }

    bool Accept(TokenKind kind)
    {
        if (!At(kind)) return false;
        Next();
        return true;
    }

    Token Expect(TokenKind kind, string message = "invalid syntax")
    {
        if (!At(kind)) throw Error(message);
        return Next();
    }

    void ExpectEnd()
    {
        if (!At(TokenKind.EndOfFile)) throw Error("invalid syntax");
    }

    /// A diagnostic at the current token (or at a given range).
    CompileError Error(string message, SourceRange? range = null) => new(message, range ?? Peek.Range);

    /// A range from an offset to the end of the last consumed token.
    SourceRange From(int start) => new(_source, start, Math.Max(start, Previous.Range.End));

    SourceRange From(Node node) => From(node.Range.Start);

    /// Deeply nested input must become a CompileError, never a StackOverflow that kills the process.
    void EnsureStack()
    {
        if (!RuntimeHelpers.TryEnsureSufficientExecutionStack())
            throw Error("too many nested expressions or statements");
    }
}
