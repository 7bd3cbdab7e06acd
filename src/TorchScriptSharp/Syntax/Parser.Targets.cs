using TorchScriptSharp.Syntax.Ast;

namespace TorchScriptSharp.Syntax;

/// Checks that the left side of assignments, for-loops, `with ... as`, comprehensions and `del`
/// is something that can be bound, with CPython's wording.
public sealed partial class Parser
{
    void CheckAssignTarget(Expr target)
    {
        switch (target)
        {
            case Name or Ast.Attribute or Subscript: return;
            case Starred s: CheckAssignTarget(s.Value); return;
            case TupleExpr t: foreach (var e in t.Elements) CheckAssignTarget(e); return;
            case ListExpr l: foreach (var e in l.Elements) CheckAssignTarget(e); return;
            default: throw Error($"cannot assign to {Describe(target)}", target.Range);
        }
    }

    void CheckDeleteTarget(Expr target)
    {
        switch (target)
        {
            case Name or Ast.Attribute or Subscript: return;
            case TupleExpr t: foreach (var e in t.Elements) CheckDeleteTarget(e); return;
            case ListExpr l: foreach (var e in l.Elements) CheckDeleteTarget(e); return;
            default: throw Error($"cannot delete {Describe(target)}", target.Range);
        }
    }

    void CheckAugmentedTarget(Expr target)
    {
        if (target is Name or Ast.Attribute or Subscript) return;
        string what = target switch
        {
            TupleExpr => "tuple",
            ListExpr => "list",
            Starred => "starred",
            _ => Describe(target),
        };
        throw Error($"'{what}' is an illegal expression for augmented assignment", target.Range);
    }

    void CheckAnnotationTarget(Expr target)
    {
        switch (target)
        {
            case Name or Ast.Attribute or Subscript: return;
            case TupleExpr: throw Error("only single target (not tuple) can be annotated", target.Range);
            case ListExpr: throw Error("only single target (not list) can be annotated", target.Range);
            default: throw Error("illegal target for annotation", target.Range);
        }
    }

    static string Describe(Expr e) => e switch
    {
        Call => "function call",
        NoneLiteral => "None",
        BoolLiteral b => b.Value ? "True" : "False",
        EllipsisLiteral => "ellipsis",
        IntLiteral or FloatLiteral or ImaginaryLiteral or StringLiteral => "literal",
        FStringLiteral => "f-string expression",
        Compare => "comparison",
        Conditional => "conditional expression",
        Lambda => "lambda",
        NamedExpr => "named expression",
        ListComp => "list comprehension",
        SetComp => "set comprehension",
        DictComp => "dict comprehension",
        GeneratorExp => "generator expression",
        DictExpr => "dict literal",
        SetExpr => "set display",
        Yield or YieldFrom => "yield expression",
        Await => "await expression",
        Starred => "starred",
        _ => "expression",
    };
}
