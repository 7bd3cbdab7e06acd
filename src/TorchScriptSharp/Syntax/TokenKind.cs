namespace TorchScriptSharp.Syntax;

/// Kinds of Python 3 tokens. Keywords get their own kind so the parser can switch on them; soft
/// keywords (match, case, type, _) are plain Names because TorchScript never needs them.
public enum TokenKind
{
    EndOfFile,
    Newline,
    Indent,
    Dedent,
    /// A `# type: ...` comment; Text is what follows `type:`. The parser keeps these aside and only
    /// consults them right after a `def ...:` header.
    TypeComment,

    Name,
    Int,
    Float,
    Imaginary,
    /// Any string literal, including bytes and f-strings; Value is a <see cref="StringTokenInfo"/>.
    String,

    // Keywords
    False, None, True, And, As, Assert, Async, Await, Break, Class, Continue, Def, Del, Elif, Else,
    Except, Finally, For, From, Global, If, Import, In, Is, Lambda, Nonlocal, Not, Or, Pass, Raise,
    Return, Try, While, With, Yield,

    // Brackets and punctuation
    LParen, RParen, LBracket, RBracket, LBrace, RBrace,
    Colon, Comma, Semicolon, Dot, Ellipsis, Arrow, ColonEqual, Equal, Exclamation,

    // Operators
    Plus, Minus, Star, Slash, DoubleSlash, Percent, DoubleStar, At,
    Amp, VBar, Caret, Tilde, LeftShift, RightShift,
    Less, Greater, LessEqual, GreaterEqual, EqEqual, NotEqual,

    // Augmented assignment
    PlusEqual, MinusEqual, StarEqual, SlashEqual, DoubleSlashEqual, PercentEqual, DoubleStarEqual,
    AtEqual, AmpEqual, VBarEqual, CaretEqual, LeftShiftEqual, RightShiftEqual,
}
