using System.Numerics;

namespace TorchScriptSharp.Syntax.Ast;

/// An integer literal. Python ints are unbounded, so the value is a BigInteger; the compiler decides
/// whether it fits TorchScript's 64-bit int. A leading minus is a UnaryOp(Neg), not part of the literal.
public sealed record IntLiteral(SourceRange Range, BigInteger Value, string Text) : Expr(Range);

public sealed record FloatLiteral(SourceRange Range, double Value, string Text) : Expr(Range);

/// `2j`: Value is the imaginary part.
public sealed record ImaginaryLiteral(SourceRange Range, double Value, string Text) : Expr(Range);

/// A str or bytes literal after adjacent-literal concatenation and escape decoding. For bytes each
/// char holds one byte value (0..255).
public sealed record StringLiteral(SourceRange Range, string Value, bool IsBytes) : Expr(Range);

/// An f-string (possibly concatenated with plain strings). Parts alternate freely between text
/// and replacement fields; adjacent text parts are merged.
public sealed record FStringLiteral(SourceRange Range, IReadOnlyList<FStringPart> Parts) : Expr(Range);

public abstract record FStringPart(SourceRange Range) : Node(Range);

public sealed record FStringText(SourceRange Range, string Text) : FStringPart(Range);

/// `{Value!Conversion:FormatSpec}`. Conversion is 's', 'r', 'a' or null. FormatSpec is the raw spec
/// text; when it contains nested fields (`{x:{width}}`) FormatSpecParts holds them parsed, otherwise it is null.
/// A self-documenting `{x=}` becomes a FStringText "x=" followed by the field (conversion 'r' unless given).
public sealed record FStringField(SourceRange Range, Expr Value, char? Conversion, string? FormatSpec,
    IReadOnlyList<FStringPart>? FormatSpecParts = null) : FStringPart(Range);

public sealed record BoolLiteral(SourceRange Range, bool Value) : Expr(Range);

public sealed record NoneLiteral(SourceRange Range) : Expr(Range);

public sealed record EllipsisLiteral(SourceRange Range) : Expr(Range);
