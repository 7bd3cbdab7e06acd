using TorchScriptSharp.IR;
using TorchScriptSharp.Runtime;
using TorchScriptSharp.Syntax;
using TorchScriptSharp.Types;
using Ast = TorchScriptSharp.Syntax.Ast;

namespace TorchScriptSharp.Compiler;

public sealed partial class FunctionEmitter
{
    /// Emits statements[start..]. Returns true when every path through them ended by exiting
    /// (return/break/continue), i.e. the current block's terminal values have been registered.
    bool EmitBlock(IReadOnlyList<Ast.Stmt> stmts, int start)
    {
        for (int i = start; i < stmts.Count; i++)
        {
            var s = stmts[i];
            switch (s)
            {
                case Ast.Return r:
                {
                    // the declared return type types `return []` and `return x.tolist()`
                    var returned = r.Value == null ? NoneConst(r.Range) : EmitExpr(r.Value, _functionExit.DeclaredReturn);
                    // `return ignored_fn()` always raises: PyTorch's exit transform ends the block at the
                    // raise, so the function's result on this path is a placeholder, as after `raise`
                    if (_raisedIn == _graph.InsertBlock) TerminateThrow();
                    else TerminateReturn(returned, r.Range);
                    return true;
                }
                case Ast.Break b:
                    if (_exit is not LoopExit) throw new CompileError("'break' outside loop", b.Range);
                    TerminateLoop(b.Range, isBreak: true);
                    return true;
                case Ast.Continue c:
                    if (_exit is not LoopExit) throw new CompileError("'continue' not properly in loop", c.Range);
                    TerminateLoop(c.Range, isBreak: false);
                    return true;
                case Ast.Raise or Ast.Assert { Test: Ast.BoolLiteral { Value: false } }:
                    EmitStatement(s);
                    TerminateThrow();
                    return true;
                case Ast.With w when _exit is FunctionExit && w.Body.Count > 0 && w.Body[^1] is Ast.Return ret
                                     && !w.Body.Take(w.Body.Count - 1).Any(x => ExitFinder.Exits(x, false)):
                    return EmitWith(w, ret);
                case Ast.If ifs when ExitFinder.Exits(ifs, _exit is LoopExit):
                    EmitIfWithExit(ifs, stmts, i + 1);
                    return true;
                case Ast.While or Ast.For when ExitFinder.ContainsReturn(s):
                    EmitLoopThatMayReturn(s, stmts, i + 1);
                    return true;
                default:
                    EmitStatement(s);
                    break;
            }
        }
        return false;
    }

    void EmitStatement(Ast.Stmt s)
    {
        switch (s)
        {
            case Ast.For { OrElse.Count: > 0 } or Ast.While { OrElse.Count: > 0 } or Ast.For { IsAsync: true }:
                throw Reject.Statement(s);
            case Ast.ExprStmt es:
                if (es.Value is Ast.StringLiteral) return; // a bare string is a comment
                EmitSugared(es.Value);
                break;
            case Ast.Assign a: EmitAssign(a); break;
            case Ast.AnnAssign aa: EmitAnnAssign(aa); break;
            case Ast.AugAssign au: EmitAugAssign(au); break;
            case Ast.If i: EmitIf(i); break;
            case Ast.While w: EmitWhile(w, null); break;
            case Ast.For f: EmitFor(f, null); break;
            case Ast.Pass: break;
            case Ast.Raise r: EmitRaise(r); break;
            case Ast.Assert a: EmitAssert(a); break;
            case Ast.Delete d: EmitDelete(d); break;
            case Ast.With w: EmitWith(w); break;
            default: throw Reject.Statement(s);
        }
    }

    // ----- assignment -----

    void EmitAssign(Ast.Assign a)
    {
        if (a.Targets.Count == 1 && a.Targets[0] is Ast.Name single)
        {
            var sv = EmitSugared(a.Value);
            if (sv is SimpleValue simple) AssignName(single.Id, simple.Value, null, single.Range);
            else _scope.Set(single.Id, new Binding(sv, null));
            return;
        }
        var value = EmitExpr(a.Value);
        if (a.Targets.Count > 1) _chainedValues.Add(value); // `a = b = v`: PyTorch leaves v unnamed
        foreach (var target in a.Targets) AssignTarget(target, value, a.Value.Range);
    }

    void EmitAnnAssign(Ast.AnnAssign aa)
    {
        if (aa.Value == null) throw new CompileError("annotated declarations need a value in TorchScript", aa.Range);
        if (TypeAnnotations.DottedName(aa.Annotation is Ast.Subscript fs ? fs.Value : aa.Annotation) is "Final" or "typing.Final" or "torch.jit.Final")
            throw new CompileError("Final can only be used on class attributes, not on local variables", aa.Annotation.Range);
        var type = TypeAnnotations.Resolve(aa.Annotation, _unit);
        if (aa.Target is Ast.Attribute attr)
        {
            if (!_isInit) throw new CompileError("Type annotations on instance attributes must be declared in __init__", aa.Range);
            // PyTorch 1.13 types the attribute by the assigned value even when annotated
            // (`self.x: Optional[int] = None` declares NoneType); kept for fidelity
            EmitSetAttr(attr, EmitExpr(aa.Value, type), null);
            return;
        }
        if (aa.Target is not Ast.Name name) throw new CompileError("only variables can be annotated", aa.Target.Range);
        var value = EmitExpr(aa.Value, type);
        var converted = Conversions.TryConvert(this, value, type, allowConversions: false, aa.Value.Range);
        if (converted == null || !converted.Type.IsSubtypeOf(type))
            throw new CompileError($"Variable '{name.Id}' is annotated with type {type.AnnotationStr()} but is being assigned to a value of type {value.Type.AnnotationStr()}", aa.Range);
        AssignName(name.Id, converted, type, name.Range);
    }

    /// Binds a value to a name, checking it against the type the name has in enclosing frames.
    void AssignName(string name, Value value, TorchType? declared, SourceRange range)
    {
        var existing = _scope.Lookup(name);
        TorchType? keepType = declared;
        bool isFixed = false;
        bool ownInFrame = _scope.OwnsInFrame(name);
        bool inherited = existing != null && (existing.Fixed || !ownInFrame || existing.IsRefinement);
        if (existing is { Value: SimpleValue } && inherited)
        {
            // a module is no first-class value in PyTorch (a sugared value), so a name bound to one in an
            // enclosing frame (a loop over a ModuleList before a comprehension) cannot be rebound
            if (value.Type is ClassType { IsModule: true })
                throw new CompileError($"Cannot re-assign '{name}' to a value of type module because {name} is not a first-class value.  Only reassignments to first-class values are allowed", range);
            if (((SimpleValue)existing.Value).Value.Type is ClassType { IsModule: true } && !existing.IsRefinement)
                throw new CompileError($"Cannot re-assign '{name}' because it has type {value.Type.AnnotationStr()} and {name} is not a first-class value.  Only reassignments to first-class values are allowed", range);
            var outerType = existing.Type ?? ((SimpleValue)existing.Value).Value.Type;
            if (existing.IsRefinement) outerType = OuterType(name) ?? outerType;
            if (!value.Type.IsSubtypeOf(outerType))
                throw new CompileError($"Variable '{name}' previously had type {outerType.AnnotationStr()} but is now being assigned to a value of type {value.Type.AnnotationStr()}", range);
            keepType = outerType;
            isFixed = existing.Fixed || !ownInFrame;
        }
        // PyTorch emits an unannotated `[]` as a placeholder (EmptyListLiteral) that a later step replaces
        // with a fresh, unnamed list: `res = []` prints as `_0 = annotate(List[Tensor], [])`
        if (!_emptyListLiterals.Remove(value)) NameValue(value, name); // once bound, `[]` is a List[Tensor] like any other
        _scope.Set(name, new Binding(new SimpleValue(value), keepType ?? value.Type, Fixed: isFixed));
    }

    /// The type a refined variable had before refinement (refinements don't change what may be assigned).
    TorchType? OuterType(string name)
    {
        for (var s = _scope; s != null; s = s.Parent)
            if (s.Own.TryGetValue(name, out var b) && !b.IsRefinement) return b.Type;
        return null;
    }

    /// Gives a value the variable's name, if it was created in the current block and has no name yet
    /// (PyTorch's rule; it is what `.code` uses for statement names). Values in _chainedValues stay
    /// unnamed: in PyTorch the name went to an intermediate value that is gone.
    readonly HashSet<Value> _chainedValues = new();

    void NameValue(Value value, string name)
    {
        if (value.HasDebugName || IsConstantNode(value) || _chainedValues.Contains(value)) return;
        if (name.StartsWith('$') || (name.StartsWith('_') && name.Skip(1).All(char.IsDigit))) return;
        if (value.Node.Owner != _graph.InsertBlock) return;
        value.SetDebugName(name);
    }

    void AssignTarget(Ast.Expr target, Value value, SourceRange valueRange)
    {
        switch (target)
        {
            case Ast.Name n: AssignName(n.Id, value, null, n.Range); break;
            case Ast.TupleExpr or Ast.ListExpr:
                var elements = target is Ast.TupleExpr t ? t.Elements : ((Ast.ListExpr)target).Elements;
                AssignUnpacked(elements, value, target.Range);
                break;
            case Ast.Subscript sub: EmitSubscriptAssign(sub, value); break;
            case Ast.Attribute attr: EmitSetAttr(attr, value, null); break;
            case Ast.Starred st: throw new CompileError("starred assignment target must be in a list or tuple", st.Range);
            default: throw new CompileError($"unsupported assignment target: {SourceText(target.Range)}", target.Range);
        }
    }

    void AssignUnpacked(IReadOnlyList<Ast.Expr> targets, Value value, SourceRange range)
    {
        int starred = -1;
        for (int i = 0; i < targets.Count; i++)
            if (targets[i] is Ast.Starred)
            {
                if (starred >= 0) throw new CompileError("multiple starred expressions in assignment", targets[i].Range);
                starred = i;
            }
        var parts = Unpack(value, starred < 0 ? targets.Count : targets.Count - 1, starred, range);
        for (int i = 0; i < targets.Count; i++)
        {
            var t = targets[i] is Ast.Starred s ? s.Value : targets[i];
            AssignTarget(t, parts[i], range);
        }
    }

    /// Splits a tuple (statically) or list (checked at run time) into exactly <paramref name="count"/> values.
    List<Value> Unpack(Value value, int count, int starredAt, SourceRange range)
    {
        if (value.Type is TupleType tt)
        {
            int n = tt.Elements.Count;
            if (starredAt < 0 ? n != count : n < count)
                throw new CompileError($"{(n < count ? "not enough" : "too many")} values to unpack: need {count} but found {n}", range);
            var node = InsertNode("prim::TupleUnpack", new[] { value }, range, tt.Elements.ToArray());
            var outs = node.Outputs.ToList();
            if (starredAt < 0) return outs;
            int rest = n - count;
            var packed = InsertNode("prim::TupleConstruct", outs.Skip(starredAt).Take(rest), range,
                new TupleType(tt.Elements.Skip(starredAt).Take(rest).ToList())).Output;
            return outs.Take(starredAt).Append(packed).Concat(outs.Skip(starredAt + rest)).ToList();
        }
        if (value.Type is ListType lt)
        {
            if (starredAt >= 0) throw new CompileError("starred unpacking of lists is not supported", range);
            var node = InsertNode("prim::ListUnpack", new[] { value }, range, Enumerable.Repeat(lt.Element, count).ToArray());
            return node.Outputs.ToList();
        }
        if (value.Type == TorchType.Tensor)
        {
            var node = _graph.Insert("aten::unbind", new[] { value, IntConst(0) }, 1, range);
            node.Output.Type = new ListType(TorchType.Tensor);
            node.Schema = Ops.OperatorRegistry.Find("aten::unbind.int")?.Schema;
            return Unpack(node.Output, count, starredAt, range);
        }
        throw new CompileError($"cannot unpack a value of type {value.Type.AnnotationStr()}", range);
    }

    // ----- augmented assignment -----

    void EmitAugAssign(Ast.AugAssign au)
    {
        if (au.Op is Ast.BinaryOperator.FloorDiv or Ast.BinaryOperator.MatMul)
            throw new CompileError($"unsupported kind of augmented assignment: {Ast.OperatorText.ToPython(au.Op)}=", au.Range);
        switch (au.Target)
        {
            case Ast.Name n:
            {
                var current = EmitExpr(n);
                var rhs = EmitExpr(au.Value);
                var result = EmitAugmentedOp(au, current, rhs);
                AssignName(n.Id, result, null, n.Range);
                break;
            }
            case Ast.Attribute attr:
            {
                var current = EmitExpr(attr);
                var result = EmitAugmentedOp(au, current, EmitExpr(au.Value));
                if (current.Type is not (ListType) && current.Type != TorchType.Tensor || result != current) EmitSetAttr(attr, result, null);
                break;
            }
            case Ast.Subscript sub when sub.Indices.Count == 1 && sub.Indices[0] is not Ast.SliceExpr:
            {
                var container = EmitExpr(sub.Value);
                if (container.Type == TorchType.Tensor)
                {
                    var sliced = EmitSubscript(sub);
                    EmitAugmentedOp(au, sliced, EmitExpr(au.Value));
                    break;
                }
                var index = EmitExpr(sub.Indices[0]);
                var item = Op(sub.Range, "aten::__getitem__", container, index);
                var updated = EmitAugmentedOp(au, item, EmitExpr(au.Value));
                EmitSetItem(sub.Range, container, index, updated);
                break;
            }
            case Ast.Subscript sub:
            {
                var sliced = EmitSubscript(sub);
                EmitAugmentedOp(au, sliced, EmitExpr(au.Value));
                break;
            }
            default: throw new CompileError("unsupported augmented assignment target", au.Target.Range);
        }
    }

    /// Tensors and lists update in place (`x += 1` is `aten::add_`, so aliases see it); immutable
    /// values rebind. `%=` is fmod, a PyTorch 1.13 quirk kept for fidelity.
    Value EmitAugmentedOp(Ast.AugAssign au, Value lhs, Value rhs)
    {
        bool inPlace = lhs.Type == TorchType.Tensor || lhs.Type is ListType;
        string symbol = au.Op switch
        {
            Ast.BinaryOperator.Add => inPlace ? "aten::add_" : "aten::add",
            Ast.BinaryOperator.Sub => inPlace ? "aten::sub_" : "aten::sub",
            Ast.BinaryOperator.Mul => inPlace ? "aten::mul_" : "aten::mul",
            Ast.BinaryOperator.Div => inPlace ? "aten::div_" : "aten::div",
            Ast.BinaryOperator.Mod => inPlace ? "aten::fmod_" : "aten::fmod",
            Ast.BinaryOperator.Pow => inPlace ? "aten::pow_" : "aten::pow",
            Ast.BinaryOperator.BitAnd => inPlace ? "aten::bitwise_and_" : "aten::__and__",
            Ast.BinaryOperator.BitOr => inPlace ? "aten::bitwise_or_" : "aten::__or__",
            Ast.BinaryOperator.BitXor => inPlace ? "aten::bitwise_xor_" : "aten::__xor__",
            Ast.BinaryOperator.LShift => inPlace ? "aten::__ilshift__" : "aten::__lshift__",
            Ast.BinaryOperator.RShift => inPlace ? "aten::__irshift__" : "aten::__rshift__",
            _ => throw new CompileError($"unsupported kind of augmented assignment: {Ast.OperatorText.ToPython(au.Op)}=", au.Range),
        };
        if (lhs.Type is ListType && au.Op != Ast.BinaryOperator.Add)
            symbol = symbol.TrimEnd('_');
        return EmitBuiltinCall(au.Range, symbol, null, new List<NamedValue> { new(au.Target.Range, null, lhs), new(au.Value.Range, null, rhs) });
    }

    // ----- raise / assert / del / with -----

    /// A free function whose calls compile to a raise (`@torch.jit.unused`, `ignore(drop=True)`).
    bool IsDropped(string name) => _unit.IsIgnoredFunction(name) && _unit.IsDroppedFunction(name) && _scope.Lookup(name) == null;

    void EmitRaise(Ast.Raise r)
    {
        if (r.Exc is Ast.Call { Func: Ast.Name callee } droppedCall && IsDropped(callee.Id))
        {
            EmitSugared(droppedCall); // `return unused_fn(x)` rewritten by DroppedReturns: the call itself raises
            return;
        }
        string cls = "builtins.RuntimeError";
        Value message;
        if (r.Exc == null) throw new CompileError("a bare 'raise' (re-raising the current exception) is not supported in TorchScript; raise an exception instance", r.Range);
        else
        {
            var sv = EmitSugared(r.Exc);
            switch (sv)
            {
                case ExceptionInstance { ClassName: "AssertionError" } ae:
                    // like a failed assert: the class goes into the message
                    EmitRaiseException(ae.Message == null ? StrConst("AssertionError: ", r.Range) : Op(r.Range, "aten::add", StrConst("AssertionError: ", r.Range), ae.Message), null, r.Range);
                    return;
                case ExceptionInstance ei:
                    cls = ExceptionClassName(ei.ClassName);
                    message = ei.Message ?? StrConst("", r.Range);
                    break;
                case ExceptionClass:
                    EmitRaiseException(StrConst("", r.Range), null, r.Range); // `raise ValueError` carries no class in 1.13
                    return;
                default:
                    throw new CompileError("exceptions must be created from builtin exception types (e.g. raise ValueError(\"msg\"))", r.Exc.Range);
            }
        }
        EmitRaiseException(message, cls, r.Range);
    }

    static string ExceptionClassName(string name) => name.Contains('.') ? name : "builtins." + name;

    void EmitRaiseException(Value message, string? cls, SourceRange range)
    {
        var clsValue = cls == null ? NoneConst(range) : StrConst(cls, range);
        var node = _graph.Insert("prim::RaiseException", new[] { message, clsValue }, 0, range);
        node.Schema = Ops.OperatorRegistry.Find("prim::RaiseException")?.Schema;
    }

    /// `assert c, msg` is `if c: pass else: raise AssertionError(msg)`; a failed `x is not None`
    /// refines x for the rest of the block.
    void EmitAssert(Ast.Assert a)
    {
        var cond = EmitCondition(a.Test);
        if (cond.Static == true) { ApplyRefinements(cond.IfTrue); return; }
        var ifNode = InsertNode("prim::If", new[] { cond.Value ?? BoolConst(false) }, a.Range);
        var thenScope = new Scope(_scope);
        _graph.WithInsertPoint(ifNode.AddBlock().ReturnNode, () => WithScope(thenScope, () => ApplyRefinements(cond.IfTrue)));
        var elseBlock = ifNode.AddBlock();
        _graph.WithInsertPoint(elseBlock.ReturnNode, () =>
        {
            Value msg;
            if (a.Msg == null) msg = StrConst("AssertionError: ", a.Range);
            else
            {
                var m = EmitExpr(a.Msg);
                if (m.Type != TorchType.Str_) m = Op(a.Msg.Range, "aten::str", m);
                msg = Op(a.Range, "aten::add", StrConst("AssertionError: ", a.Range), m);
            }
            EmitRaiseException(msg, null, a.Range);
        });
        // as in PyTorch, the refined names leave the If as outputs (the raising branch gives placeholders)
        MergeBranches(ifNode, thenScope, new Scope(_scope), a.Range, thenThrows: false, elseThrows: true);
    }

    void EmitDelete(Ast.Delete d)
    {
        foreach (var t in d.Targets)
        {
            switch (t)
            {
                case Ast.Name n:
                    if (_scope.Lookup(n.Id) == null) throw new CompileError($"undefined value {n.Id}", n.Range);
                    _scope.MarkUndefined(n.Id, $"'{n.Id}' was deleted");
                    break;
                case Ast.Subscript { Indices.Count: 1 } sub:
                    var container = EmitExpr(sub.Value);
                    var index = EmitExpr(sub.Indices[0]);
                    EmitBuiltinCall(sub.Range, "aten::Delete", null, new List<NamedValue> { new(sub.Value.Range, null, container), new(sub.Indices[0].Range, null, index) });
                    break;
                default: throw new CompileError("del: only variables and list/dict items can be deleted", t.Range);
            }
        }
    }

    /// `with obj as x:` enters in order and exits in reverse (`prim::Enter`/`prim::Exit` call the class's
    /// `__enter__`/`__exit__`). `torch.no_grad()` is a library class, as in PyTorch. A body may end in
    /// `return`: the value is computed inside and returned after the exits.
    void EmitWith(Ast.With w) => EmitWith(w, null);

    bool EmitWith(Ast.With w, Ast.Return? finalReturn)
    {
        var entered = new List<(Value Obj, SourceRange Range)>();
        foreach (var item in w.Items)
        {
            var obj = EmitWithContext(item);
            if (obj.Type is not ClassType type || UnitOf(type).FindMethodDef(type, "__enter__") == null || UnitOf(type).FindMethodDef(type, "__exit__") == null)
                throw new CompileError($"with statements need an object whose class defines __enter__ and __exit__, not {obj.Type.AnnotationStr()}", item.Range);
            var enterFn = UnitOf(type).GetMethod(type, "__enter__", item.Range)!;
            UnitOf(type).GetMethod(type, "__exit__", item.Range);
            var enter = InsertNode("prim::Enter", new[] { obj }, item.Range, enterFn.Schema.Returns[0].Type);
            if (item.As != null) AssignTarget(item.As, enter.Output, item.Range);
            entered.Add((obj, item.Range));
        }
        var body = finalReturn == null ? w.Body : w.Body.Take(w.Body.Count - 1).ToList();
        EmitBlockInline(body);
        Value? result = finalReturn == null ? null
            : finalReturn.Value == null ? NoneConst(finalReturn.Range) : EmitExpr(finalReturn.Value, _functionExit.DeclaredReturn);
        for (int i = entered.Count - 1; i >= 0; i--) InsertNode("prim::Exit", new[] { entered[i].Obj }, entered[i].Range);
        if (result == null) return false;
        TerminateReturn(result, finalReturn!.Range);
        return true;
    }

    Value EmitWithContext(Ast.WithItem item)
    {
        var name = TypeAnnotations.DottedName(item.Context is Ast.Call c ? c.Func : item.Context);
        if (name is "torch.no_grad" or "torch.enable_grad" && item.Context is Ast.Call { Args.Count: 0 } call
            && Library.LibraryModules.Get("torch.autograd.grad_mode") is { } gradMode)
        {
            var type = (ClassType)gradMode.Unit.ResolveType(name[(name.IndexOf('.') + 1)..])!;
            return ((SimpleValue)EmitConstruct(item.Range, type, call)).Value;
        }
        return EmitExpr(item.Context);
    }

    /// Emits statements that share the current frame (with-bodies).
    void EmitBlockInline(IReadOnlyList<Ast.Stmt> body)
    {
        foreach (var s in body)
        {
            if (s is Ast.Return or Ast.Break or Ast.Continue) throw new CompileError("early exits inside 'with' blocks are not supported", s.Range);
            EmitStatement(s);
        }
    }
}
