using System.Runtime.CompilerServices;
using Ast = TorchScriptSharp.Syntax.Ast;

namespace TorchScriptSharp.Eager;

/// The names a function body binds, found statically as Python's compiler does: assignments, loop
/// targets, imports, nested def/class names, `except as` and `with as`, minus global/nonlocal names.
/// Nested functions, lambdas, classes and comprehensions have their own scopes and are not entered.
sealed class LocalNames
{
    static readonly ConditionalWeakTable<Ast.Node, LocalNames> Cache = new();

    public HashSet<string> Bound { get; } = new();
    public HashSet<string> Globals { get; } = new();
    public HashSet<string> Nonlocals { get; } = new();

    public static LocalNames Of(Ast.Node function) => Cache.GetValue(function, Compute);

    static LocalNames Compute(Ast.Node function)
    {
        var names = new LocalNames();
        Ast.Parameters ps;
        if (function is Ast.FunctionDef def) { ps = def.Parameters; foreach (var s in def.Body) names.Visit(s); }
        else { ps = ((Ast.Lambda)function).Parameters; }
        foreach (var p in ps.All) names.Bound.Add(p.Name);
        names.Bound.ExceptWith(names.Globals);
        return names;
    }

    void Visit(Ast.Stmt s)
    {
        switch (s)
        {
            case Ast.Assign a: foreach (var t in a.Targets) Target(t); break;
            case Ast.AnnAssign a: Target(a.Target); break;
            case Ast.AugAssign a: Target(a.Target); break;
            case Ast.For f: Target(f.Target); Block(f.Body); Block(f.OrElse); break;
            case Ast.While w: Block(w.Body); Block(w.OrElse); break;
            case Ast.If i: Block(i.Body); Block(i.OrElse); break;
            case Ast.With w:
                foreach (var item in w.Items) if (item.As != null) Target(item.As);
                Block(w.Body);
                break;
            case Ast.Try t:
                Block(t.Body);
                foreach (var h in t.Handlers) { if (h.Name != null) Bound.Add(h.Name); Block(h.Body); }
                Block(t.OrElse);
                Block(t.FinalBody);
                break;
            case Ast.FunctionDef f: Bound.Add(f.Name); break;
            case Ast.ClassDef c: Bound.Add(c.Name); break;
            case Ast.Import i: foreach (var (n, asName) in i.Names) Bound.Add(asName ?? n.Split('.')[0]); break;
            case Ast.ImportFrom i: foreach (var (n, asName) in i.Names) if (n != "*") Bound.Add(asName ?? n); break;
            case Ast.Delete d: foreach (var t in d.Targets) Target(t); break;
            case Ast.Global g: foreach (var n in g.Names) Globals.Add(n); break;
            case Ast.Nonlocal n: foreach (var x in n.Names) Nonlocals.Add(x); break;
        }
    }

    void Block(IReadOnlyList<Ast.Stmt> body) { foreach (var s in body) Visit(s); }

    void Target(Ast.Expr t)
    {
        switch (t)
        {
            case Ast.Name n: Bound.Add(n.Id); break;
            case Ast.TupleExpr tu: foreach (var e in tu.Elements) Target(e); break;
            case Ast.ListExpr l: foreach (var e in l.Elements) Target(e); break;
            case Ast.Starred st: Target(st.Value); break;
        }
    }
}
