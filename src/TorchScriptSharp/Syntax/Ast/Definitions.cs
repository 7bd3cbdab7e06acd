namespace TorchScriptSharp.Syntax.Ast;

/// A `def`. Range starts at the `def` keyword (at `async` for `async def`) and ends with the body;
/// FullRange also covers the decorators. Decorators are kept as plain expressions (`@torch.jit.export`
/// is an Attribute, `@foo(1)` a Call). TypeComment is the raw `# type:` text after the header and
/// TypeSignature its parsed form.
public sealed record FunctionDef(SourceRange Range, string Name, Parameters Parameters, Expr? Returns,
    IReadOnlyList<Stmt> Body, IReadOnlyList<Expr> Decorators, string? TypeComment, bool IsAsync, SourceRange NameRange)
    : Stmt(Range)
{
    public FunctionTypeComment? TypeSignature { get; init; }
    public SourceRange FullRange { get; init; } = Range;
}

/// A `class`. Range starts at `class`; FullRange also covers the decorators.
public sealed record ClassDef(SourceRange Range, string Name, IReadOnlyList<Expr> Bases, IReadOnlyList<KeywordArg> Keywords,
    IReadOnlyList<Stmt> Body, IReadOnlyList<Expr> Decorators) : Stmt(Range)
{
    public SourceRange NameRange { get; init; } = Range;
    public SourceRange FullRange { get; init; } = Range;
}

/// `def f(a, /, b, *args, c, **kwargs)`: PositionalOnly [a], Regular [b], VarArgs args, KeywordOnly [c],
/// KwArgs kwargs. Lambda parameters never have annotations.
public sealed record Parameters(SourceRange Range, IReadOnlyList<Parameter> PositionalOnly, IReadOnlyList<Parameter> Regular,
    Parameter? VarArgs, IReadOnlyList<Parameter> KeywordOnly, Parameter? KwArgs) : Node(Range)
{
    /// Every parameter in declaration order.
    public IEnumerable<Parameter> All
    {
        get
        {
            foreach (var p in PositionalOnly) yield return p;
            foreach (var p in Regular) yield return p;
            if (VarArgs is not null) yield return VarArgs;
            foreach (var p in KeywordOnly) yield return p;
            if (KwArgs is not null) yield return KwArgs;
        }
    }
}

/// Range covers the whole parameter including annotation and default.
public sealed record Parameter(SourceRange Range, string Name, Expr? Annotation, Expr? Default) : Node(Range);

/// `# type: (int, Tensor) -> Tensor`. `# type: (...) -> T` gives ParamTypes = [EllipsisLiteral].
public sealed record FunctionTypeComment(SourceRange Range, IReadOnlyList<Expr> ParamTypes, Expr ReturnType) : Node(Range);
