namespace TorchScriptSharp.Syntax.Ast;

public abstract record Stmt(SourceRange Range) : Node(Range);

/// An expression used as a statement; a docstring is an ExprStmt holding a StringLiteral.
public sealed record ExprStmt(SourceRange Range, Expr Value) : Stmt(Range);

/// `a = b = value` has Targets [a, b].
public sealed record Assign(SourceRange Range, IReadOnlyList<Expr> Targets, Expr Value) : Stmt(Range);

public sealed record AnnAssign(SourceRange Range, Expr Target, Expr Annotation, Expr? Value) : Stmt(Range);

public sealed record AugAssign(SourceRange Range, Expr Target, BinaryOperator Op, Expr Value) : Stmt(Range);

/// `elif` is an If nested as the only statement of OrElse (its Range starts at `elif`).
public sealed record If(SourceRange Range, Expr Test, IReadOnlyList<Stmt> Body, IReadOnlyList<Stmt> OrElse) : Stmt(Range);

public sealed record While(SourceRange Range, Expr Test, IReadOnlyList<Stmt> Body, IReadOnlyList<Stmt> OrElse) : Stmt(Range);

public sealed record For(SourceRange Range, Expr Target, Expr Iter, IReadOnlyList<Stmt> Body, IReadOnlyList<Stmt> OrElse, bool IsAsync) : Stmt(Range);

public sealed record Break(SourceRange Range) : Stmt(Range);

public sealed record Continue(SourceRange Range) : Stmt(Range);

public sealed record Pass(SourceRange Range) : Stmt(Range);

public sealed record Return(SourceRange Range, Expr? Value) : Stmt(Range);

/// `raise Exc from Cause`.
public sealed record Raise(SourceRange Range, Expr? Exc, Expr? Cause) : Stmt(Range);

public sealed record Assert(SourceRange Range, Expr Test, Expr? Msg) : Stmt(Range);

public sealed record Delete(SourceRange Range, IReadOnlyList<Expr> Targets) : Stmt(Range);

public sealed record WithItem(SourceRange Range, Expr Context, Expr? As) : Node(Range);

public sealed record With(SourceRange Range, IReadOnlyList<WithItem> Items, IReadOnlyList<Stmt> Body, bool IsAsync) : Stmt(Range);

/// `import a.b as c, d`: Names are dotted module names.
public sealed record Import(SourceRange Range, IReadOnlyList<(string Name, string? AsName)> Names) : Stmt(Range);

/// `from ..pkg.mod import x as y`: Module is "pkg.mod" ("" for `from . import x`), Level counts the
/// leading dots, and `import *` gives a single name "*".
public sealed record ImportFrom(SourceRange Range, string Module, IReadOnlyList<(string Name, string? AsName)> Names, int Level) : Stmt(Range);

public sealed record Global(SourceRange Range, IReadOnlyList<string> Names) : Stmt(Range);

public sealed record Nonlocal(SourceRange Range, IReadOnlyList<string> Names) : Stmt(Range);

/// `except Type as Name:`; a bare `except:` has Type == null.
public sealed record ExceptHandler(SourceRange Range, Expr? Type, string? Name, IReadOnlyList<Stmt> Body) : Node(Range);

public sealed record Try(SourceRange Range, IReadOnlyList<Stmt> Body, IReadOnlyList<ExceptHandler> Handlers,
    IReadOnlyList<Stmt> OrElse, IReadOnlyList<Stmt> FinalBody) : Stmt(Range);
