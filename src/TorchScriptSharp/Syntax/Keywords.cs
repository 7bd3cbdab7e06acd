namespace TorchScriptSharp.Syntax;

/// The hard keywords of Python 3 and the operator spellings, shared by the lexer and diagnostics.
public static class Keywords
{
    public static readonly IReadOnlyDictionary<string, TokenKind> ByName = new Dictionary<string, TokenKind>
    {
        ["False"] = TokenKind.False, ["None"] = TokenKind.None, ["True"] = TokenKind.True,
        ["and"] = TokenKind.And, ["as"] = TokenKind.As, ["assert"] = TokenKind.Assert,
        ["async"] = TokenKind.Async, ["await"] = TokenKind.Await, ["break"] = TokenKind.Break,
        ["class"] = TokenKind.Class, ["continue"] = TokenKind.Continue, ["def"] = TokenKind.Def,
        ["del"] = TokenKind.Del, ["elif"] = TokenKind.Elif, ["else"] = TokenKind.Else,
        ["except"] = TokenKind.Except, ["finally"] = TokenKind.Finally, ["for"] = TokenKind.For,
        ["from"] = TokenKind.From, ["global"] = TokenKind.Global, ["if"] = TokenKind.If,
        ["import"] = TokenKind.Import, ["in"] = TokenKind.In, ["is"] = TokenKind.Is,
        ["lambda"] = TokenKind.Lambda, ["nonlocal"] = TokenKind.Nonlocal, ["not"] = TokenKind.Not,
        ["or"] = TokenKind.Or, ["pass"] = TokenKind.Pass, ["raise"] = TokenKind.Raise,
        ["return"] = TokenKind.Return, ["try"] = TokenKind.Try, ["while"] = TokenKind.While,
        ["with"] = TokenKind.With, ["yield"] = TokenKind.Yield,
    };

    /// Operators by spelling, longest first so the lexer can take the first match.
    public static readonly (string Text, TokenKind Kind)[] Operators =
    {
        ("**=", TokenKind.DoubleStarEqual), ("//=", TokenKind.DoubleSlashEqual), (">>=", TokenKind.RightShiftEqual),
        ("<<=", TokenKind.LeftShiftEqual), ("...", TokenKind.Ellipsis),
        ("**", TokenKind.DoubleStar), ("//", TokenKind.DoubleSlash), (">>", TokenKind.RightShift),
        ("<<", TokenKind.LeftShift), ("<=", TokenKind.LessEqual), (">=", TokenKind.GreaterEqual),
        ("==", TokenKind.EqEqual), ("!=", TokenKind.NotEqual), ("->", TokenKind.Arrow), (":=", TokenKind.ColonEqual),
        ("+=", TokenKind.PlusEqual), ("-=", TokenKind.MinusEqual), ("*=", TokenKind.StarEqual),
        ("/=", TokenKind.SlashEqual), ("%=", TokenKind.PercentEqual), ("@=", TokenKind.AtEqual),
        ("&=", TokenKind.AmpEqual), ("|=", TokenKind.VBarEqual), ("^=", TokenKind.CaretEqual),
        ("+", TokenKind.Plus), ("-", TokenKind.Minus), ("*", TokenKind.Star), ("/", TokenKind.Slash),
        ("%", TokenKind.Percent), ("@", TokenKind.At), ("&", TokenKind.Amp), ("|", TokenKind.VBar),
        ("^", TokenKind.Caret), ("~", TokenKind.Tilde), ("<", TokenKind.Less), (">", TokenKind.Greater),
        ("(", TokenKind.LParen), (")", TokenKind.RParen), ("[", TokenKind.LBracket), ("]", TokenKind.RBracket),
        ("{", TokenKind.LBrace), ("}", TokenKind.RBrace), (",", TokenKind.Comma), (":", TokenKind.Colon),
        (";", TokenKind.Semicolon), (".", TokenKind.Dot), ("=", TokenKind.Equal), ("!", TokenKind.Exclamation),
    };
}
