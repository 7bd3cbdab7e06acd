using TorchScriptSharp.Syntax;
using Ast = TorchScriptSharp.Syntax.Ast;

namespace TorchScriptSharp.Compiler;

/// Python constructs the TorchScript language does not have. Each is rejected at its location with
/// a message naming the construct, as torch.jit.frontend does.
public static class Reject
{
    public static void Function(Ast.FunctionDef def)
    {
        if (def.IsAsync) throw new CompileError("async def is not supported by TorchScript", def.Range);
        if (def.Parameters.VarArgs is { } va)
            throw new CompileError("Compiled functions can't take variable number of arguments or use keyword-only arguments with defaults", va.Range);
        if (def.Parameters.KwArgs is { } kw)
            throw new CompileError("Compiled functions can't take variable number of arguments or use keyword-only arguments with defaults", kw.Range);
    }

    public static CompileError Statement(Ast.Stmt s) => s switch
    {
        // a nested function's own unsupported scoping statement is the more specific error (PyTorch
        // reports it when the closure itself is scripted)
        Ast.FunctionDef { Body: var body } when body.FirstOrDefault(b => b is Ast.Global or Ast.Nonlocal) is { } scoping => Statement(scoping),
        Ast.FunctionDef f => new CompileError("function definitions aren't supported inside TorchScript functions", f.Range),
        Ast.ClassDef c => new CompileError("class definitions aren't supported inside TorchScript functions", c.Range),
        Ast.Import or Ast.ImportFrom => new CompileError("import statements aren't supported inside TorchScript functions", s.Range),
        Ast.Global => new CompileError("global variables aren't supported", s.Range),
        Ast.Nonlocal => new CompileError("nonlocal variables aren't supported", s.Range),
        Ast.Try => new CompileError("try blocks aren't supported", s.Range),
        Ast.While { OrElse.Count: > 0 } => new CompileError("else branches of while loops aren't supported", s.Range),
        Ast.For { OrElse.Count: > 0 } => new CompileError("else branches of for loops aren't supported", s.Range),
        Ast.For { IsAsync: true } or Ast.With { IsAsync: true } => new CompileError("async constructs aren't supported", s.Range),
        _ => new CompileError($"{s.GetType().Name} statements aren't supported", s.Range),
    };

    public static CompileError Expression(Ast.Expr e) => e switch
    {
        Ast.Lambda => new CompileError("Lambda aren't supported", e.Range),
        Ast.Yield or Ast.YieldFrom => new CompileError("Yield aren't supported", e.Range),
        Ast.Await => new CompileError("Await aren't supported", e.Range),
        Ast.NamedExpr => new CompileError("NamedExpr aren't supported (the walrus operator :=)", e.Range),
        Ast.SetExpr or Ast.SetComp => new CompileError("Set aren't supported", e.Range),
        Ast.GeneratorExp => new CompileError("generator expressions are only supported as list comprehensions", e.Range),
        Ast.Starred => new CompileError("Starred expressions are only supported in assignment targets", e.Range),
        Ast.EllipsisLiteral => new CompileError("'...' is only supported as a tensor index", e.Range),
        _ => new CompileError($"{e.GetType().Name} expressions aren't supported", e.Range),
    };
}
