using TorchScriptSharp.Syntax.Ast;

namespace TorchScriptSharp.Syntax;

/// Statements and blocks. Compound statements own an indented block or a one-line suite
/// (`if x: return 1`); simple statements may be joined with `;`.
public sealed partial class Parser
{
    List<Stmt> ParseFileBody()
    {
        var body = new List<Stmt>();
        while (!At(TokenKind.EndOfFile))
        {
            if (Accept(TokenKind.Newline)) continue;
            if (At(TokenKind.Indent)) throw Error("unexpected indent");
            if (At(TokenKind.Dedent)) { Next(); continue; }
            ParseStatement(body);
        }
        return body;
    }

    void ParseStatement(List<Stmt> into)
    {
        EnsureStack();
        switch (Peek.Kind)
        {
            case TokenKind.If: into.Add(ParseIf()); return;
            case TokenKind.While: into.Add(ParseWhile()); return;
            case TokenKind.For: into.Add(ParseFor()); return;
            case TokenKind.Try: into.Add(ParseTry()); return;
            case TokenKind.With: into.Add(ParseWith()); return;
            case TokenKind.Def: into.Add(ParseFunctionDef(Array.Empty<Expr>(), Peek.Range.Start)); return;
            case TokenKind.Class: into.Add(ParseClassDef(Array.Empty<Expr>(), Peek.Range.Start)); return;
            case TokenKind.At: into.Add(ParseDecorated()); return;
            case TokenKind.Async when PeekAt(1).Kind is TokenKind.Def:
                into.Add(ParseFunctionDef(Array.Empty<Expr>(), Peek.Range.Start));
                return;
            case TokenKind.Async when PeekAt(1).Kind is TokenKind.For: into.Add(ParseFor()); return;
            case TokenKind.Async when PeekAt(1).Kind is TokenKind.With: into.Add(ParseWith()); return;
            default: ParseSimpleStatements(into); return;
        }
    }

    void ParseSimpleStatements(List<Stmt> into)
    {
        while (true)
        {
            into.Add(ParseSmallStatement());
            if (!Accept(TokenKind.Semicolon)) break;
            if (At(TokenKind.Newline) || At(TokenKind.EndOfFile)) break;
        }
        if (!Accept(TokenKind.Newline) && !At(TokenKind.EndOfFile))
            throw Error("invalid syntax");
    }

    /// `: NEWLINE INDENT stmts DEDENT` or a one-line suite. `what` names the construct for the
    /// "expected an indented block after ..." message; `colon` is returned for type-comment lookup.
    List<Stmt> ParseBlock(string what, Token header, out Token colon)
    {
        colon = Expect(TokenKind.Colon, "expected ':'");
        var body = new List<Stmt>();
        if (!Accept(TokenKind.Newline))
        {
            if (At(TokenKind.EndOfFile))
                throw Error($"expected an indented block after {what} on line {header.Range.Line}");
            ParseSimpleStatements(body);
            return body;
        }
        if (!At(TokenKind.Indent))
            throw Error($"expected an indented block after {what} on line {header.Range.Line}");
        Next();
        while (!At(TokenKind.Dedent) && !At(TokenKind.EndOfFile))
        {
            if (At(TokenKind.Indent)) throw Error("unexpected indent");
            if (Accept(TokenKind.Newline)) continue;
            ParseStatement(body);
        }
        Accept(TokenKind.Dedent);
        return body;
    }

    List<Stmt> ParseBlock(string what, Token header) => ParseBlock(what, header, out _);

    static int EndOf(IReadOnlyList<Stmt> body, int fallback) => body.Count > 0 ? body[^1].Range.End : fallback;

    SourceRange Span(int start, params IReadOnlyList<Stmt>[] blocks)
    {
        int end = Previous.Range.End;
        foreach (var b in blocks)
            if (b.Count > 0) end = Math.Max(end, b[^1].Range.End);
        // The last consumed token is usually a NEWLINE/DEDENT; prefer the last statement's end.
        int stmtEnd = start;
        foreach (var b in blocks) stmtEnd = Math.Max(stmtEnd, EndOf(b, start));
        return new SourceRange(_source, start, stmtEnd > start ? stmtEnd : end);
    }

    Stmt ParseIf()
    {
        var kw = Next();   // `if` or `elif`
        var test = ParseNamedExpr();
        var body = ParseBlock(kw.Kind == TokenKind.If ? "'if' statement" : "'elif' statement", kw);
        IReadOnlyList<Stmt> orElse = Array.Empty<Stmt>();
        if (At(TokenKind.Elif))
        {
            orElse = new[] { ParseIf() };
        }
        else if (At(TokenKind.Else))
        {
            var elseKw = Next();
            orElse = ParseBlock("'else' statement", elseKw);
        }
        return new If(Span(kw.Range.Start, body, orElse), test, body, orElse);
    }

    Stmt ParseWhile()
    {
        var kw = Next();
        var test = ParseNamedExpr();
        var body = ParseBlock("'while' statement", kw);
        var orElse = ParseElse();
        return new While(Span(kw.Range.Start, body, orElse), test, body, orElse);
    }

    IReadOnlyList<Stmt> ParseElse()
    {
        if (!At(TokenKind.Else)) return Array.Empty<Stmt>();
        var kw = Next();
        return ParseBlock("'else' statement", kw);
    }

    Stmt ParseFor()
    {
        int start = Peek.Range.Start;
        bool isAsync = Accept(TokenKind.Async);
        var kw = Expect(TokenKind.For);
        var target = ParseTargetList();
        CheckAssignTarget(target);
        Expect(TokenKind.In);
        var iter = ParseStarExpressions();
        var body = ParseBlock("'for' statement", kw);
        var orElse = ParseElse();
        return new For(Span(start, body, orElse), target, iter, body, orElse, isAsync);
    }

    Stmt ParseTry()
    {
        var kw = Next();
        var body = ParseBlock("'try' statement", kw);
        var handlers = new List<ExceptHandler>();
        while (At(TokenKind.Except))
        {
            var exceptKw = Next();
            if (handlers.Count > 0 && handlers[^1].Type is null)
                throw Error("default 'except:' must be last", handlers[^1].Range);
            Expr? type = null;
            string? name = null;
            if (!At(TokenKind.Colon))
            {
                type = ParseTest();
                if (At(TokenKind.Comma))
                {
                    // `except A, B:` is Python 2; Python 3.14 accepts it as a tuple, so do we.
                    var items = new List<Expr> { type };
                    while (Accept(TokenKind.Comma)) items.Add(ParseTest());
                    type = new TupleExpr(From(type), items);
                }
                if (Accept(TokenKind.As)) name = Expect(TokenKind.Name).Text;
            }
            var handlerBody = ParseBlock("'except' statement", exceptKw);
            handlers.Add(new ExceptHandler(Span(exceptKw.Range.Start, handlerBody), type, name, handlerBody));
        }
        IReadOnlyList<Stmt> orElse = Array.Empty<Stmt>();
        if (handlers.Count > 0) orElse = ParseElse();
        IReadOnlyList<Stmt> finalBody = Array.Empty<Stmt>();
        if (At(TokenKind.Finally))
        {
            var finallyKw = Next();
            finalBody = ParseBlock("'finally' statement", finallyKw);
        }
        if (handlers.Count == 0 && finalBody.Count == 0)
            throw Error("expected 'except' or 'finally' block");
        var lastHandler = handlers.Count > 0 ? new List<Stmt> { new Pass(handlers[^1].Range) } : new List<Stmt>();
        return new Try(Span(kw.Range.Start, body, lastHandler, orElse, finalBody), body, handlers, orElse, finalBody);
    }

    Stmt ParseWith()
    {
        int start = Peek.Range.Start;
        bool isAsync = Accept(TokenKind.Async);
        var kw = Expect(TokenKind.With);
        var items = TryParseParenthesizedWithItems() ?? ParseWithItems();
        var body = ParseBlock("'with' statement", kw);
        return new With(Span(start, body), items, body, isAsync);
    }

    List<WithItem> ParseWithItems()
    {
        var items = new List<WithItem>();
        do
        {
            if (items.Count > 0 && At(TokenKind.RParen)) break;   // trailing comma in the parenthesized form
            var context = ParseTest();
            Expr? target = null;
            if (Accept(TokenKind.As))
            {
                target = ParseStarOrBitOr();
                CheckAssignTarget(target);
            }
            items.Add(new WithItem(From(context), context, target));
        } while (Accept(TokenKind.Comma));
        return items;
    }

    /// `with (a as b, c as d):` (Python 3.10). Tried first and abandoned when the parentheses turn out
    /// to belong to an ordinary expression such as `with (yield x):` or `with (a, b):`.
    List<WithItem>? TryParseParenthesizedWithItems()
    {
        if (!At(TokenKind.LParen)) return null;
        int save = _pos;
        try
        {
            Next();
            var items = ParseWithItems();
            Expect(TokenKind.RParen);
            if (At(TokenKind.Colon) && (items.Count > 1 || items[0].As is not null)) return items;
        }
        catch (CompileError) { }
        _pos = save;
        return null;
    }

    Stmt ParseDecorated()
    {
        int start = Peek.Range.Start;
        var decorators = new List<Expr>();
        while (Accept(TokenKind.At))
        {
            decorators.Add(ParseNamedExpr());
            Expect(TokenKind.Newline);
        }
        if (At(TokenKind.Def) || (At(TokenKind.Async) && PeekAt(1).Kind == TokenKind.Def))
            return ParseFunctionDef(decorators, start);
        if (At(TokenKind.Class)) return ParseClassDef(decorators, start);
        throw Error("invalid syntax");
    }

    Stmt ParseFunctionDef(IReadOnlyList<Expr> decorators, int fullStart)
    {
        int start = Peek.Range.Start;
        bool isAsync = Accept(TokenKind.Async);
        var kw = Expect(TokenKind.Def);
        var name = Expect(TokenKind.Name);
        var open = Expect(TokenKind.LParen, "expected '('");
        var parameters = ParseParameters(TokenKind.RParen, allowAnnotations: true, open.Range.Start);
        Expect(TokenKind.RParen);
        Expr? returns = Accept(TokenKind.Arrow) ? ParseTest() : null;
        int headerEnd = Previous.Range.End;
        var body = ParseBlock("function definition", kw, out var colon);

        var typeComment = FindTypeComment(colon.Range.End, body.Count > 0 ? body[0].Range.Start : headerEnd);
        FunctionTypeComment? signature = typeComment is { } tc
            ? ParseFunctionTypeComment(_source, tc.Range.Start, tc.Range.End)
            : null;
        var range = Span(start, body);
        return new FunctionDef(range, name.Text, parameters, returns, body, decorators, typeComment?.Text, isAsync, name.Range)
        {
            TypeSignature = signature,
            FullRange = new SourceRange(_source, fullStart, range.End),
        };
    }

    /// The `# type:` comment between a def header's colon and its first statement, if any.
    Token? FindTypeComment(int after, int before)
    {
        foreach (var t in _typeComments)
            if (t.Range.Start >= after && t.Range.Start < before) return t;
        return null;
    }

    Stmt ParseClassDef(IReadOnlyList<Expr> decorators, int fullStart)
    {
        var kw = Expect(TokenKind.Class);
        var name = Expect(TokenKind.Name);
        IReadOnlyList<Expr> bases = Array.Empty<Expr>();
        IReadOnlyList<KeywordArg> keywords = Array.Empty<KeywordArg>();
        if (At(TokenKind.LParen))
        {
            var call = (Call)ParseCall(new Name(name.Range, name.Text));
            bases = call.Args;
            keywords = call.Keywords;
        }
        var body = ParseBlock("class definition", kw);
        var range = Span(kw.Range.Start, body);
        return new ClassDef(range, name.Text, bases, keywords, body, decorators)
        {
            NameRange = name.Range,
            FullRange = new SourceRange(_source, fullStart, range.End),
        };
    }

    /// Parameter lists of `def` (closed by `)`) and `lambda` (closed by `:`).
    Parameters ParseParameters(TokenKind close, bool allowAnnotations, int start)
    {
        var positionalOnly = new List<Parameter>();
        var regular = new List<Parameter>();
        var keywordOnly = new List<Parameter>();
        Parameter? varArgs = null, kwArgs = null;
        bool seenStar = false, seenDefault = false;
        var names = new HashSet<string>();

        Parameter Param(string? noDefaultMessage)
        {
            var name = Expect(TokenKind.Name);
            if (!names.Add(name.Text))
                throw Error($"duplicate argument '{name.Text}' in function definition", name.Range);
            Expr? annotation = allowAnnotations && Accept(TokenKind.Colon) ? ParseTest() : null;
            Expr? defaultValue = null;
            if (At(TokenKind.Equal))
            {
                if (noDefaultMessage is not null) throw Error(noDefaultMessage);
                Next();
                defaultValue = ParseTest();
            }
            return new Parameter(From(name.Range.Start), name.Text, annotation, defaultValue);
        }

        while (!At(close))
        {
            if (kwArgs is not null) throw Error("arguments cannot follow var-keyword argument");
            if (At(TokenKind.Slash))
            {
                if (seenStar) throw Error("/ must be ahead of *");
                if (positionalOnly.Count > 0) throw Error("/ may appear only once");
                if (regular.Count == 0) throw Error("at least one argument must precede /");
                Next();
                positionalOnly.AddRange(regular);
                regular.Clear();
            }
            else if (At(TokenKind.Star))
            {
                var star = Next();
                if (seenStar) throw Error("* argument may appear only once", star.Range);
                seenStar = true;
                if (At(TokenKind.Comma) || At(close))
                {
                    if (At(close) || PeekAt(1).Kind == TokenKind.DoubleStar)
                        throw Error("named arguments must follow bare *", star.Range);
                }
                else
                {
                    varArgs = Param("var-positional argument cannot have default value");
                    varArgs = varArgs with { Range = From(star.Range.Start) };
                }
            }
            else if (At(TokenKind.DoubleStar))
            {
                var stars = Next();
                seenStar = true;
                kwArgs = Param("var-keyword argument cannot have default value");
                kwArgs = kwArgs with { Range = From(stars.Range.Start) };
            }
            else
            {
                var p = Param(null);
                if (seenStar)
                {
                    keywordOnly.Add(p);
                }
                else
                {
                    if (p.Default is not null) seenDefault = true;
                    else if (seenDefault)
                        throw Error("parameter without a default follows parameter with a default", p.Range);
                    regular.Add(p);
                }
            }
            if (!Accept(TokenKind.Comma)) break;
        }
        return new Parameters(From(start), positionalOnly, regular, varArgs, keywordOnly, kwArgs);
    }
}
