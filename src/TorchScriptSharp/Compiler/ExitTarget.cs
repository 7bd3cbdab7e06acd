using TorchScriptSharp.IR;
using TorchScriptSharp.Types;
using Ast = TorchScriptSharp.Syntax.Ast;

namespace TorchScriptSharp.Compiler;

/// Where control goes when a block ends. Blocks that contain `return`/`break`/`continue` are emitted
/// in continuation style: every path ends by producing the target's terminal values (the function's
/// result, or a loop body's next condition and carried values), so no exit markers or later exit
/// transform are needed.
public abstract class ExitTarget { }

public sealed class FunctionExit : ExitTarget
{
    public FunctionExit(TorchType? declaredReturn) => DeclaredReturn = declaredReturn;
    public TorchType? DeclaredReturn { get; }
}

public sealed class LoopExit : ExitTarget
{
    public LoopExit(IReadOnlyList<string> carried, Ast.Expr? whileTest, ForCounter? counter, bool hasReturn)
    {
        Carried = carried;
        WhileTest = whileTest;
        Counter = counter;
        HasReturn = hasReturn;
    }

    /// Names of the loop-carried variables, in block-parameter order (after the trip count).
    public IReadOnlyList<string> Carried { get; }
    /// The `while` condition, re-evaluated at the end of each iteration; null for for-loops.
    public Ast.Expr? WhileTest { get; }
    /// For-loops containing break/continue/return run as while-loops with an explicit counter.
    public ForCounter? Counter { get; }
    /// A `return` inside the loop: carries a "returned" flag and the value after the carried names.
    public bool HasReturn { get; }
    /// Types of the values returned inside the loop, to type the carried return slot afterwards.
    public List<TorchType> ReturnTypes { get; } = new();
}

/// The hidden counter of a for-loop run as a while-loop: `i = i + 1; cond = i < length`.
public sealed record ForCounter(string Name, Value Length);
