namespace TorchScriptSharp.Syntax.Ast;

public abstract record Expr(SourceRange Range) : Node(Range);

public sealed record Name(SourceRange Range, string Id) : Expr(Range);

/// `Target.Name`; NameRange covers just the attribute name, for "has no attribute" errors.
public sealed record Attribute(SourceRange Range, Expr Target, string Name, SourceRange NameRange) : Expr(Range);

/// A call. Positional `*x` appears in Args as Starred; `**kw` appears in Keywords with Name == null.
public sealed record Call(SourceRange Range, Expr Func, IReadOnlyList<Expr> Args, IReadOnlyList<KeywordArg> Keywords) : Expr(Range);

public sealed record KeywordArg(SourceRange Range, string? Name, Expr Value) : Node(Range);

/// `*Value` in a call, display, assignment target or subscript.
public sealed record Starred(SourceRange Range, Expr Value) : Expr(Range);

/// `Value[i, j]` keeps one entry per comma-separated index (`x[(i, j)]` has one TupleExpr index).
/// Each index may be a SliceExpr.
public sealed record Subscript(SourceRange Range, Expr Value, IReadOnlyList<Expr> Indices) : Expr(Range);

/// `lower:upper:step` inside a subscript; omitted parts are null.
public sealed record SliceExpr(SourceRange Range, Expr? Lower, Expr? Upper, Expr? Step) : Expr(Range);

public sealed record BinaryOp(SourceRange Range, BinaryOperator Op, Expr Left, Expr Right) : Expr(Range);

/// `a and b and c` is one BoolOp with three Values (like Python's ast); mixing and/or nests.
public sealed record BoolOp(SourceRange Range, bool IsAnd, IReadOnlyList<Expr> Values) : Expr(Range);

public sealed record UnaryOp(SourceRange Range, UnaryOperator Op, Expr Operand) : Expr(Range);

/// `a < b <= c` is one Compare: Left = a, Comparisons = [(Lt, b), (LtE, c)].
public sealed record Compare(SourceRange Range, Expr Left, IReadOnlyList<(CompareOperator Op, Expr Right)> Comparisons) : Expr(Range);

/// `Body if Test else OrElse`.
public sealed record Conditional(SourceRange Range, Expr Test, Expr Body, Expr OrElse) : Expr(Range);

public sealed record ListExpr(SourceRange Range, IReadOnlyList<Expr> Elements) : Expr(Range);

public sealed record TupleExpr(SourceRange Range, IReadOnlyList<Expr> Elements) : Expr(Range);

public sealed record SetExpr(SourceRange Range, IReadOnlyList<Expr> Elements) : Expr(Range);

/// `{k: v, **d}`: a `**d` item has a null Key.
public sealed record DictExpr(SourceRange Range, IReadOnlyList<(Expr? Key, Expr Value)> Items) : Expr(Range);

/// One `for Target in Iter if ...` clause of a comprehension.
public sealed record Comprehension(SourceRange Range, Expr Target, Expr Iter, IReadOnlyList<Expr> Ifs, bool IsAsync) : Node(Range);

public sealed record ListComp(SourceRange Range, Expr Element, IReadOnlyList<Comprehension> Generators) : Expr(Range);

public sealed record SetComp(SourceRange Range, Expr Element, IReadOnlyList<Comprehension> Generators) : Expr(Range);

public sealed record GeneratorExp(SourceRange Range, Expr Element, IReadOnlyList<Comprehension> Generators) : Expr(Range);

public sealed record DictComp(SourceRange Range, Expr Key, Expr Value, IReadOnlyList<Comprehension> Generators) : Expr(Range);

public sealed record Lambda(SourceRange Range, Parameters Parameters, Expr Body) : Expr(Range);

/// `Target := Value` (parsed so the compiler can reject it with a good message).
public sealed record NamedExpr(SourceRange Range, Name Target, Expr Value) : Expr(Range);

public sealed record Yield(SourceRange Range, Expr? Value) : Expr(Range);

public sealed record YieldFrom(SourceRange Range, Expr Value) : Expr(Range);

public sealed record Await(SourceRange Range, Expr Value) : Expr(Range);
