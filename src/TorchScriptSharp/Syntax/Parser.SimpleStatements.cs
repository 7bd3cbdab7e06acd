using TorchScriptSharp.Syntax.Ast;

namespace TorchScriptSharp.Syntax;

/// Simple statements: expression statements and assignments, and the keyword statements that fit
/// on one line (return, raise, assert, del, import, global, ...).
public sealed partial class Parser
{
    bool AtStatementEnd() => At(TokenKind.Newline) || At(TokenKind.Semicolon) || At(TokenKind.EndOfFile);

    Stmt ParseSmallStatement()
    {
        var t = Peek;
        int start = t.Range.Start;
        switch (t.Kind)
        {
            case TokenKind.Pass: Next(); return new Pass(t.Range);
            case TokenKind.Break: Next(); return new Break(t.Range);
            case TokenKind.Continue: Next(); return new Continue(t.Range);
            case TokenKind.Return:
            {
                Next();
                Expr? value = AtStatementEnd() ? null : ParseStarExpressions();
                return new Return(From(start), value);
            }
            case TokenKind.Raise:
            {
                Next();
                Expr? exc = null, cause = null;
                if (!AtStatementEnd())
                {
                    exc = ParseTest();
                    if (Accept(TokenKind.From)) cause = ParseTest();
                }
                return new Raise(From(start), exc, cause);
            }
            case TokenKind.Assert:
            {
                Next();
                var test = ParseTest();
                Expr? msg = Accept(TokenKind.Comma) ? ParseTest() : null;
                return new Assert(From(start), test, msg);
            }
            case TokenKind.Del:
            {
                Next();
                var targets = new List<Expr>();
                do
                {
                    if (targets.Count > 0 && AtStatementEnd()) break;
                    var target = ParseStarOrBitOr();
                    CheckDeleteTarget(target);
                    targets.Add(target);
                } while (Accept(TokenKind.Comma));
                return new Delete(From(start), targets);
            }
            case TokenKind.Global:
            case TokenKind.Nonlocal:
            {
                Next();
                var names = new List<string>();
                do names.Add(Expect(TokenKind.Name).Text); while (Accept(TokenKind.Comma));
                return t.Kind == TokenKind.Global ? new Global(From(start), names) : new Nonlocal(From(start), names);
            }
            case TokenKind.Import: return ParseImport();
            case TokenKind.From: return ParseImportFrom();
            default: return ParseExpressionStatement();
        }
    }

    Stmt ParseExpressionStatement()
    {
        int start = Peek.Range.Start;
        // An unparenthesized walrus is not a statement (CPython: invalid syntax at `:=`).
        if (At(TokenKind.Name) && PeekAt(1).Kind == TokenKind.ColonEqual) throw Error("invalid syntax", PeekAt(1).Range);
        var first = ParseAssignmentValue();

        if (At(TokenKind.Colon))
        {
            CheckAnnotationTarget(first);
            Next();
            var annotation = ParseTest();
            Expr? value = Accept(TokenKind.Equal) ? ParseAssignmentValue() : null;
            return new AnnAssign(From(start), first, annotation, value);
        }
        if (AugmentedOperator(Peek.Kind) is { } op)
        {
            CheckAugmentedTarget(first);
            Next();
            var value = ParseAssignmentValue();
            return new AugAssign(From(start), first, op, value);
        }
        if (At(TokenKind.Equal))
        {
            var exprs = new List<Expr> { first };
            while (Accept(TokenKind.Equal)) exprs.Add(ParseAssignmentValue());
            var value = exprs[^1];
            exprs.RemoveAt(exprs.Count - 1);
            foreach (var target in exprs) CheckAssignTarget(target);
            return new Assign(From(start), exprs, value);
        }
        return new ExprStmt(From(start), first);
    }

    Expr ParseAssignmentValue() => At(TokenKind.Yield) ? ParseYield() : ParseStarExpressions();

    static BinaryOperator? AugmentedOperator(TokenKind kind) => kind switch
    {
        TokenKind.PlusEqual => BinaryOperator.Add,
        TokenKind.MinusEqual => BinaryOperator.Sub,
        TokenKind.StarEqual => BinaryOperator.Mul,
        TokenKind.SlashEqual => BinaryOperator.Div,
        TokenKind.DoubleSlashEqual => BinaryOperator.FloorDiv,
        TokenKind.PercentEqual => BinaryOperator.Mod,
        TokenKind.DoubleStarEqual => BinaryOperator.Pow,
        TokenKind.AtEqual => BinaryOperator.MatMul,
        TokenKind.AmpEqual => BinaryOperator.BitAnd,
        TokenKind.VBarEqual => BinaryOperator.BitOr,
        TokenKind.CaretEqual => BinaryOperator.BitXor,
        TokenKind.LeftShiftEqual => BinaryOperator.LShift,
        TokenKind.RightShiftEqual => BinaryOperator.RShift,
        _ => null,
    };

    Stmt ParseImport()
    {
        int start = Next().Range.Start;
        var names = new List<(string, string?)>();
        do
        {
            string name = ParseDottedName();
            string? asName = Accept(TokenKind.As) ? Expect(TokenKind.Name).Text : null;
            names.Add((name, asName));
        } while (Accept(TokenKind.Comma));
        return new Import(From(start), names);
    }

    Stmt ParseImportFrom()
    {
        int start = Next().Range.Start;
        int level = 0;
        while (At(TokenKind.Dot) || At(TokenKind.Ellipsis))
            level += Next().Kind == TokenKind.Dot ? 1 : 3;
        string module = level > 0 && At(TokenKind.Import) ? "" : ParseDottedName();
        Expect(TokenKind.Import);
        var names = new List<(string, string?)>();
        if (Accept(TokenKind.Star))
        {
            names.Add(("*", null));
            return new ImportFrom(From(start), module, names, level);
        }
        bool parenthesized = Accept(TokenKind.LParen);
        do
        {
            if (parenthesized && names.Count > 0 && At(TokenKind.RParen)) break;
            if (!parenthesized && names.Count > 0 && AtStatementEnd())
                throw Error("trailing comma not allowed without surrounding parentheses", Previous.Range);
            string name = Expect(TokenKind.Name).Text;
            string? asName = Accept(TokenKind.As) ? Expect(TokenKind.Name).Text : null;
            names.Add((name, asName));
        } while (Accept(TokenKind.Comma));
        if (parenthesized) Expect(TokenKind.RParen);
        return new ImportFrom(From(start), module, names, level);
    }

    string ParseDottedName()
    {
        var sb = new System.Text.StringBuilder(Expect(TokenKind.Name).Text);
        while (Accept(TokenKind.Dot)) sb.Append('.').Append(Expect(TokenKind.Name).Text);
        return sb.ToString();
    }
}
