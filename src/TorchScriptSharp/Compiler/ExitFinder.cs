using Ast = TorchScriptSharp.Syntax.Ast;

namespace TorchScriptSharp.Compiler;

/// Syntactic questions about statements: does a block contain an exit, which names does it assign.
public static class ExitFinder
{
    /// True when the statement contains a `return`, or (inside a loop body) a `break`/`continue`
    /// that leaves the enclosing loop.
    public static bool Exits(Ast.Stmt s, bool inLoop) => s switch
    {
        Ast.Return => true,
        Ast.Break or Ast.Continue => inLoop,
        Ast.If i => i.Body.Any(x => Exits(x, inLoop)) || i.OrElse.Any(x => Exits(x, inLoop)),
        Ast.While w => w.Body.Any(ContainsReturn),
        Ast.For f => f.Body.Any(ContainsReturn),
        Ast.With w => w.Body.Any(x => Exits(x, inLoop)),
        _ => false,
    };

    /// Whether every path through the statements ends in a raise (or `assert False`): such a block
    /// never falls through, so it contributes no values to the code after it.
    public static bool AlwaysThrows(IReadOnlyList<Ast.Stmt> stmts) => stmts.Count > 0 && stmts[^1] switch
    {
        Ast.Raise => true,
        Ast.Assert { Test: Ast.BoolLiteral { Value: false } } => true,
        Ast.If i => AlwaysThrows(i.Body) && AlwaysThrows(i.OrElse),
        _ => false,
    };

    public static bool ContainsReturn(Ast.Stmt s) => s switch
    {
        Ast.Return => true,
        Ast.If i => i.Body.Any(ContainsReturn) || i.OrElse.Any(ContainsReturn),
        Ast.While w => w.Body.Any(ContainsReturn),
        Ast.For f => f.Body.Any(ContainsReturn),
        Ast.With w => w.Body.Any(ContainsReturn),
        _ => false,
    };

    /// Whether a loop body leaves early (break/continue/return at this loop's level).
    public static bool LoopHasEarlyExit(IReadOnlyList<Ast.Stmt> body) => body.Any(s => Exits(s, inLoop: true));

    /// Names assigned anywhere in the statements (not inside nested defs), in first-assignment order.
    public static List<string> AssignedNames(IEnumerable<Ast.Stmt> stmts)
    {
        var names = new List<string>();
        void Target(Ast.Expr t)
        {
            switch (t)
            {
                case Ast.Name n: if (!names.Contains(n.Id)) names.Add(n.Id); break;
                case Ast.TupleExpr te: foreach (var e in te.Elements) Target(e); break;
                case Ast.ListExpr le: foreach (var e in le.Elements) Target(e); break;
                case Ast.Starred st: Target(st.Value); break;
            }
        }
        void Visit(Ast.Stmt s)
        {
            switch (s)
            {
                case Ast.Assign a: foreach (var t in a.Targets) Target(t); break;
                case Ast.AnnAssign aa: Target(aa.Target); break;
                case Ast.AugAssign au: Target(au.Target); break;
                case Ast.For f: Target(f.Target); foreach (var x in f.Body) Visit(x); break;
                case Ast.While w: foreach (var x in w.Body) Visit(x); break;
                case Ast.If i: foreach (var x in i.Body) Visit(x); foreach (var x in i.OrElse) Visit(x); break;
                case Ast.With w:
                    foreach (var item in w.Items) if (item.As != null) Target(item.As);
                    foreach (var x in w.Body) Visit(x);
                    break;
            }
        }
        foreach (var s in stmts) Visit(s);
        return names;
    }
}
