using Ast = TorchScriptSharp.Syntax.Ast;

namespace TorchScriptSharp.Compiler;

/// `return unused_fn(x)`, where unused_fn is `@torch.jit.unused` (or `ignore(drop=True)`), always
/// raises: PyTorch compiles the call to a raise, and its exit transform then treats the path as one
/// that throws, not one that returns. Rewriting such returns into `raise unused_fn(x)` before emission
/// lets the statement analysis (ExitFinder) see them as raises; EmitRaise emits just the call.
static class DroppedReturns
{
    public static IReadOnlyList<Ast.Stmt> Rewrite(IReadOnlyList<Ast.Stmt> body, Func<string, bool> isDropped) =>
        body.Select(s => Rewrite(s, isDropped)).ToList();

    static Ast.Stmt Rewrite(Ast.Stmt s, Func<string, bool> isDropped) => s switch
    {
        Ast.Return { Value: Ast.Call { Func: Ast.Name name } call } r when isDropped(name.Id) => new Ast.Raise(r.Range, call, null),
        Ast.If i => i with { Body = Rewrite(i.Body, isDropped), OrElse = Rewrite(i.OrElse, isDropped) },
        Ast.While w => w with { Body = Rewrite(w.Body, isDropped), OrElse = Rewrite(w.OrElse, isDropped) },
        Ast.For f => f with { Body = Rewrite(f.Body, isDropped), OrElse = Rewrite(f.OrElse, isDropped) },
        Ast.With w => w with { Body = Rewrite(w.Body, isDropped) },
        _ => s,
    };
}
