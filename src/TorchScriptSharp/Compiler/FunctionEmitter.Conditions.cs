using TorchScriptSharp.IR;
using TorchScriptSharp.Runtime;
using TorchScriptSharp.Syntax;
using TorchScriptSharp.Types;
using Ast = TorchScriptSharp.Syntax.Ast;

namespace TorchScriptSharp.Compiler;

/// Narrowing of a variable's type on one side of a condition (`x is not None` makes x non-Optional).
public sealed record Refinement(string Name, TorchType Type);

/// A condition: its bool value (null when static), what it proves on each side, and its static
/// outcome when the types decide it (`x is None` with x: int), in which case only one branch is emitted.
public sealed record CondValue(Value? Value, IReadOnlyList<Refinement> IfTrue, IReadOnlyList<Refinement> IfFalse, bool? Static)
{
    /// What an `if` may branch on instead of <see cref="Value"/>: for `a and True` / `a or False`
    /// (a module constant, say) PyTorch's if-statements, conditional expressions and short-circuits branch on `a` itself,
    /// while `not`, `while` and expressions still read the short-circuit's result.
    public Value? BranchOn { get; init; }
    public Value? BranchValue => BranchOn ?? Value;
}

public sealed partial class FunctionEmitter
{
    static readonly IReadOnlyList<Refinement> NoRefinements = Array.Empty<Refinement>();

    CondValue EmitCondition(Ast.Expr e)
    {
        switch (e)
        {
            case Ast.UnaryOp { Op: Ast.UnaryOperator.Not } not:
            {
                var inner = EmitCondition(not.Operand);
                if (inner.Static is bool s) return new CondValue(null, inner.IfFalse, inner.IfTrue, !s);
                var v = Op(not.Range, "aten::__not__", inner.Value!);
                return new CondValue(v, inner.IfFalse, inner.IfTrue, null);
            }
            case Ast.BoolOp b:
                return EmitShortCircuit(b, 0);
            case Ast.Compare { Comparisons.Count: 1 } c when c.Comparisons[0].Op is Ast.CompareOperator.Is or Ast.CompareOperator.IsNot:
                return EmitIsCondition(c);
            case Ast.BoolLiteral lit:
                return new CondValue(null, NoRefinements, NoRefinements, lit.Value);
            case Ast.Call { Func: var f } call when TypeAnnotations.DottedName(f) is "isinstance" or "torch.jit.isinstance" && call.Args.Count == 2:
                return Builtins.IsInstanceCondition(this, call);
            case Ast.Call { Func: var f } when TypeAnnotations.DottedName(f) is "torch.jit.is_scripting":
                return new CondValue(null, NoRefinements, NoRefinements, true);
            // scripted code never sees __torch_function__ overrides: PyTorch compiles these to False
            case Ast.Call { Func: var f } when TypeAnnotations.DottedName(f) is "torch.overrides.has_torch_function"
                    or "torch.overrides.has_torch_function_unary" or "torch.overrides.has_torch_function_variadic":
                return new CondValue(null, NoRefinements, NoRefinements, false);
        }
        var value = ToBool(EmitExpr(e), e.Range);
        // a constant bool (a module constant, say) decides the branch at compile time, like a literal
        bool? known = value.Constant is { IsBool: true } constant ? constant.ToBool() : null;
        return new CondValue(known == null ? value : null, NoRefinements, NoRefinements, known);
    }

    /// The bool a condition value stands for: tensors through `bool()`, numbers and containers by truthiness.
    Value ToBool(Value value, SourceRange range)
    {
        if (value.Type == TorchType.Bool) return value;
        if (value.Type is ClassType)
        {
            if (TryMagic(range, "__bool__", value, out var b)) return b;
            if (TryMagic(range, "__len__", value, out var n)) return Op(range, "aten::gt", n, IntConst(0));
        }
        if (value.Type == TorchType.Tensor || value.Type == TorchType.Int || value.Type == TorchType.Float)
            return Op(range, "aten::Bool", value);
        if (value.Type is ListType or DictType || value.Type == TorchType.Str_)
            return Op(range, "aten::gt", Op(range, "aten::len", value), IntConst(0));
        if (value.Type is OptionalType || value.Type == TorchType.None)
            return Op(range, "aten::__isnot__", value, NoneConst(range));
        throw new CompileError($"Could not cast value of type {value.Type.AnnotationStr()} to bool", range);
    }

    public Value Truthiness(Value value, SourceRange range) => ToBool(value, range);

    Value ConditionToBool(CondValue c, SourceRange range) => c.Value ?? BoolConst(c.Static!.Value, range);

    CondValue EmitIsCondition(Ast.Compare c)
    {
        var (op, rightExpr) = c.Comparisons[0];
        bool isNot = op == Ast.CompareOperator.IsNot;
        var left = EmitExpr(c.Left);
        var right = EmitExpr(rightExpr);
        // which side is None, and which variable could be refined
        Ast.Expr otherExpr = right.Type == TorchType.None ? c.Left : rightExpr;
        Value other = right.Type == TorchType.None ? left : right;
        bool comparesToNone = right.Type == TorchType.None || left.Type == TorchType.None;
        if (comparesToNone)
        {
            bool? isNone = other.Type == TorchType.None ? true
                : other.Type is OptionalType || other.Type == TorchType.Any || (other.Type is UnionType u && u.Members.Contains(TorchType.None)) ? null
                : false;
            var refinedWhenNotNone = new List<Refinement>();
            if (otherExpr is Ast.Name n && isNone == null)
            {
                if (other.Type is OptionalType opt) refinedWhenNotNone.Add(new Refinement(n.Id, opt.Element));
                else if (other.Type is UnionType ut) refinedWhenNotNone.Add(new Refinement(n.Id, UnionType.Of(ut.Members.Where(m => m != TorchType.None))));
            }
            IReadOnlyList<Refinement> ifTrue = isNot ? refinedWhenNotNone : NoRefinements;
            IReadOnlyList<Refinement> ifFalse = isNot ? NoRefinements : refinedWhenNotNone;
            if (isNone is bool known)
                return new CondValue(null, ifTrue, ifFalse, isNot ? !known : known);
            var v = Op(c.Range, isNot ? "aten::__isnot__" : "aten::__is__", left, right);
            return new CondValue(v, ifTrue, ifFalse, null);
        }
        var value = Op(c.Range, isNot ? "aten::__isnot__" : "aten::__is__", left, right);
        return new CondValue(value, NoRefinements, NoRefinements, null);
    }

    /// `a and b` is `if a: b else: False`; `a or b` is `if a: True else: b`. Refinements proven by `a`
    /// hold while evaluating `b`.
    CondValue EmitShortCircuit(Ast.BoolOp b, int from)
    {
        var first = EmitCondition(b.Values[from]);
        if (from == b.Values.Count - 1) return first;
        bool isAnd = b.IsAnd;
        if (first.Static is bool s)
        {
            if (isAnd != s)
            {
                CompileUnusedRest(b, from, first);
                return first;
            }
            CondValue restStatic = null!;
            WithScope(new Scope(_scope), () => { ApplyRefinements(isAnd ? first.IfTrue : first.IfFalse); restStatic = EmitShortCircuit(b, from + 1); });
            return isAnd
                ? restStatic with { IfTrue = first.IfTrue.Concat(restStatic.IfTrue).ToList() }
                : restStatic with { IfFalse = first.IfFalse.Concat(restStatic.IfFalse).ToList() };
        }
        var node = InsertNode("prim::If", new[] { first.BranchValue! }, b.Range, TorchType.Bool);
        CondValue rest = null!;
        var thenBlock = node.AddBlock();
        var elseBlock = node.AddBlock();
        var evaluateRest = isAnd ? thenBlock : elseBlock;
        var shortCut = isAnd ? elseBlock : thenBlock;
        var restScope = new Scope(_scope);
        _graph.WithInsertPoint(evaluateRest.ReturnNode, () => WithScope(restScope, () =>
        {
            ApplyRefinements(isAnd ? first.IfTrue : first.IfFalse);
            rest = EmitShortCircuit(b, from + 1);
            evaluateRest.RegisterOutput(ConditionToBool(rest, b.Range));
        }));
        _graph.WithInsertPoint(shortCut.ReturnNode, () => shortCut.RegisterOutput(BoolConst(!isAnd)));
        // refined names leave the If as outputs too (PyTorch stores refinements like assignments);
        // unused ones are removed again by dead-code elimination
        var branchScopes = isAnd ? (restScope, new Scope(_scope)) : (new Scope(_scope), restScope);
        MergeBranches(node, branchScopes.Item1, branchScopes.Item2, b.Range);
        // and: both true => both refinements; false => nothing certain (and vice versa for or)
        var result = isAnd
            ? new CondValue(node.Outputs[0], first.IfTrue.Concat(rest.IfTrue).ToList(), NoRefinements, null)
            : new CondValue(node.Outputs[0], NoRefinements, first.IfFalse.Concat(rest.IfFalse).ToList(), null);
        return rest.Static == isAnd ? result with { BranchOn = first.BranchValue } : result;
    }

    /// `<static True> or b` / `<static False> and b`: the result is known, but PyTorch still compiles `b`
    /// (emitShortCircuitLogical emits both arms of its if-expression; constant propagation removes the
    /// dead one later), so an error there is an error: `self.mask is None or self.mask.size(0) != n`
    /// with a None attribute does not script. `b` is emitted into a scratch block that is then dropped.
    void CompileUnusedRest(Ast.BoolOp b, int from, CondValue first)
    {
        var scratch = InsertNode("prim::If", Array.Empty<Value>(), b.Range, TorchType.Bool);
        var block = scratch.AddBlock();
        _graph.WithInsertPoint(block.ReturnNode, () => WithScope(new Scope(_scope), () =>
        {
            ApplyRefinements(b.IsAnd ? first.IfTrue : first.IfFalse);
            EmitShortCircuit(b, from + 1);
        }));
        scratch.Outputs[0].Uses.Clear();
        scratch.Destroy();
    }

    /// Rebinds refined variables to `prim::unchecked_cast` values of the narrower type.
    void ApplyRefinements(IReadOnlyList<Refinement> refinements)
    {
        foreach (var r in refinements)
        {
            var b = _scope.Lookup(r.Name);
            if (b?.Value is not SimpleValue sv) continue;
            var cast = InsertNode("prim::unchecked_cast", new[] { sv.Value }, null, r.Type).Output;
            cast.SetDebugName(r.Name);
            _scope.Set(r.Name, new Binding(new SimpleValue(cast), r.Type, IsRefinement: true, Fixed: b.Fixed));
        }
    }
}
