using TorchScriptSharp.IR;
using TorchScriptSharp.Runtime;
using TorchScriptSharp.Syntax;
using TorchScriptSharp.Types;
using Ast = TorchScriptSharp.Syntax.Ast;

namespace TorchScriptSharp.Compiler;

public sealed partial class FunctionEmitter
{
    // ----- if -----

    void EmitIf(Ast.If ifs)
    {
        var cond = EmitCondition(ifs.Test);
        if (cond.Static is bool taken)
        {
            EmitStaticBranch(taken ? ifs.Body : ifs.OrElse, taken ? cond.IfTrue : cond.IfFalse);
            return;
        }
        var node = InsertNode("prim::If", new[] { cond.BranchValue! }, ifs.Range);
        var thenScope = EmitBranch(node.AddBlock(), ifs.Body, cond.IfTrue);
        var elseScope = EmitBranch(node.AddBlock(), ifs.OrElse, cond.IfFalse);
        MergeBranches(node, thenScope, elseScope, ifs.Range, ExitFinder.AlwaysThrows(ifs.Body), ExitFinder.AlwaysThrows(ifs.OrElse));
    }

    void EmitStaticBranch(IReadOnlyList<Ast.Stmt> body, IReadOnlyList<Refinement> refinements)
    {
        var scope = new Scope(_scope) { SharesParentFrame = true };
        WithScope(scope, () =>
        {
            ApplyRefinements(refinements);
            foreach (var s in body) EmitStatement(s);
        });
        foreach (var (name, b) in scope.Own)
            if (!b.IsRefinement) _scope.Set(name, b with { Fixed = _scope.Lookup(name)?.Fixed ?? false });
    }

    Scope EmitBranch(Block block, IReadOnlyList<Ast.Stmt> body, IReadOnlyList<Refinement> refinements)
    {
        var scope = new Scope(_scope);
        _graph.WithInsertPoint(block.ReturnNode, () => WithScope(scope, () =>
        {
            ApplyRefinements(refinements);
            foreach (var s in body) EmitStatement(s);
        }));
        return scope;
    }

    /// Variables assigned in either branch become outputs of the If when they have a value on both
    /// paths; names assigned on one path only are undefined afterwards, with an explanation.
    /// Refinements count as assignments (PyTorch stores the `unchecked_cast` under the name), so
    /// `if x is None: raise ...` leaves x refined afterwards. A branch that always raises takes the
    /// other branch's values (with `prim::Uninitialized` placeholders).
    void MergeBranches(Node ifNode, Scope thenScope, Scope elseScope, SourceRange range, bool thenThrows = false, bool elseThrows = false)
    {
        // sorted by name as PyTorch's ConvertToSSA does; CanonicalizeOutputs then orders them by first use
        var names = thenScope.Own.Keys.Concat(elseScope.Own.Keys).Distinct().OrderBy(n => n, StringComparer.Ordinal).ToList();
        foreach (var name in names)
        {
            var outer = _scope.Lookup(name);
            var t = BranchBinding(thenScope, name, outer);
            var f = BranchBinding(elseScope, name, outer);
            if (thenThrows != elseThrows)
            {
                var live = thenThrows ? f : t;
                if (live?.Value is not SimpleValue lv) continue;
                var placeholder = new Binding(new SimpleValue(Uninitialized(lv.Value.Type)), lv.Value.Type);
                if (thenThrows) t = placeholder; else f = placeholder;
            }
            if (t == null || f == null)
            {
                _scope.MarkUndefined(name, $"{name} is not defined in the {(t == null ? "true" : "false")} branch", range);
                continue;
            }
            if (t.Value is not SimpleValue tv || f.Value is not SimpleValue fv) continue;
            // outputs are typed by the values that reach them (PyTorch's ConvertToSSA records store types)
            var tType = tv.Value.Type;
            var fType = fv.Value.Type;
            var unified = Subtyping.Unify(tType, fType)
                ?? (t.Type != null && f.Type != null ? Subtyping.Unify(t.Type, f.Type) : null); // e.g. both annotated as one interface
            // a variable declared with a wider type (a Union) keeps it when the branches disagree
            if (unified == null && outer?.Type is { } declaredType && tType.IsSubtypeOf(declaredType) && fType.IsSubtypeOf(declaredType))
                unified = UnionType.Of(new[] { tType, fType }); // PyTorch unifies to a Union here (default_to_union)
            if (unified == null)
            {
                _scope.MarkUndefined(name, $"Type mismatch: {name} is set to type {tType.AnnotationStr()} in the true branch and type {fType.AnnotationStr()} in the false branch", range);
                continue;
            }
            ifNode.Blocks[0].RegisterOutput(tv.Value);
            ifNode.Blocks[1].RegisterOutput(fv.Value);
            var output = ifNode.AddOutput(unified);
            output.SetDebugName(name);
            _scope.Set(name, new Binding(new SimpleValue(output), outer?.Type ?? unified, Fixed: outer?.Fixed ?? false));
        }
    }

    /// The value a branch leaves for a name: its own assignment or refinement, else the outer value.
    static Binding? BranchBinding(Scope branch, string name, Binding? outer) =>
        branch.Own.TryGetValue(name, out var b) ? b : outer;

    void WithScope(Scope scope, Action body)
    {
        var saved = _scope;
        _scope = scope;
        try { body(); } finally { _scope = saved; }
    }

    // ----- exits in continuation style -----

    /// An if whose branches exit: the rest of the enclosing block is emitted into each branch that
    /// falls through, so every path ends with the exit target's terminal values.
    void EmitIfWithExit(Ast.If ifs, IReadOnlyList<Ast.Stmt> stmts, int restStart)
    {
        var rest = stmts.Skip(restStart).ToList();
        var cond = EmitCondition(ifs.Test);
        if (cond.Static is bool taken)
        {
            var scope = new Scope(_scope) { SharesParentFrame = true };
            WithScope(scope, () =>
            {
                ApplyRefinements(taken ? cond.IfTrue : cond.IfFalse);
                if (!EmitBlock((taken ? ifs.Body : ifs.OrElse).Concat(rest).ToList(), 0)) TerminateFallThrough(ifs.Range);
            });
            return;
        }
        EmitExitIf(cond.BranchValue!, ifs.Range,
            () => { ApplyRefinements(cond.IfTrue); if (!EmitBlock(ifs.Body.Concat(rest).ToList(), 0)) TerminateFallThrough(ifs.Range); },
            () => { ApplyRefinements(cond.IfFalse); if (!EmitBlock(ifs.OrElse.Concat(rest).ToList(), 0)) TerminateFallThrough(ifs.Range); });
    }

    /// Emits `prim::If(cond)` whose two branches both terminate; its outputs are the terminal values.
    void EmitExitIf(Value cond, SourceRange range, Action thenBranch, Action elseBranch)
    {
        var node = InsertNode("prim::If", new[] { cond }, range);
        foreach (var branch in new[] { thenBranch, elseBranch })
        {
            var block = node.AddBlock();
            _graph.WithInsertPoint(block.ReturnNode, () => WithScope(new Scope(_scope), branch));
        }
        var a = node.Blocks[0].Outputs;
        var b = node.Blocks[1].Outputs;
        for (int i = 0; i < a.Count; i++)
        {
            // a path that raised takes the other path's type
            if (_throwPlaceholders.Contains(a[i]) && !_throwPlaceholders.Contains(b[i])) RetypePlaceholder(node.Blocks[0], i, b[i].Type);
            else if (_throwPlaceholders.Contains(b[i]) && !_throwPlaceholders.Contains(a[i])) RetypePlaceholder(node.Blocks[1], i, a[i].Type);
            var type = Subtyping.Unify(a[i].Type, b[i].Type)
                ?? throw new CompileError($"Previous return statement returned a value of type {a[i].Type.AnnotationStr()} but this return statement returns a value of type {b[i].Type.AnnotationStr()}", range);
            var output = node.AddOutput(type);
            var name = a[i].DebugName ?? b[i].DebugName;
            if (name != null && a[i].DebugName == b[i].DebugName) output.SetDebugName(name.Split('.')[0]);
        }
        foreach (var o in node.Outputs) _graph.InsertBlock.RegisterOutput(o);
    }

    void RetypePlaceholder(Block block, int index, TorchType type)
    {
        if (block.Outputs[index].Type == type) return;
        var replacement = Uninitialized(type);
        block.ReturnNode.ReplaceInput(index, replacement);
    }

    void TerminateReturn(Value value, SourceRange range)
    {
        var declared = _functionExit.DeclaredReturn;
        if (declared != null)
        {
            var converted = Conversions.TryConvert(this, value, declared, allowConversions: true, range);
            if (converted == null || !converted.Type.IsSubtypeOf(declared))
                throw new CompileError($"Return value was annotated as having type {declared.AnnotationStr()} but is actually of type {value.Type.AnnotationStr()}", range);
            value = converted;
        }
        if (_exit is LoopExit loop)
        {
            loop.ReturnTypes.Add(value.Type);
            RegisterLoopTerminal(loop, BoolConst(false), returned: value);
            return;
        }
        _graph.InsertBlock.RegisterOutput(value);
    }

    /// A path that raised: its terminal values are never read, so placeholders stand in (typed
    /// later from the other paths, see <see cref="EmitExitIf"/>).
    void TerminateThrow()
    {
        if (_exit is LoopExit loop)
        {
            RegisterLoopTerminal(loop, BoolConst(false), returned: null);
            return;
        }
        var placeholder = Uninitialized(_functionExit.DeclaredReturn ?? TorchType.None);
        _throwPlaceholders.Add(placeholder);
        _graph.InsertBlock.RegisterOutput(placeholder);
    }

    /// Values standing in on paths that raised; they take the type of the other paths.
    readonly HashSet<Value> _throwPlaceholders = new();

    readonly Dictionary<TorchType, Value> _uninitialized = new();

    /// `prim::Uninitialized` of a type, created once at the top of the function as PyTorch does.
    Value Uninitialized(TorchType type)
    {
        if (_uninitialized.TryGetValue(type, out var existing) && existing.Node.Owner != null) return existing;
        var anchor = _graph.Block.ParamNode;
        while (anchor.Next!.Kind == "prim::Uninitialized") anchor = anchor.Next;
        var node = _graph.Create("prim::Uninitialized");
        node.Output.Type = type;
        node.Schema = Ops.OperatorRegistry.Find("prim::Uninitialized")?.Schema;
        node.InsertAfter(anchor);
        return _uninitialized[type] = node.Output;
    }

    void TerminateFallThrough(SourceRange range)
    {
        if (_exit is LoopExit) { TerminateLoop(range, isBreak: false); return; }
        var declared = _functionExit.DeclaredReturn;
        range = _functionRange; // PyTorch reports a missing return at the def
        if (declared != null && !TorchType.None.IsSubtypeOf(declared))
            throw new CompileError("Function was not annotated as having type None, but does not return along all paths", range);
        if (declared != null && declared != TorchType.None)
            throw new CompileError($"Function was annotated as returning {declared.AnnotationStr()}, but does not return along all paths", range);
        _graph.InsertBlock.RegisterOutput(NoneConst());
    }

    void TerminateLoop(SourceRange range, bool isBreak)
    {
        var loop = (LoopExit)_exit;
        Value cond;
        if (isBreak) cond = BoolConst(false);
        else if (loop.WhileTest != null) cond = ConditionToBool(EmitCondition(loop.WhileTest), loop.WhileTest.Range);
        else cond = BoolConst(true); // counter loops combine this with `counter < length` at the body's end
        RegisterLoopTerminal(loop, cond, returned: null);
    }

    /// Registers (next_cond, carried..., [returned_flag, return_value]) on the current block.
    void RegisterLoopTerminal(LoopExit loop, Value cond, Value? returned)
    {
        var outputs = new List<Value> { cond };
        // after a return the carried values are dead: PyTorch's exit transform leaves them uninitialized
        foreach (var name in loop.Carried)
            outputs.Add(returned != null && !name.StartsWith('$') ? Uninitialized(LookupValue(name).Type) : LookupValue(name));
        if (loop.HasReturn)
        {
            // after a nested loop that may have returned, its flag and value are the current ones on
            // every path (PyTorch keeps them in variables), otherwise constants
            var innerFlag = _scope.Lookup("$inner_returned")?.Value as SimpleValue;
            var innerValue = _scope.Lookup("$inner_return_value")?.Value as SimpleValue;
            outputs.Add(innerFlag != null ? innerFlag.Value : BoolConst(returned != null));
            outputs.Add(innerValue != null ? innerValue.Value
                : returned ?? Uninitialized(_functionExit.DeclaredReturn ?? LookupValue("$return_value").Type));
        }
        foreach (var o in outputs) _graph.InsertBlock.RegisterOutput(o);
    }

    Value LookupValue(string name) =>
        _scope.Lookup(name)?.Value is SimpleValue sv ? sv.Value : throw new InvalidOperationException($"loop variable {name} is not a value");

    // ----- loops -----

    void EmitWhile(Ast.While w, Action<Value, Value>? onReturned)
    {
        var cond = EmitCondition(w.Test);
        if (cond.Static == false)
        {
            onReturned?.Invoke(BoolConst(false), Uninitialized(_functionExit.DeclaredReturn ?? TorchType.Any));
            return;
        }
        var initial = cond.Value ?? BoolConst(true);
        EmitLoop(w.Range, w.Body, _graph.InsertConstant(IValue.FromInt(long.MaxValue), TorchType.Int), initial, w.Test,
            null, null, onReturned);
    }

    void EmitFor(Ast.For f, Action<Value, Value>? onReturned)
    {
        var iterable = EmitSugared(f.Iter);
        if (onReturned == null && StaticElements(iterable, f.Iter.Range) is { } elements)
        {
            // PyTorch names the TupleUnpack's outputs after the target; for a tuple literal that unpack
            // then folds away and the elements stay unnamed, so they must not take the name here
            if (iterable is SimpleValue { Value.Node.Kind: "prim::TupleConstruct" })
                foreach (var element in elements) _chainedValues.Add(element);
            EmitUnrolledLoop(f, elements);
            return;
        }
        var iter = Iteration.Prepare(this, iterable, f.Iter.Range);
        if (ExitFinder.LoopHasEarlyExit(f.Body))
        {
            // for-loops that break, continue or return run as while-loops with an explicit counter
            string counterName = "$for_counter" + _graph.Nodes.Count();
            var zero = IntConst(0);
            _scope.Set(counterName, new Binding(new SimpleValue(zero), TorchType.Int));
            var initial = Op(f.Range, "aten::gt", iter.Length, zero);
            EmitLoop(f.Range, f.Body, _graph.InsertConstant(IValue.FromInt(long.MaxValue), TorchType.Int), initial, null,
                new ForCounter(counterName, iter.Length), index => AssignTarget(f.Target, iter.Element(index), f.Iter.Range), onReturned, f.Target);
            _scope.Remove(counterName);
            return;
        }
        EmitLoop(f.Range, f.Body, iter.Length, BoolConst(true), null, null,
            index => AssignTarget(f.Target, iter.Element(index), f.Iter.Range), onReturned, f.Target);
    }

    void EmitLoop(SourceRange range, IReadOnlyList<Ast.Stmt> body, Value maxTrip, Value initialCond, Ast.Expr? whileTest,
        ForCounter? counter, Action<Value>? bindElement, Action<Value, Value>? onReturned, Ast.Expr? target = null)
    {
        // the for-loop target is assigned in the body too (it outlives the loop, as in Python)
        var assigned = ExitFinder.AssignedNames(target == null ? body : body.Prepend(new Ast.Assign(target.Range, new[] { target }, target)).ToList());
        // sorted by name as PyTorch's ConvertToSSA does; CanonicalizeOutputs then orders them by first use
        var carried = assigned.Where(n => _scope.Lookup(n)?.Value is SimpleValue).OrderBy(n => n, StringComparer.Ordinal).ToList();
        if (counter != null) carried.Add(counter.Name); // PyTorch carries the explicit counter last
        bool hasReturn = onReturned != null;
        var inputs = new List<Value> { maxTrip, initialCond };
        inputs.AddRange(carried.Select(LookupValue));
        Node? uninitialized = null;
        if (hasReturn)
        {
            inputs.Add(BoolConst(false));
            uninitialized = Uninitialized(_functionExit.DeclaredReturn ?? TorchType.Any).Node;
            inputs.Add(uninitialized.Output);
        }
        var loop = InsertNode("prim::Loop", inputs, range);
        var block = loop.AddBlock();
        var trip = block.AddInput(TorchType.Int);
        var exit = new LoopExit(carried, whileTest, counter, hasReturn);
        var bodyScope = new Scope(_scope);
        var carriedTypes = new List<TorchType>();
        foreach (var name in carried)
        {
            var outer = _scope.Lookup(name)!;
            var type = outer.Type ?? LookupValue(name).Type;
            carriedTypes.Add(type);
            var param = block.AddInput(type, name.StartsWith('$') ? null : name);
            bodyScope.Set(name, new Binding(new SimpleValue(param), type, Fixed: true));
        }
        Value? returnSlot = null;
        if (hasReturn)
        {
            block.AddInput(TorchType.Bool);
            returnSlot = block.AddInput(uninitialized!.Output.Type);
            bodyScope.Set("$return_value", new Binding(new SimpleValue(returnSlot), null));
        }
        var savedExit = _exit;
        _exit = exit;
        _graph.WithInsertPoint(block.ReturnNode, () => WithScope(bodyScope, () =>
        {
            var index = counter != null ? LookupValue(counter.Name) : trip;
            bindElement?.Invoke(index);
            if (!EmitBlock(body, 0)) TerminateFallThrough(range);
            if (counter != null) AdvanceCounter(block, carried.IndexOf(counter.Name) + 1, counter.Length);
        }));
        _exit = savedExit;
        for (int i = 0; i < carried.Count; i++)
        {
            var output = loop.AddOutput(carriedTypes[i]);
            if (!carried[i].StartsWith('$')) output.SetDebugName(carried[i]);
            var outer = _scope.Lookup(carried[i])!;
            _scope.Set(carried[i], outer with { Value = new SimpleValue(output) });
        }
        foreach (var name in assigned.Where(n => !carried.Contains(n) && _scope.Lookup(n) == null))
            _scope.MarkUndefined(name, $"{name} is not defined in the loop (it is only assigned inside the loop body, which may not run)", range);
        if (hasReturn)
        {
            var flag = loop.AddOutput(TorchType.Bool);
            var retType = _functionExit.DeclaredReturn ?? Subtyping.UnifyAll(exit.ReturnTypes) ?? TorchType.Any;
            if (uninitialized!.Output.Type != retType)
            {
                _uninitialized.Remove(uninitialized.Output.Type);
                uninitialized.Output.Type = retType;
                _uninitialized.TryAdd(retType, uninitialized.Output);
            }
            returnSlot!.Type = retType;
            var value = loop.AddOutput(retType);
            onReturned!(flag, value);
        }
    }

    /// Tuples have a static length and possibly mixed element types, so a loop over one is unrolled:
    /// the body is emitted once per element, in the enclosing frame (names stay visible afterwards).
    void EmitUnrolledLoop(Ast.For f, IReadOnlyList<Value> elements)
    {
        foreach (var s in f.Body)
            if (ExitFinder.Exits(s, inLoop: true))
                throw new CompileError("break, continue and return are not supported in loops over tuples (they are unrolled)", s.Range);
        foreach (var element in elements)
        {
            AssignTarget(f.Target, element, f.Iter.Range);
            foreach (var s in f.Body) EmitStatement(s);
        }
    }

    /// The end of a for-loop run as a while-loop: `i = i + 1; cond = (i < length) and body_cond`, as
    /// PyTorch's CanonicalizeModifiedLoops writes it.
    void AdvanceCounter(Block body, int counterOutput, Value length)
    {
        var counter = body.Inputs[counterOutput];
        var increment = Op(default, "aten::add", counter, IntConst(1));
        var inRange = Op(default, "aten::lt", increment, length);
        var cond = Op(default, "aten::__and__", inRange, body.Outputs[0]);
        body.ReturnNode.ReplaceInput(0, cond);
        body.ReturnNode.ReplaceInput(counterOutput, increment);
    }

    /// A loop containing `return`: after the loop, `if returned: return value else: <rest of block>`.
    void EmitLoopThatMayReturn(Ast.Stmt loop, IReadOnlyList<Ast.Stmt> stmts, int restStart)
    {
        var rest = stmts.Skip(restStart).ToList();
        void After(Value flag, Value value)
        {
            if (_exit is LoopExit)
            {
                _scope.Set("$inner_returned", new Binding(new SimpleValue(flag), TorchType.Bool));
                _scope.Set("$inner_return_value", new Binding(new SimpleValue(value), value.Type));
            }
            EmitExitIf(flag, loop.Range,
                () => TerminateReturn(value, loop.Range),
                () => { if (!EmitBlock(rest, 0)) TerminateFallThrough(loop.Range); });
        }
        if (loop is Ast.While w) EmitWhile(w, After);
        else EmitFor((Ast.For)loop, After);
    }
}
