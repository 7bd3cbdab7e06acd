using System.Numerics;
using TorchScriptSharp.IR;
using TorchScriptSharp.Runtime;
using TorchScriptSharp.Syntax;
using TorchScriptSharp.Types;
using Ast = TorchScriptSharp.Syntax.Ast;

namespace TorchScriptSharp.Compiler;

public sealed partial class FunctionEmitter
{
    public Value Constant(long v) => IntConst(v);

    /// Emits an expression that must produce a first-class value. <paramref name="typeHint"/> types
    /// empty list/dict literals (`x: List[int] = []`).
    public Value EmitExpr(Ast.Expr e, TorchType? typeHint = null)
    {
        var sv = EmitSugared(e, typeHint);
        return sv.AsValue(this, e.Range);
    }

    public SugaredValue EmitSugared(Ast.Expr e, TorchType? typeHint = null)
    {
        switch (e)
        {
            case Ast.Name n: return LookupName(n);
            case Ast.IntLiteral i:
                if (i.Value > long.MaxValue || i.Value < long.MinValue)
                    throw new CompileError($"integer literal {i.Text} does not fit TorchScript's 64-bit int", e.Range);
                return new SimpleValue(IntConst((long)i.Value, e.Range));
            case Ast.FloatLiteral f: return new SimpleValue(Constant(IValue.FromDouble(f.Value), TorchType.Float, e.Range));
            case Ast.ImaginaryLiteral c: return new SimpleValue(Constant(IValue.FromComplex(new Complex(0, c.Value)), TorchType.Complex, e.Range));
            case Ast.StringLiteral s:
                if (s.IsBytes) throw new CompileError("bytes literals aren't supported", e.Range);
                return new SimpleValue(StrConst(s.Value, e.Range));
            case Ast.BoolLiteral b: return new SimpleValue(BoolConst(b.Value, e.Range));
            case Ast.NoneLiteral: return new SimpleValue(NoneConst(e.Range));
            case Ast.FStringLiteral fs: return new SimpleValue(EmitFString(fs));
            case Ast.Attribute a: return EmitSugared(a.Target).Attr(this, a.Range, a.Name);
            case Ast.Call { Func: Ast.Attribute { Name: "tolist" } tl, Args.Count: 0 } when typeHint is ListType:
                return new SimpleValue(EmitToList(tl, typeHint));
            case Ast.Call { Func: Ast.Name { Id: "dict" or "list" } fn } hinted when typeHint != null && LookupName(fn) is SpecialForm:
                return new SimpleValue(fn.Id == "dict" ? EmitDictCall(hinted.Range, hinted, typeHint)
                    : hinted.Args.Count == 0 ? InsertNode("prim::ListConstruct", Array.Empty<Value>(), hinted.Range, typeHint is ListType ? typeHint : new ListType(TorchType.Tensor)).Output
                    : EmitListCall(hinted.Range, EmitSugared(hinted.Args[0]), typeHint));
            case Ast.Call call: return EmitCall(call);
            case Ast.BinaryOp b: return new SimpleValue(EmitBinary(b));
            case Ast.UnaryOp u: return new SimpleValue(EmitUnary(u));
            case Ast.BoolOp or Ast.Compare { Comparisons.Count: 1 } when IsCondition(e):
                return new SimpleValue(ConditionToBool(EmitCondition(e), e.Range));
            case Ast.Compare c: return new SimpleValue(EmitCompare(c));
            case Ast.Conditional t: return new SimpleValue(EmitTernary(t, typeHint));
            case Ast.Subscript s: return new SimpleValue(EmitSubscript(s));
            case Ast.ListExpr l: return new SimpleValue(EmitListLiteral(l, typeHint));
            case Ast.TupleExpr t: return new SimpleValue(MakeTuple(e.Range, t.Elements.Select(x => EmitExpr(x)).ToList()));
            case Ast.DictExpr d: return new SimpleValue(EmitDictLiteral(d, typeHint));
            case Ast.ListComp lc: return new SimpleValue(EmitListComprehension(lc, typeHint));
            // `sum(x for x in xs)`: PyTorch compiles a generator expression as a list comprehension
            case Ast.GeneratorExp ge: return new SimpleValue(EmitListComprehension(new Ast.ListComp(ge.Range, ge.Element, ge.Generators), typeHint));
            case Ast.DictComp dc: return new SimpleValue(EmitDictComprehension(dc, typeHint));
            default: throw Reject.Expression(e);
        }
    }

    /// `x.tolist()` needs its result type from an annotation (`v: List[float] = x.tolist()`), as in PyTorch.
    Value EmitToList(Ast.Attribute target, TorchType type)
    {
        var tensor = EmitExpr(target.Target);
        if (tensor.Type != TorchType.Tensor) throw new CompileError($"'{tensor.Type.AnnotationStr()}' object has no attribute 'tolist'", target.Range);
        int dims = 0;
        var element = type;
        while (element is ListType l) { dims++; element = l.Element; }
        long code = element == TorchType.Int ? 0 : element == TorchType.Float ? 1 : element == TorchType.Bool ? 2
            : throw new CompileError($"tolist() can only produce lists of int, float or bool, not {type.AnnotationStr()}", target.Range);
        var node = InsertNode("prim::tolist", new[] { tensor, IntConst(dims), IntConst(code) }, target.Range, type);
        return node.Output;
    }

    static bool IsCondition(Ast.Expr e) => e is Ast.BoolOp || e is Ast.Compare { Comparisons: [(Ast.CompareOperator.Is or Ast.CompareOperator.IsNot, _)] };

    SugaredValue LookupName(Ast.Name n)
    {
        var b = _scope.Lookup(n.Id);
        if (b != null) return b.Value;
        var why = _scope.WhyUndefined(n.Id);
        if (why is var (message, where)) throw new CompileError(message, where ?? n.Range);
        return Builtins.Global(this, n.Id) ?? throw new CompileError($"undefined value {n.Id}", n.Range);
    }

    SugaredValue EmitCall(Ast.Call call)
    {
        foreach (var a in call.Args)
            if (a is Ast.Starred) throw new CompileError("Starred expressions in calls aren't supported", a.Range);
        foreach (var k in call.Keywords)
            if (k.Name == null) throw new CompileError("keyword-argument expansion (**kwargs) isn't supported", k.Range);
        var callee = EmitSugared(call.Func);
        return callee.Call(this, call.Range, call);
    }

    /// Evaluates call arguments: positional ones in order, then keywords.
    public List<NamedValue> EmitArguments(Ast.Call call) =>
        call.Args.Select(a => new NamedValue(a.Range, null, EmitExpr(a)))
            .Concat(call.Keywords.Select(k => new NamedValue(k.Range, k.Name, EmitExpr(k.Value)))).ToList();

    // ----- operators -----

    static string BinarySymbol(Ast.BinaryOperator op) => op switch
    {
        Ast.BinaryOperator.Add => "aten::add",
        Ast.BinaryOperator.Sub => "aten::sub",
        Ast.BinaryOperator.Mul => "aten::mul",
        Ast.BinaryOperator.Div => "aten::div",
        Ast.BinaryOperator.FloorDiv => "aten::floordiv",
        Ast.BinaryOperator.Mod => "aten::remainder",
        Ast.BinaryOperator.Pow => "aten::pow",
        Ast.BinaryOperator.MatMul => "aten::matmul",
        Ast.BinaryOperator.BitAnd => "aten::__and__",
        Ast.BinaryOperator.BitOr => "aten::__or__",
        Ast.BinaryOperator.BitXor => "aten::__xor__",
        Ast.BinaryOperator.LShift => "aten::__lshift__",
        Ast.BinaryOperator.RShift => "aten::__rshift__",
        _ => throw new ArgumentOutOfRangeException(nameof(op)),
    };

    Value EmitBinary(Ast.BinaryOp b)
    {
        var left = EmitExpr(b.Left);
        var right = EmitExpr(b.Right);
        return EmitBinaryValues(b.Range, b.Op, left, right, b.Left.Range, b.Right.Range);
    }

    Value EmitBinaryValues(SourceRange range, Ast.BinaryOperator op, Value left, Value right, SourceRange lr, SourceRange rr)
    {
        if (MagicName(op) is { } magic && TryMagicMethod(range, magic, left, new[] { right }, out var viaMethod)) return viaMethod;
        if (op == Ast.BinaryOperator.Add && left.Type is TupleType lt && right.Type is TupleType rt && lt.FieldNames == null && rt.FieldNames == null)
        {
            // tuple concatenation is static: one tuple of both element lists
            var parts = InsertNode("prim::TupleUnpack", new[] { left }, range, lt.Elements.ToArray()).Outputs
                .Concat(InsertNode("prim::TupleUnpack", new[] { right }, range, rt.Elements.ToArray()).Outputs).ToList();
            return MakeTuple(range, parts);
        }
        if (op == Ast.BinaryOperator.Mod && left.Type == TorchType.Str_)
            return EmitBuiltinCall(range, "aten::percentFormat", null, new List<NamedValue> { new(lr, null, left), new(rr, null, right) });
        // number OP tensor: PyTorch's builtin TorchScript functions rewrite these to tensor-first calls
        bool scalarFirst = right.Type == TorchType.Tensor && (left.Type == TorchType.Int || left.Type == TorchType.Float || left.Type == TorchType.Number);
        if (scalarFirst)
        {
            switch (op)
            {
                case Ast.BinaryOperator.Add: return Op(range, "aten::add", right, left);
                case Ast.BinaryOperator.Mul: return Op(range, "aten::mul", right, left);
                case Ast.BinaryOperator.Sub: return Op(range, "aten::add", Op(range, "aten::neg", right), left);
                case Ast.BinaryOperator.Div: return Op(range, "aten::mul", Op(range, "aten::reciprocal", right), left);
            }
        }
        if (op == Ast.BinaryOperator.FloorDiv && left.Type == TorchType.Tensor)
            return Op(range, "aten::floor_divide", left, right);
        return EmitBuiltinCall(range, BinarySymbol(op), null, new List<NamedValue> { new(lr, null, left), new(rr, null, right) });
    }

    Value EmitUnary(Ast.UnaryOp u)
    {
        switch (u.Op)
        {
            case Ast.UnaryOperator.Not:
                return ConditionToBool(EmitCondition(u), u.Range);
            case Ast.UnaryOperator.Neg:
                if (u.Operand is Ast.IntLiteral il)
                {
                    var neg = -il.Value;
                    if (neg < long.MinValue) throw new CompileError("integer literal does not fit TorchScript's 64-bit int", u.Range);
                    return IntConst((long)neg, u.Range);
                }
                if (u.Operand is Ast.FloatLiteral fl) return Constant(IValue.FromDouble(-fl.Value), TorchType.Float, u.Range);
                return Op(u.Range, "aten::neg", EmitExpr(u.Operand));
            case Ast.UnaryOperator.Invert:
                return EmitBuiltinCall(u.Range, "aten::bitwise_not", null, new List<NamedValue> { new(u.Operand.Range, null, EmitExpr(u.Operand)) });
            default:
                throw new CompileError("unary + is not supported in TorchScript", u.Range);
        }
    }

    static string CompareSymbol(Ast.CompareOperator op) => op switch
    {
        Ast.CompareOperator.Eq => "aten::eq",
        Ast.CompareOperator.NotEq => "aten::ne",
        Ast.CompareOperator.Lt => "aten::lt",
        Ast.CompareOperator.LtE => "aten::le",
        Ast.CompareOperator.Gt => "aten::gt",
        Ast.CompareOperator.GtE => "aten::ge",
        Ast.CompareOperator.Is => "aten::__is__",
        Ast.CompareOperator.IsNot => "aten::__isnot__",
        _ => throw new ArgumentOutOfRangeException(nameof(op)),
    };

    /// `a < b < c` is `(a < b) and (b < c)`, evaluating b once.
    Value EmitCompare(Ast.Compare c)
    {
        var left = EmitExpr(c.Left);
        var leftRange = c.Left.Range;
        Value? result = null;
        for (int i = 0; i < c.Comparisons.Count; i++)
        {
            var (op, rightExpr) = c.Comparisons[i];
            var right = EmitExpr(rightExpr);
            var range = leftRange.To(rightExpr.Range);
            Value cmp = EmitComparison(range, op, left, right, leftRange, rightExpr.Range);
            if (result == null) result = cmp;
            else
            {
                var previous = result;
                var node = InsertNode("prim::If", new[] { previous }, c.Range, TorchType.Bool);
                var t = node.AddBlock(); var f = node.AddBlock();
                t.RegisterOutput(cmp);
                cmp.Node.MoveBefore(t.ReturnNode);
                _graph.WithInsertPoint(f.ReturnNode, () => f.RegisterOutput(BoolConst(false)));
                result = node.Output;
            }
            left = right;
            leftRange = rightExpr.Range;
        }
        return result!;
    }

    Value EmitComparison(SourceRange range, Ast.CompareOperator op, Value left, Value right, SourceRange lr, SourceRange rr)
    {
        if (MagicName(op) is { } magic && TryMagicMethod(range, magic, left, new[] { right }, out var viaMethod)) return viaMethod;
        if (op == Ast.CompareOperator.In && TryMagicMethod(range, "__contains__", right, new[] { left }, out var contains)) return contains;
        switch (op)
        {
            case Ast.CompareOperator.In when left.Type == TorchType.Str_ && right.Type == TorchType.Str_:
                // substring test, as PyTorch desugars it: haystack.find(needle) != -1
                var found = Op(range, "aten::find", right, left, IntConst(0), Op(range, "aten::len", right));
                return Op(range, "aten::ne", found, IntConst(-1));
            case Ast.CompareOperator.In:
                return EmitBuiltinCall(range, "aten::__contains__", null, new List<NamedValue> { new(rr, null, right), new(lr, null, left) });
            case Ast.CompareOperator.NotIn:
                return Op(range, "aten::__not__", EmitComparison(range, Ast.CompareOperator.In, left, right, lr, rr));
        }
        if (right.Type == TorchType.Tensor && left.Type != TorchType.Tensor && (left.Type == TorchType.Int || left.Type == TorchType.Float))
        {
            // scalar-first comparisons flip around the tensor (`2 < t` is `t > 2`)
            string flipped = op switch
            {
                Ast.CompareOperator.Lt => "aten::gt", Ast.CompareOperator.LtE => "aten::ge",
                Ast.CompareOperator.Gt => "aten::lt", Ast.CompareOperator.GtE => "aten::le",
                Ast.CompareOperator.Eq => "aten::eq", Ast.CompareOperator.NotEq => "aten::ne", _ => CompareSymbol(op),
            };
            return Op(range, flipped, right, left);
        }
        return EmitBuiltinCall(range, CompareSymbol(op), null, new List<NamedValue> { new(lr, null, left), new(rr, null, right) });
    }

    Value EmitTernary(Ast.Conditional t, TorchType? hint)
    {
        var cond = EmitCondition(t.Test);
        if (cond.Static is bool s)
        {
            Value v = null!;
            WithScope(new Scope(_scope), () => { ApplyRefinements(s ? cond.IfTrue : cond.IfFalse); v = EmitExpr(s ? t.Body : t.OrElse, hint); });
            return v;
        }
        var node = InsertNode("prim::If", new[] { cond.BranchValue! }, t.Range);
        var a = node.AddBlock(); var b = node.AddBlock();
        Value tv = null!, fv = null!;
        _graph.WithInsertPoint(a.ReturnNode, () => WithScope(new Scope(_scope), () => { ApplyRefinements(cond.IfTrue); tv = EmitExpr(t.Body, hint); a.RegisterOutput(tv); }));
        _graph.WithInsertPoint(b.ReturnNode, () => WithScope(new Scope(_scope), () => { ApplyRefinements(cond.IfFalse); fv = EmitExpr(t.OrElse, hint); b.RegisterOutput(fv); }));
        var type = Subtyping.Unify(tv.Type, fv.Type)
            ?? throw new CompileError($"true and false branches of the conditional expression have different types: {tv.Type.AnnotationStr()} and {fv.Type.AnnotationStr()}", t.Range);
        return node.AddOutput(type);
    }

    Value EmitFString(Ast.FStringLiteral fs)
    {
        var format = new System.Text.StringBuilder();
        var args = new List<NamedValue>();
        foreach (var part in fs.Parts)
        {
            switch (part)
            {
                // literal text goes in as-is: aten::format only replaces `{}` (PyTorch does the same)
                case Ast.FStringText text: format.Append(text.Text); break;
                case Ast.FStringField field:
                    if (field.Conversion != null || field.FormatSpec != null)
                        throw new CompileError("f-string conversions and format specifiers aren't supported", field.Range);
                    format.Append("{}");
                    args.Add(new NamedValue(field.Range, null, EmitExpr(field.Value)));
                    break;
            }
        }
        args.Insert(0, new NamedValue(fs.Range, null, StrConst(format.ToString(), fs.Range)));
        return EmitBuiltinCall(fs.Range, "aten::format", null, args);
    }

    public Value EmitExceptionMessage(Ast.Call call)
    {
        if (call.Args.Count == 1)
        {
            var v = EmitExpr(call.Args[0]);
            return v.Type == TorchType.Str_ ? v : Op(call.Range, "aten::str", v);
        }
        // ValueError(a, b) prints like the tuple's str
        var parts = call.Args.Select(a => EmitExpr(a)).ToList();
        return Op(call.Range, "aten::str", MakeTuple(call.Range, parts));
    }
}
