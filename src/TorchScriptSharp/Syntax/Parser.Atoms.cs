using System.Numerics;
using TorchScriptSharp.Syntax.Ast;

namespace TorchScriptSharp.Syntax;

/// Atoms: names, literals, and the bracketed displays (tuples, lists, dicts, sets, comprehensions).
public sealed partial class Parser
{
    Expr ParseAtom()
    {
        var t = Peek;
        switch (t.Kind)
        {
            case TokenKind.Name: Next(); return new Name(t.Range, t.Text);
            case TokenKind.Int: Next(); return new IntLiteral(t.Range, (BigInteger)t.Value!, t.Text);
            case TokenKind.Float: Next(); return new FloatLiteral(t.Range, (double)t.Value!, t.Text);
            case TokenKind.Imaginary: Next(); return new ImaginaryLiteral(t.Range, (double)t.Value!, t.Text);
            case TokenKind.True: Next(); return new BoolLiteral(t.Range, true);
            case TokenKind.False: Next(); return new BoolLiteral(t.Range, false);
            case TokenKind.None: Next(); return new NoneLiteral(t.Range);
            case TokenKind.Ellipsis: Next(); return new EllipsisLiteral(t.Range);
            case TokenKind.String: return ParseStrings();
            case TokenKind.LParen: return ParseParenthesized();
            case TokenKind.LBracket: return ParseListDisplay();
            case TokenKind.LBrace: return ParseBraceDisplay();
            default: throw Error("invalid syntax");
        }
    }

    bool AtComprehension() => At(TokenKind.For) || (At(TokenKind.Async) && PeekAt(1).Kind == TokenKind.For);

    /// `()`, `(x)`, `(x,)`, `(x for ...)`, `(yield x)`. A parenthesized expression keeps its inner
    /// range (like Python's ast); tuples cover their parentheses.
    Expr ParseParenthesized()
    {
        var open = Expect(TokenKind.LParen);
        if (Accept(TokenKind.RParen)) return new TupleExpr(From(open.Range.Start), Array.Empty<Expr>());
        if (At(TokenKind.Yield))
        {
            var y = ParseYield();
            Expect(TokenKind.RParen);
            return y;
        }
        var first = ParseStarOrNamed();
        if (AtComprehension())
        {
            var gens = ParseComprehensionClauses();
            Expect(TokenKind.RParen);
            return new GeneratorExp(From(open.Range.Start), first, gens);
        }
        if (!At(TokenKind.Comma))
        {
            Expect(TokenKind.RParen);
            return first;
        }
        var items = new List<Expr> { first };
        while (Accept(TokenKind.Comma) && !At(TokenKind.RParen)) items.Add(ParseStarOrNamed());
        Expect(TokenKind.RParen);
        return new TupleExpr(From(open.Range.Start), items);
    }

    Expr ParseListDisplay()
    {
        var open = Expect(TokenKind.LBracket);
        var items = new List<Expr>();
        if (!At(TokenKind.RBracket))
        {
            var first = ParseStarOrNamed();
            if (AtComprehension())
            {
                var gens = ParseComprehensionClauses();
                Expect(TokenKind.RBracket);
                return new ListComp(From(open.Range.Start), first, gens);
            }
            items.Add(first);
            while (Accept(TokenKind.Comma) && !At(TokenKind.RBracket)) items.Add(ParseStarOrNamed());
        }
        Expect(TokenKind.RBracket);
        return new ListExpr(From(open.Range.Start), items);
    }

    /// `{}` is an empty dict; the first item decides between dict and set.
    Expr ParseBraceDisplay()
    {
        var open = Expect(TokenKind.LBrace);
        int start = open.Range.Start;
        if (Accept(TokenKind.RBrace)) return new DictExpr(From(start), Array.Empty<(Expr?, Expr)>());

        if (At(TokenKind.DoubleStar) || IsDictItemAhead())
        {
            var items = new List<(Expr? Key, Expr Value)>();
            var (key, value) = ParseDictItem();
            if (key is not null && AtComprehension())
            {
                var gens = ParseComprehensionClauses();
                Expect(TokenKind.RBrace);
                return new DictComp(From(start), key, value, gens);
            }
            items.Add((key, value));
            while (Accept(TokenKind.Comma) && !At(TokenKind.RBrace)) items.Add(ParseDictItem());
            Expect(TokenKind.RBrace);
            return new DictExpr(From(start), items);
        }

        var first = ParseStarOrNamed();
        if (AtComprehension())
        {
            var gens = ParseComprehensionClauses();
            Expect(TokenKind.RBrace);
            return new SetComp(From(start), first, gens);
        }
        var elements = new List<Expr> { first };
        while (Accept(TokenKind.Comma) && !At(TokenKind.RBrace)) elements.Add(ParseStarOrNamed());
        Expect(TokenKind.RBrace);
        return new SetExpr(From(start), elements);
    }

    /// Looks ahead (without consuming) for a `:` at bracket depth zero before the next `,` or `}`.
    bool IsDictItemAhead()
    {
        int depth = 0;
        for (int i = _pos; i < _tokens.Length; i++)
        {
            switch (_tokens[i].Kind)
            {
                case TokenKind.LParen or TokenKind.LBracket or TokenKind.LBrace: depth++; break;
                case TokenKind.RParen or TokenKind.RBracket: depth--; break;
                case TokenKind.RBrace:
                    if (depth == 0) return false;
                    depth--;
                    break;
                case TokenKind.Comma when depth == 0: return false;
                case TokenKind.Lambda when depth == 0: return false;   // `{lambda: 1}` is a set
                case TokenKind.Colon when depth == 0: return true;
                case TokenKind.EndOfFile or TokenKind.Newline: return false;
            }
        }
        return false;
    }

    (Expr? Key, Expr Value) ParseDictItem()
    {
        if (Accept(TokenKind.DoubleStar)) return (null, ParseBitOr());
        var key = ParseTest();
        Expect(TokenKind.Colon, "expected ':'");
        return (key, ParseTest());
    }
}
