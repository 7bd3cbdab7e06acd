using System.Text;
using TorchScriptSharp.Serialization;
using Ast = TorchScriptSharp.Syntax.Ast;

namespace TorchScriptSharp.Eager;

public sealed partial class Interpreter
{
    internal object? Eval(Ast.Expr expr, Scope scope)
    {
        switch (expr)
        {
            case Ast.Name n: return Load(n, scope);
            case Ast.IntLiteral i:
                if (i.Value < long.MinValue || i.Value > long.MaxValue)
                    throw Error(BuiltinTypes.OverflowError, $"integer literal {i.Text} does not fit in 64 bits");
                return (long)i.Value;
            case Ast.FloatLiteral f: return f.Value;
            case Ast.ImaginaryLiteral im: return new System.Numerics.Complex(0, im.Value);
            case Ast.StringLiteral s: return s.Value;
            case Ast.BoolLiteral b: return b.Value;
            case Ast.NoneLiteral: return null;
            case Ast.EllipsisLiteral: return PyEllipsis.Instance;
            case Ast.FStringLiteral f: return FString(f.Parts, scope);
            case Ast.Attribute a:
            {
                var target = Eval(a.Target, scope);
                scope.Current = a.Range;
                return GetAttr(target, a.Name);
            }
            case Ast.Call c: return EvalCall(c, scope);
            case Ast.Subscript s:
            {
                var target = Eval(s.Value, scope);
                var index = EvalIndex(s, scope);
                scope.Current = s.Range;
                return PyOps.GetItem(this, target, index);
            }
            case Ast.BinaryOp b:
            {
                var left = Eval(b.Left, scope);
                var right = Eval(b.Right, scope);
                scope.Current = b.Range;
                return PyOps.Binary(this, b.Op, left, right);
            }
            case Ast.BoolOp b:
            {
                object? value = null;
                foreach (var v in b.Values)
                {
                    value = Eval(v, scope);
                    if (PyOps.Truthy(this, value) != b.IsAnd) return value;
                }
                return value;
            }
            case Ast.UnaryOp u:
            {
                var operand = Eval(u.Operand, scope);
                scope.Current = u.Range;
                return PyOps.Unary(this, u.Op, operand);
            }
            case Ast.Compare c: return EvalCompare(c, scope);
            case Ast.Conditional c: return Eval(PyOps.Truthy(this, Eval(c.Test, scope)) ? c.Body : c.OrElse, scope);
            case Ast.ListExpr l: return new PyList(EvalElements(l.Elements, scope));
            case Ast.TupleExpr t: return new PyTuple(EvalElements(t.Elements, scope));
            case Ast.SetExpr s: return new PySet(EvalElements(s.Elements, scope));
            case Ast.DictExpr d:
            {
                var dict = new PyDict();
                foreach (var (k, v) in d.Items)
                {
                    if (k == null) { foreach (var (kk, vv) in PyOps.MappingItems(this, Eval(v, scope))) dict[kk] = vv; }
                    else { var key = Eval(k, scope); dict[PyOps.CheckHashable(key)] = Eval(v, scope); }
                }
                return dict;
            }
            case Ast.ListComp lc: return new PyList(Comprehend(lc.Generators, scope, s => Eval(lc.Element, s)));
            case Ast.SetComp sc: return new PySet(Comprehend(sc.Generators, scope, s => Eval(sc.Element, s)));
            case Ast.GeneratorExp g: return new PyIterator(Comprehend(g.Generators, scope, s => Eval(g.Element, s)), "generator");
            case Ast.DictComp dc:
            {
                var dict = new PyDict();
                foreach (var pair in Comprehend(dc.Generators, scope, s => new PyTuple(Eval(dc.Key, s), Eval(dc.Value, s))))
                {
                    var t = (PyTuple)pair!;
                    dict[PyOps.CheckHashable(t[0])] = t[1];
                }
                return dict;
            }
            case Ast.Lambda l: return MakeFunction("<lambda>", l.Parameters, l, null, scope);
            case Ast.NamedExpr ne:
            {
                var v = Eval(ne.Value, scope);
                var target = scope;
                while (target.ScopeKind == Scope.Kind.Comprehension) target = target.Parent!;
                Store(ne.Target.Id, v, target);
                return v;
            }
            case Ast.SliceExpr sl:
                return new PySlice(sl.Lower == null ? null : Eval(sl.Lower, scope), sl.Upper == null ? null : Eval(sl.Upper, scope),
                    sl.Step == null ? null : Eval(sl.Step, scope));
            case Ast.Starred: throw new PythonException(BuiltinTypes.SyntaxError, "can't use starred expression here");
            case Ast.Yield or Ast.YieldFrom: throw Unsupported("yield (generator functions)");
            case Ast.Await: throw Unsupported("await");
        }
        throw Unsupported(expr.GetType().Name + " expressions");
    }

    object? Load(Ast.Name n, Scope scope)
    {
        if (scope.TryLoad(n.Id, out var value, out bool unbound)) return value;
        scope.Current = n.Range;
        if (unbound) throw Error(BuiltinTypes.UnboundLocalError, $"cannot access local variable '{n.Id}' where it is not associated with a value");
        throw Error(BuiltinTypes.NameError, $"name '{n.Id}' is not defined");
    }

    /// The index of a subscript: one value, or a tuple for `x[i, j]`.
    internal object? EvalIndex(Ast.Subscript s, Scope scope)
    {
        if (s.Indices.Count == 1 && s.Indices[0] is not Ast.Starred) return Eval(s.Indices[0], scope);
        return new PyTuple(EvalElements(s.Indices, scope));
    }

    List<object?> EvalElements(IReadOnlyList<Ast.Expr> elements, Scope scope)
    {
        var items = new List<object?>(elements.Count);
        foreach (var e in elements)
        {
            if (e is Ast.Starred st) items.AddRange(PyOps.Iterate(this, Eval(st.Value, scope)));
            else items.Add(Eval(e, scope));
        }
        return items;
    }

    object? EvalCompare(Ast.Compare c, Scope scope)
    {
        var left = Eval(c.Left, scope);
        object? result = true;
        for (int i = 0; i < c.Comparisons.Count; i++)
        {
            var (op, rightExpr) = c.Comparisons[i];
            var right = Eval(rightExpr, scope);
            scope.Current = c.Range;
            result = PyOps.Compare(this, op, left, right);
            // Only a chain (a < b < c) needs the truth of an intermediate result; a single tensor
            // comparison must come back as the tensor.
            if (i + 1 < c.Comparisons.Count && !PyOps.Truthy(this, result)) return result;
            left = right;
        }
        return result;
    }

    /// Runs the `for ... in ... if ...` clauses lazily in a scope of their own (comprehension variables
    /// do not leak, as in Python 3). The first iterable is evaluated in the enclosing scope.
    IEnumerable<object?> Comprehend(IReadOnlyList<Ast.Comprehension> generators, Scope outer, Func<Scope, object?> element)
    {
        var first = PyOps.Iterate(this, Eval(generators[0].Iter, outer));
        var scope = outer.Comprehension();
        return Level(0, first);

        IEnumerable<object?> Level(int i, IEnumerable<object?> source)
        {
            var g = generators[i];
            foreach (var item in source)
            {
                Step(scope);
                bool keep = true;
                object? value = null;
                var caller = EnterFrame(scope); // a comprehension runs in a frame of its own, as in CPython
                try
                {
                    Assign(g.Target, item, scope);
                    foreach (var cond in g.Ifs)
                        if (!PyOps.Truthy(this, Eval(cond, scope))) { keep = false; break; }
                    if (keep && i + 1 == generators.Count) value = element(scope);
                }
                finally { ExitFrame(caller); }
                if (!keep) continue;
                if (i + 1 == generators.Count) yield return value;
                else foreach (var x in Level(i + 1, PyOps.Iterate(this, Eval(generators[i + 1].Iter, scope)))) yield return x;
            }
        }
    }

    string FString(IReadOnlyList<Ast.FStringPart> parts, Scope scope)
    {
        var sb = new StringBuilder();
        foreach (var part in parts)
        {
            if (part is Ast.FStringText t) { sb.Append(t.Text); continue; }
            var f = (Ast.FStringField)part;
            var value = Eval(f.Value, scope);
            scope.Current = f.Range;
            if (f.Conversion == 'r' || f.Conversion == 'a') value = PyText.Repr(this, value);
            else if (f.Conversion == 's') value = PyText.Str(this, value);
            var spec = f.FormatSpecParts != null ? FString(f.FormatSpecParts, scope) : f.FormatSpec ?? "";
            sb.Append(PyFormat.Format(this, value, spec));
        }
        return sb.ToString();
    }
}
