using System.Numerics;
using TorchScriptSharp.Runtime;
using TorchScriptSharp.Syntax;
using TorchScriptSharp.Types;
using Ast = TorchScriptSharp.Syntax.Ast;

namespace TorchScriptSharp.Compiler;

/// Evaluates parameter defaults. Python evaluates them when the `def` runs; TorchScript stores the
/// resulting constant in the schema, so only constant expressions are accepted.
public static class DefaultValues
{
    public static IValue Evaluate(Ast.Expr e, TorchType type)
    {
        var v = Eval(e);
        if (type == TorchType.Float && v.IsInt) return IValue.FromDouble(v.ToInt());
        if (type is ListType { Element: var el } && el == TorchType.Float && v.IsList)
            return IValue.FromList(new ScriptList(TorchType.Float, v.ToList().Items.Select(x => IValue.FromDouble(x.ToDouble())).ToList()));
        return v;
    }

    static IValue Eval(Ast.Expr e)
    {
        switch (e)
        {
            case Ast.NoneLiteral: return IValue.None;
            case Ast.BoolLiteral b: return IValue.FromBool(b.Value);
            case Ast.IntLiteral i:
                if (i.Value > long.MaxValue || i.Value < long.MinValue) throw new CompileError("integer literal is too large for TorchScript's 64-bit int", e.Range);
                return IValue.FromInt((long)i.Value);
            case Ast.FloatLiteral f: return IValue.FromDouble(f.Value);
            case Ast.StringLiteral s: return IValue.FromString(s.Value);
            case Ast.UnaryOp { Op: Ast.UnaryOperator.Neg } u:
                var inner = Eval(u.Operand);
                if (inner.IsInt) return IValue.FromInt(-inner.ToInt());
                if (inner.IsDouble) return IValue.FromDouble(-inner.ToDouble());
                break;
            case Ast.TupleExpr t:
                var items = t.Elements.Select(Eval).ToArray();
                return IValue.FromTuple(new ScriptTuple(items));
            case Ast.ListExpr l:
                var values = l.Elements.Select(Eval).ToList();
                var elType = values.Count == 0 ? TorchType.Tensor : values[0].IsInt ? TorchType.Int : values[0].IsDouble ? TorchType.Float : values[0].IsBool ? TorchType.Bool : TorchType.Str_;
                return IValue.FromList(new ScriptList(elType, values));
        }
        throw new CompileError("default arguments must be constants (numbers, strings, None, or lists/tuples of them)", e.Range);
    }
}
