namespace TorchScriptSharp.Syntax;

/// One token. Text is the exact source text (for TypeComment: the text after `type:`); Value holds
/// the decoded number (BigInteger for Int, double for Float/Imaginary) or a StringTokenInfo.
public readonly record struct Token(TokenKind Kind, SourceRange Range, string Text, object? Value = null)
{
    public override string ToString() => Kind switch
    {
        TokenKind.Newline or TokenKind.Indent or TokenKind.Dedent or TokenKind.EndOfFile => Kind.ToString(),
        _ => $"{Kind} '{Text}'",
    };
}

/// Where the body of a string literal sits and which prefix letters it had; decoding happens in the
/// parser so that f-string fields can be parsed with their real source offsets.
public sealed record StringTokenInfo(bool IsRaw, bool IsBytes, bool IsFormat, int QuoteLength, int BodyStart, int BodyEnd);
