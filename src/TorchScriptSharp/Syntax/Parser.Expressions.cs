using System.Numerics;
using TorchScriptSharp.Syntax.Ast;

namespace TorchScriptSharp.Syntax;

/// Expressions, lowest precedence first: lambda, ternary, or, and, not, comparisons, |, ^, &,
/// shifts, + -, * / // % @, unary + - ~, ** (right-associative, tighter than a unary on its left),
/// await, primaries (call, subscript, attribute), atoms.
public sealed partial class Parser
{
    /// `a, *b, c` (a tuple when there is a comma) or a single expression.
    Expr ParseStarExpressions()
    {
        int start = Peek.Range.Start;
        var first = ParseStarOrNamed();
        if (!At(TokenKind.Comma)) return first;
        var items = new List<Expr> { first };
        while (Accept(TokenKind.Comma))
        {
            if (!CanStartExpression(Peek.Kind)) break;
            items.Add(ParseStarOrNamed());
        }
        return new TupleExpr(From(start), items);
    }

    Expr ParseStarOrNamed()
    {
        if (!At(TokenKind.Star)) return ParseNamedExpr();
        var star = Next();
        var value = ParseBitOr();
        return new Starred(From(star.Range.Start), value);
    }

    /// Assignment-like targets (for-loop variables, comprehension targets, del): `a, (b, c), *d`.
    /// Stops before `in` because targets are parsed at the bitwise-or level.
    Expr ParseTargetList()
    {
        int start = Peek.Range.Start;
        var first = ParseStarOrBitOr();
        if (!At(TokenKind.Comma)) return first;
        var items = new List<Expr> { first };
        while (Accept(TokenKind.Comma))
        {
            if (!CanStartExpression(Peek.Kind)) break;
            items.Add(ParseStarOrBitOr());
        }
        return new TupleExpr(From(start), items);
    }

    Expr ParseStarOrBitOr()
    {
        if (!At(TokenKind.Star)) return ParseBitOr();
        var star = Next();
        var value = ParseBitOr();
        return new Starred(From(star.Range.Start), value);
    }

    static bool CanStartExpression(TokenKind k) => k is TokenKind.Name or TokenKind.Int or TokenKind.Float
        or TokenKind.Imaginary or TokenKind.String or TokenKind.LParen or TokenKind.LBracket or TokenKind.LBrace
        or TokenKind.Minus or TokenKind.Plus or TokenKind.Tilde or TokenKind.Not or TokenKind.Lambda
        or TokenKind.Await or TokenKind.None or TokenKind.True or TokenKind.False or TokenKind.Ellipsis
        or TokenKind.Star;

    /// `name := value` or a plain test.
    Expr ParseNamedExpr()
    {
        if (At(TokenKind.Name) && PeekAt(1).Kind == TokenKind.ColonEqual)
        {
            var name = Next();
            Next();
            var value = ParseTest();
            return new NamedExpr(From(name.Range.Start), new Name(name.Range, name.Text), value);
        }
        return ParseTest();
    }

    Expr ParseTest()
    {
        EnsureStack();
        if (At(TokenKind.Lambda)) return ParseLambda();
        var body = ParseOrTest();
        if (!At(TokenKind.If)) return body;
        Next();
        var test = ParseOrTest();
        Expect(TokenKind.Else, "expected 'else' after 'if' expression");
        var orElse = ParseTest();
        return new Conditional(From(body), test, body, orElse);
    }

    Expr ParseLambda()
    {
        var kw = Expect(TokenKind.Lambda);
        var parameters = ParseParameters(TokenKind.Colon, allowAnnotations: false, Peek.Range.Start);
        Expect(TokenKind.Colon, "expected ':'");
        var body = ParseTest();
        return new Lambda(From(kw.Range.Start), parameters, body);
    }

    Expr ParseOrTest() => ParseBoolOp(TokenKind.Or, ParseAndTest);

    Expr ParseAndTest() => ParseBoolOp(TokenKind.And, ParseNotTest);

    Expr ParseBoolOp(TokenKind op, Func<Expr> operand)
    {
        var first = operand();
        if (!At(op)) return first;
        var values = new List<Expr> { first };
        while (Accept(op)) values.Add(operand());
        return new BoolOp(From(first), op == TokenKind.And, values);
    }

    Expr ParseNotTest()
    {
        if (!At(TokenKind.Not)) return ParseComparison();
        EnsureStack();
        var not = Next();
        var operand = ParseNotTest();
        return new UnaryOp(From(not.Range.Start), UnaryOperator.Not, operand);
    }

    Expr ParseComparison()
    {
        var left = ParseBitOr();
        List<(CompareOperator, Expr)>? comparisons = null;
        while (TryComparisonOperator(out var op))
        {
            (comparisons ??= new()).Add((op, ParseBitOr()));
        }
        return comparisons is null ? left : new Compare(From(left), left, comparisons);
    }

    bool TryComparisonOperator(out CompareOperator op)
    {
        switch (Peek.Kind)
        {
            case TokenKind.EqEqual: op = CompareOperator.Eq; break;
            case TokenKind.NotEqual: op = CompareOperator.NotEq; break;
            case TokenKind.Less: op = CompareOperator.Lt; break;
            case TokenKind.LessEqual: op = CompareOperator.LtE; break;
            case TokenKind.Greater: op = CompareOperator.Gt; break;
            case TokenKind.GreaterEqual: op = CompareOperator.GtE; break;
            case TokenKind.In: op = CompareOperator.In; break;
            case TokenKind.Not when PeekAt(1).Kind == TokenKind.In:
                Next();
                op = CompareOperator.NotIn;
                break;
            case TokenKind.Is:
                if (PeekAt(1).Kind == TokenKind.Not)
                {
                    Next();
                    op = CompareOperator.IsNot;
                }
                else op = CompareOperator.Is;
                break;
            default:
                op = default;
                return false;
        }
        Next();
        return true;
    }

    Expr ParseBitOr() => ParseBinary(ParseBitXor, static k => k == TokenKind.VBar ? BinaryOperator.BitOr : null);

    Expr ParseBitXor() => ParseBinary(ParseBitAnd, static k => k == TokenKind.Caret ? BinaryOperator.BitXor : null);

    Expr ParseBitAnd() => ParseBinary(ParseShift, static k => k == TokenKind.Amp ? BinaryOperator.BitAnd : null);

    Expr ParseShift() => ParseBinary(ParseArith, static k => k switch
    {
        TokenKind.LeftShift => BinaryOperator.LShift,
        TokenKind.RightShift => BinaryOperator.RShift,
        _ => null,
    });

    Expr ParseArith() => ParseBinary(ParseTerm, static k => k switch
    {
        TokenKind.Plus => BinaryOperator.Add,
        TokenKind.Minus => BinaryOperator.Sub,
        _ => null,
    });

    Expr ParseTerm() => ParseBinary(ParseFactor, static k => k switch
    {
        TokenKind.Star => BinaryOperator.Mul,
        TokenKind.Slash => BinaryOperator.Div,
        TokenKind.DoubleSlash => BinaryOperator.FloorDiv,
        TokenKind.Percent => BinaryOperator.Mod,
        TokenKind.At => BinaryOperator.MatMul,
        _ => null,
    });

    /// Left-associative binary level.
    Expr ParseBinary(Func<Expr> operand, Func<TokenKind, BinaryOperator?> match)
    {
        var left = operand();
        while (match(Peek.Kind) is { } op)
        {
            Next();
            var right = operand();
            left = new BinaryOp(From(left), op, left, right);
        }
        return left;
    }

    Expr ParseFactor()
    {
        UnaryOperator? op = Peek.Kind switch
        {
            TokenKind.Minus => UnaryOperator.Neg,
            TokenKind.Plus => UnaryOperator.Pos,
            TokenKind.Tilde => UnaryOperator.Invert,
            _ => null,
        };
        if (op is null) return ParsePower();
        EnsureStack();
        var token = Next();
        var operand = ParseFactor();
        return new UnaryOp(From(token.Range.Start), op.Value, operand);
    }

    /// `a ** b` where b is a factor, so `2 ** -1` works and `-2 ** 2` is `-(2 ** 2)`.
    Expr ParsePower()
    {
        var left = ParseAwait();
        if (!Accept(TokenKind.DoubleStar)) return left;
        EnsureStack();
        var right = ParseFactor();
        return new BinaryOp(From(left), BinaryOperator.Pow, left, right);
    }

    Expr ParseAwait()
    {
        if (!At(TokenKind.Await)) return ParsePrimary();
        var kw = Next();
        var value = ParsePrimary();
        return new Await(From(kw.Range.Start), value);
    }

    Expr ParsePrimary()
    {
        var expr = ParseAtom();
        while (true)
        {
            switch (Peek.Kind)
            {
                case TokenKind.Dot:
                    Next();
                    var name = Expect(TokenKind.Name);
                    expr = new Ast.Attribute(From(expr), expr, name.Text, name.Range);
                    break;
                case TokenKind.LParen:
                    expr = ParseCall(expr);
                    break;
                case TokenKind.LBracket:
                    expr = ParseSubscript(expr);
                    break;
                default:
                    return expr;
            }
        }
    }

    Expr ParseCall(Expr func)
    {
        Expect(TokenKind.LParen);
        var args = new List<Expr>();
        var keywords = new List<KeywordArg>();
        while (!At(TokenKind.RParen))
        {
            int start = Peek.Range.Start;
            if (Accept(TokenKind.Star))
            {
                var value = ParseTest();
                args.Add(new Starred(From(start), value));
            }
            else if (Accept(TokenKind.DoubleStar))
            {
                var value = ParseTest();
                keywords.Add(new KeywordArg(From(start), null, value));
            }
            else if (At(TokenKind.Name) && PeekAt(1).Kind == TokenKind.Equal)
            {
                var name = Next();
                Next();
                var value = ParseTest();
                keywords.Add(new KeywordArg(From(start), name.Text, value));
            }
            else
            {
                var arg = ParseNamedExpr();
                if (At(TokenKind.For) || (At(TokenKind.Async) && PeekAt(1).Kind == TokenKind.For))
                {
                    var gens = ParseComprehensionClauses();
                    arg = new GeneratorExp(From(arg), arg, gens);
                    if (args.Count > 0 || keywords.Count > 0 || !At(TokenKind.RParen))
                        throw Error("Generator expression must be parenthesized", arg.Range);
                }
                if (keywords.Count > 0)
                {
                    string msg = keywords.Any(k => k.Name is null)
                        ? "positional argument follows keyword argument unpacking"
                        : "positional argument follows keyword argument";
                    throw Error(msg, arg.Range);
                }
                args.Add(arg);
            }
            if (!Accept(TokenKind.Comma)) break;
        }
        Expect(TokenKind.RParen);
        return new Call(From(func), func, args, keywords);
    }

    Expr ParseSubscript(Expr value)
    {
        Expect(TokenKind.LBracket);
        var indices = new List<Expr>();
        do
        {
            if (At(TokenKind.RBracket) && indices.Count > 0) break;
            indices.Add(ParseSliceItem());
        } while (Accept(TokenKind.Comma));
        Expect(TokenKind.RBracket);
        return new Subscript(From(value), value, indices);
    }

    Expr ParseSliceItem()
    {
        int start = Peek.Range.Start;
        Expr? lower = null;
        if (!At(TokenKind.Colon))
        {
            lower = ParseStarOrNamed();
            if (!At(TokenKind.Colon)) return lower;
        }
        Next();
        Expr? upper = At(TokenKind.Colon) || At(TokenKind.Comma) || At(TokenKind.RBracket) ? null : ParseTest();
        Expr? step = null;
        if (Accept(TokenKind.Colon) && !At(TokenKind.Comma) && !At(TokenKind.RBracket))
            step = ParseTest();
        return new SliceExpr(From(start), lower, upper, step);
    }

    List<Comprehension> ParseComprehensionClauses()
    {
        var result = new List<Comprehension>();
        while (At(TokenKind.For) || (At(TokenKind.Async) && PeekAt(1).Kind == TokenKind.For))
        {
            int start = Peek.Range.Start;
            bool isAsync = Accept(TokenKind.Async);
            Expect(TokenKind.For);
            var target = ParseTargetList();
            CheckAssignTarget(target);
            Expect(TokenKind.In);
            var iter = ParseOrTest();
            var ifs = new List<Expr>();
            while (Accept(TokenKind.If)) ifs.Add(ParseOrTest());
            result.Add(new Comprehension(From(start), target, iter, ifs, isAsync));
        }
        return result;
    }

    Expr ParseYield()
    {
        var kw = Expect(TokenKind.Yield);
        if (Accept(TokenKind.From))
        {
            var value = ParseTest();
            return new YieldFrom(From(kw.Range.Start), value);
        }
        Expr? result = CanStartExpression(Peek.Kind) ? ParseStarExpressions() : null;
        return new Yield(From(kw.Range.Start), result);
    }
}
