using Ast = TorchScriptSharp.Syntax.Ast;

namespace TorchScriptSharp.Eager;

public sealed partial class Interpreter
{
    internal void Store(string name, object? value, Scope scope) => scope.StoreTarget(name).Vars[name] = value;

    internal void Assign(Ast.Expr target, object? value, Scope scope)
    {
        switch (target)
        {
            case Ast.Name n: Store(n.Id, value, scope); return;
            case Ast.Attribute a:
            {
                var obj = Eval(a.Target, scope);
                scope.Current = a.Range;
                SetAttr(obj, a.Name, value);
                return;
            }
            case Ast.Subscript s:
            {
                var obj = Eval(s.Value, scope);
                var index = EvalIndex(s, scope);
                scope.Current = s.Range;
                PyOps.SetItem(this, obj, index, value);
                return;
            }
            case Ast.TupleExpr t: Unpack(t.Elements, value, scope, t); return;
            case Ast.ListExpr l: Unpack(l.Elements, value, scope, l); return;
        }
        throw new PythonException(BuiltinTypes.SyntaxError, $"cannot assign to {target.GetType().Name}");
    }

    /// `a, *rest, b = value`.
    void Unpack(IReadOnlyList<Ast.Expr> targets, object? value, Scope scope, Ast.Expr node)
    {
        var items = PyOps.Iterate(this, value).ToList();
        int star = -1;
        for (int i = 0; i < targets.Count; i++) if (targets[i] is Ast.Starred) star = i;
        scope.Current = node.Range;
        if (star < 0)
        {
            if (items.Count > targets.Count) throw ValueError($"too many values to unpack (expected {targets.Count})");
            if (items.Count < targets.Count) throw ValueError($"not enough values to unpack (expected {targets.Count}, got {items.Count})");
            for (int i = 0; i < targets.Count; i++) Assign(targets[i], items[i], scope);
            return;
        }
        int after = targets.Count - star - 1;
        if (items.Count < targets.Count - 1)
            throw ValueError($"not enough values to unpack (expected at least {targets.Count - 1}, got {items.Count})");
        for (int i = 0; i < star; i++) Assign(targets[i], items[i], scope);
        Assign(((Ast.Starred)targets[star]).Value, new Serialization.PyList(items.Skip(star).Take(items.Count - star - after)), scope);
        for (int i = 0; i < after; i++) Assign(targets[star + 1 + i], items[items.Count - after + i], scope);
    }

    void Delete(Ast.Expr target, Scope scope)
    {
        switch (target)
        {
            case Ast.Name n:
                if (!scope.StoreTarget(n.Id).Vars.Remove(n.Id)) throw Error(BuiltinTypes.NameError, $"name '{n.Id}' is not defined");
                return;
            case Ast.Attribute a: DelAttr(Eval(a.Target, scope), a.Name); return;
            case Ast.Subscript s:
            {
                var obj = Eval(s.Value, scope);
                PyOps.DelItem(this, obj, EvalIndex(s, scope));
                return;
            }
            case Ast.TupleExpr t: foreach (var e in t.Elements) Delete(e, scope); return;
            case Ast.ListExpr l: foreach (var e in l.Elements) Delete(e, scope); return;
        }
        throw new PythonException(BuiltinTypes.SyntaxError, "cannot delete " + target.GetType().Name);
    }

    /// `x op= v`: the target is evaluated once; in-place operators (list +=, tensor +=, __iadd__) mutate.
    void AugAssign(Ast.AugAssign a, Scope scope)
    {
        switch (a.Target)
        {
            case Ast.Name n:
            {
                var current = Eval(n, scope);
                var rhs = Eval(a.Value, scope);
                scope.Current = a.Range;
                Store(n.Id, PyOps.InPlace(this, a.Op, current, rhs), scope);
                return;
            }
            case Ast.Attribute at:
            {
                var obj = Eval(at.Target, scope);
                var current = GetAttr(obj, at.Name);
                var rhs = Eval(a.Value, scope);
                scope.Current = a.Range;
                SetAttr(obj, at.Name, PyOps.InPlace(this, a.Op, current, rhs));
                return;
            }
            case Ast.Subscript s:
            {
                var obj = Eval(s.Value, scope);
                var index = EvalIndex(s, scope);
                var current = PyOps.GetItem(this, obj, index);
                var rhs = Eval(a.Value, scope);
                scope.Current = a.Range;
                PyOps.SetItem(this, obj, index, PyOps.InPlace(this, a.Op, current, rhs));
                return;
            }
        }
        throw new PythonException(BuiltinTypes.SyntaxError, "illegal expression for augmented assignment");
    }
}
