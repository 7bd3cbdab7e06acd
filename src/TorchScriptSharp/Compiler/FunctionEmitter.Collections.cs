using TorchScriptSharp.IR;
using TorchScriptSharp.Runtime;
using TorchScriptSharp.Syntax;
using TorchScriptSharp.Types;
using Ast = TorchScriptSharp.Syntax.Ast;

namespace TorchScriptSharp.Compiler;

public sealed partial class FunctionEmitter
{
    /// `[]` literals not yet bound to a name: like PyTorch's EmptyListLiteral they may still take the
    /// list type of the parameter they are passed to.
    readonly HashSet<Value> _emptyListLiterals = new();

    public bool IsEmptyListLiteral(Value v) => _emptyListLiterals.Contains(v) && v.Uses.Count == 0;

    public Value MakeList(SourceRange range, TorchType element, IReadOnlyList<Value> items) =>
        InsertNode("prim::ListConstruct", items, range, new ListType(element)).Output;

    public Value MakeTuple(SourceRange range, IReadOnlyList<Value> items) =>
        InsertNode("prim::TupleConstruct", items, range, new TupleType(items.Select(i => i.Type).ToList())).Output;

    public Value TupleToList(SourceRange range, Value tuple)
    {
        var tt = (TupleType)tuple.Type;
        var parts = InsertNode("prim::TupleUnpack", new[] { tuple }, range, tt.Elements.ToArray()).Outputs;
        return MakeList(range, tt.Elements.Count == 0 ? TorchType.Tensor : tt.Elements[0], parts);
    }

    /// A list literal's type comes from the hint, else the unified element types; `[]` is List[Tensor].
    Value EmitListLiteral(Ast.ListExpr l, TorchType? hint)
    {
        var elementHint = (hint as ListType)?.Element ?? ((hint as OptionalType)?.Element as ListType)?.Element;
        var items = l.Elements.Select(x => EmitExpr(x, elementHint)).ToList();
        TorchType element;
        if (elementHint != null)
        {
            element = elementHint;
            for (int i = 0; i < items.Count; i++)
            {
                var converted = Conversions.TryConvert(this, items[i], element, allowConversions: false, l.Elements[i].Range);
                if (converted == null || !converted.Type.IsSubtypeOf(element))
                    throw new CompileError($"List type annotation `{new ListType(element).AnnotationStr()}` did not match the types of the given list elements, which were [{string.Join(", ", items.Select(x => x.Type.AnnotationStr()))}]", l.Range);
                items[i] = converted;
            }
        }
        else if (items.Count == 0)
        {
            element = TorchType.Tensor;
            var empty = MakeList(l.Range, element, items);
            _emptyListLiterals.Add(empty);
            return empty;
        }
        else
        {
            // PyTorch 1.13 falls back to a Union element type (with a warning) for mixed literals
            element = Subtyping.UnifyAll(items.Select(i => i.Type)) ?? UnionType.Of(items.Select(i => i.Type));
        }
        return MakeList(l.Range, element, items);
    }

    Value EmitDictLiteral(Ast.DictExpr d, TorchType? hint)
    {
        var dictHint = hint as DictType ?? (hint as OptionalType)?.Element as DictType;
        var inputs = new List<Value>();
        TorchType? key = dictHint?.Key, value = dictHint?.Value;
        foreach (var (k, v) in d.Items)
        {
            if (k == null) throw new CompileError("dict unpacking (**d) isn't supported", v.Range);
            var kv = EmitExpr(k, dictHint?.Key);
            var vv = EmitExpr(v); // PyTorch 1.13 types each value on its own: `{"b": []}` holds a List[Tensor] even under an annotation
            if (key == null) { key = kv.Type; value = vv.Type; }
            if (!kv.Type.IsSubtypeOf(key))
                throw new CompileError($"Dict keys must all have type {key.AnnotationStr()}, but found {kv.Type.AnnotationStr()}", k.Range);
            var converted = Conversions.TryConvert(this, vv, value!, false, v.Range);
            if (converted == null || !converted.Type.IsSubtypeOf(value!))
                throw new CompileError($"Dict values must all have type {value!.AnnotationStr()}, but found {vv.Type.AnnotationStr()}", v.Range);
            inputs.Add(kv); inputs.Add(converted);
        }
        return InsertNode("prim::DictConstruct", inputs, d.Range, new DictType(key ?? TorchType.Str_, value ?? TorchType.Tensor)).Output;
    }

    /// `[e for x in it]`: an empty list plus a loop of appends; the element type is known after the body.
    Value EmitListComprehension(Ast.ListComp lc, TorchType? hint)
    {
        var gen = SingleGenerator(lc.Generators, lc.Range);
        var list = InsertNode("prim::ListConstruct", Array.Empty<Value>(), lc.Range, hint as ListType ?? new ListType(TorchType.Tensor)).Output;
        TorchType? element = (hint as ListType)?.Element;
        EmitComprehensionLoop(gen, lc.Range, () =>
        {
            var v = EmitExpr(lc.Element, element);
            if (element == null) { element = v.Type; list.Type = new ListType(element); }
            else if (!v.Type.IsSubtypeOf(element))
                throw new CompileError($"list comprehension element has type {v.Type.AnnotationStr()} but the list holds {element.AnnotationStr()}", lc.Element.Range);
            var append = _graph.Insert("aten::append", new[] { list, v }, 1, lc.Range);
            append.Output.Type = list.Type;
            append.Schema = Ops.OperatorRegistry.Find("aten::append.t")?.Schema;
        });
        return list;
    }

    Value EmitDictComprehension(Ast.DictComp dc, TorchType? hint)
    {
        var gen = SingleGenerator(dc.Generators, dc.Range);
        var dict = InsertNode("prim::DictConstruct", Array.Empty<Value>(), dc.Range, hint as DictType ?? new DictType(TorchType.Str_, TorchType.Tensor)).Output;
        EmitComprehensionLoop(gen, dc.Range, () =>
        {
            var k = EmitExpr(dc.Key);
            var v = EmitExpr(dc.Value);
            if (hint == null) dict.Type = new DictType(k.Type, v.Type);
            EmitSetItem(dc.Range, dict, k, v);
        });
        return dict;
    }

    static Ast.Comprehension SingleGenerator(IReadOnlyList<Ast.Comprehension> gens, SourceRange range)
    {
        if (gens.Count != 1) throw new CompileError("Only one for clause is supported in comprehensions", range);
        if (gens[0].Ifs.Count > 0) throw new CompileError("Comprehension ifs are not supported yet", gens[0].Ifs[0].Range);
        if (gens[0].IsAsync) throw new CompileError("async comprehensions aren't supported", range);
        return gens[0];
    }

    void EmitComprehensionLoop(Ast.Comprehension gen, SourceRange range, Action body) =>
        ForEachElement(EmitSugared(gen.Iter), gen.Iter.Range, element =>
        {
            AssignTarget(gen.Target, element, gen.Iter.Range);
            body();
        });

    /// Runs <paramref name="body"/> for every element of an iterable, each in its own frame: a loop
    /// for lists, ranges, strings, dicts and tensors; unrolled for tuples and enum classes, whose
    /// length is static.
    public void ForEachElement(SugaredValue iterable, SourceRange range, Action<Value> body)
    {
        if (StaticElements(iterable, range) is { } elements)
        {
            foreach (var element in elements) WithScope(new Scope(_scope), () => body(element));
            return;
        }
        var iter = Iteration.Prepare(this, iterable, range);
        var loop = InsertNode("prim::Loop", new[] { iter.Length, BoolConst(true) }, range);
        var block = loop.AddBlock();
        var trip = block.AddInput(TorchType.Int);
        _graph.WithInsertPoint(block.ReturnNode, () => WithScope(new Scope(_scope), () =>
        {
            body(iter.Element(trip));
            block.RegisterOutput(BoolConst(true));
        }));
    }

    /// The elements of a tuple, which is iterated by unrolling.
    List<Value>? StaticElements(SugaredValue iterable, SourceRange range) => iterable switch
    {
        SimpleValue { Value.Type: TupleType tt } sv => InsertNode("prim::TupleUnpack", new[] { sv.Value }, range, tt.Elements.ToArray()).Outputs.ToList(),
        // ModuleList / Sequential: their submodules, read up front (PyTorch unrolls these loops)
        SimpleValue { Value.Type: ClassType { IsModule: true } mt } ms when IsModuleList(mt) =>
            ContainerEntries(mt).Select(name => ReadAttribute(ms.Value, mt, name, range)).ToList(),
        _ => ModuleDictElements(iterable, range),
    };

    /// Module containers whose children are iterated by unrolling and indexed with literals.
    static bool IsModuleList(ClassType t) => t.Container is ModuleContainerKind.List or ModuleContainerKind.ParameterList;

    Value ReadAttribute(Value obj, ClassType type, string name, SourceRange range)
    {
        var node = InsertNode("prim::GetAttr", new[] { obj }, range, type.AttributeType(name)!);
        node.Attributes["name"] = name;
        node.Output.SetDebugName(DebugNames.ForAttribute(name));
        return node.Output;
    }

    /// `list(x)`: a copy for lists and strings, otherwise a comprehension over the iterable.
    public Value EmitListCall(SourceRange range, SugaredValue iterable, TorchType? hint)
    {
        if (iterable is SimpleValue { Value: var v } && (v.Type is ListType || v.Type == TorchType.Str_))
            return Op(range, "aten::list", v);
        var list = InsertNode("prim::ListConstruct", Array.Empty<Value>(), range, hint as ListType ?? new ListType(TorchType.Tensor)).Output;
        bool typed = hint is ListType;
        ForEachElement(iterable, range, element =>
        {
            if (!typed) { list.Type = new ListType(element.Type); typed = true; }
            var append = _graph.Insert("aten::append", new[] { list, element }, 1, range);
            append.Output.Type = list.Type;
            append.Schema = Ops.OperatorRegistry.Find("aten::append.t")?.Schema;
        });
        return list;
    }

    /// `dict()`, `dict(pairs)`, `dict(mapping)`, `dict(k=v, ...)` desugared as PyTorch does: a copy
    /// for a dict argument, otherwise an empty dict filled by a loop of `_set_item`.
    public Value EmitDictCall(SourceRange range, Ast.Call call, TorchType? hint)
    {
        if (call.Args.Count > 1) throw new CompileError("dict() takes at most one positional argument", range);
        Value? result = null;
        if (call.Args.Count == 1)
        {
            var source = EmitSugared(call.Args[0]);
            if (source is SimpleValue { Value.Type: DictType } sd) result = Op(range, "aten::dict", sd.Value);
            else if (!(source is SimpleValue se && IsEmptyListLiteral(se.Value))) result = FillDict(range, source, hint);
        }
        else if (call.Keywords.Count > 0 && result == null)
        {
            var pairs = call.Keywords.Select(k => MakeTuple(k.Range, new[] { StrConst(k.Name!, k.Range), EmitExpr(k.Value) })).ToList();
            var element = Subtyping.UnifyAll(pairs.Select(p => p.Type)) ?? throw new CompileError("dict() keyword values must share one type", range);
            return FillDict(range, new SimpleValue(MakeList(range, element, pairs)), hint);
        }
        result ??= InsertNode("prim::DictConstruct", Array.Empty<Value>(), range, hint as DictType ?? new DictType(TorchType.Str_, TorchType.Tensor)).Output;
        foreach (var k in call.Keywords) EmitSetItem(k.Range, result, StrConst(k.Name!, k.Range), EmitExpr(k.Value));
        return result;
    }

    Value FillDict(SourceRange range, SugaredValue pairs, TorchType? hint)
    {
        var dict = InsertNode("prim::DictConstruct", Array.Empty<Value>(), range, hint as DictType ?? new DictType(TorchType.Str_, TorchType.Tensor)).Output;
        bool typed = hint is DictType;
        ForEachElement(pairs, range, pair =>
        {
            if (pair.Type is not TupleType { Elements.Count: 2 } pt) throw new CompileError($"dict() needs (key, value) pairs, not {pair.Type.AnnotationStr()}", range);
            if (!typed) { dict.Type = new DictType(pt.Elements[0], pt.Elements[1]); typed = true; }
            var kv = InsertNode("prim::TupleUnpack", new[] { pair }, range, pt.Elements.ToArray()).Outputs;
            EmitSetItem(range, dict, kv[0], kv[1]);
        });
        return dict;
    }

    // ----- subscripts -----

    /// `x[slice(a, b, c)]` is `x[a:b:c]`, except that PyTorch's slice object fills a missing start with
    /// 0 and a missing stop with INT64_MAX (where the `a:b` syntax leaves them None).
    static Ast.Subscript WithSliceCalls(Ast.Subscript s)
    {
        static Ast.Expr Convert(Ast.Expr i) => i is Ast.Call { Func: Ast.Name { Id: "slice" }, Keywords.Count: 0 } c && c.Args.Count is >= 1 and <= 3
            ? c.Args.Count == 1 ? new Ast.SliceExpr(c.Range, Int(c, 0), Bound(c.Args[0], c, long.MaxValue), null)
            : new Ast.SliceExpr(c.Range, Bound(c.Args[0], c, 0), Bound(c.Args[1], c, long.MaxValue), c.Args.Count == 3 && c.Args[2] is not Ast.NoneLiteral ? c.Args[2] : null)
            : i is Ast.TupleExpr t ? t with { Elements = t.Elements.Select(Convert).ToList() } : i;
        static Ast.Expr Bound(Ast.Expr e, Ast.Call c, long missing) => e is Ast.NoneLiteral ? Int(c, missing) : e;
        static Ast.Expr Int(Ast.Call c, long v) => new Ast.IntLiteral(c.Range, v, v.ToString());
        return s with { Indices = s.Indices.Select(Convert).ToList() };
    }

    Value EmitSubscript(Ast.Subscript s)
    {
        s = WithSliceCalls(s);
        var target = EmitExpr(s.Value);
        if (target.Type == TorchType.Tensor) return EmitTensorIndex(s, target);
        if (target.Type is ClassType { IsModule: true } mt && IsModuleList(mt) && s.Indices.Count == 1
            && EmitExpr(s.Indices[0]).Constant is { IsInt: true } at)
        {
            // `self.layers[1]`: a literal index picks the submodule attribute
            var children = ContainerEntries(mt).ToList();
            long i = at.ToInt() < 0 ? at.ToInt() + children.Count : at.ToInt();
            if (i < 0 || i >= children.Count) throw new CompileError($"index {at.ToInt()} is out of range for a {mt.Name} of {children.Count} entries", s.Range);
            return ReadAttribute(target, mt, children[(int)i], s.Range);
        }
        if (target.Type is ClassType { IsModule: true } dt && IsModuleDict(dt) && s.Indices.Count == 1)
            return ModuleDictItem(target, dt, s.Indices[0], s.Range);
        if (target.Type is ClassType && s.Indices.Count == 1 && TryMagicMethod(s.Range, "__getitem__", target, new[] { EmitExpr(s.Indices[0]) }, out var item)) return item;
        if (s.Indices.Count != 1) throw new CompileError($"'{target.Type.AnnotationStr()}' can only be indexed with a single index", s.Range);
        var index = s.Indices[0];
        if (target.Type is TupleType tt)
        {
            if (index is Ast.SliceExpr ts) return EmitTupleSlice(s, target, tt, ts);
            var iv = EmitExpr(index);
            if (iv.Type != TorchType.Int) throw new CompileError($"tuple indices must be integers, not {iv.Type.AnnotationStr()}", index.Range);
            if (iv.Constant is { IsInt: true } c)
            {
                long i = c.ToInt();
                if (i < 0) i += tt.Elements.Count;
                if (i < 0 || i >= tt.Elements.Count)
                    throw new CompileError($"Tuple index out of range. Tuple is length {tt.Elements.Count} and index is {c.ToInt()}", s.Range);
                return InsertNode("prim::TupleIndex", new[] { target, iv }, s.Range, tt.Elements[(int)i]).Output;
            }
            var unified = Subtyping.UnifyAll(tt.Elements);
            if (unified == null || tt.Elements.Count == 0)
                throw new CompileError("Tuples can only be indexed with a non-constant integer when all their elements have the same type", s.Range);
            return InsertNode("prim::TupleIndex", new[] { target, iv }, s.Range, unified).Output;
        }
        if (index is Ast.SliceExpr slice)
        {
            if (target.Type is not ListType && target.Type != TorchType.Str_)
                throw new CompileError($"'{target.Type.AnnotationStr()}' object does not support slicing", s.Range);
            var args = new List<NamedValue> { new(s.Value.Range, null, target) };
            args.Add(new(s.Range, null, slice.Lower != null ? EmitExpr(slice.Lower) : NoneConst()));
            args.Add(new(s.Range, null, slice.Upper != null ? EmitExpr(slice.Upper) : NoneConst()));
            args.Add(new(s.Range, null, slice.Step != null ? EmitExpr(slice.Step) : IntConst(1)));
            return EmitBuiltinCall(s.Range, "aten::slice", null, args);
        }
        if (target.Type is not (ListType or DictType) && target.Type != TorchType.Str_)
            throw new CompileError($"'{target.Type.AnnotationStr()}' object is not subscriptable", s.Range);
        return EmitBuiltinCall(s.Range, "aten::__getitem__", null, new List<NamedValue> { new(s.Value.Range, null, target), new(index.Range, null, EmitExpr(index)) });
    }

    /// `t[a:b:c]` with constant bounds: a tuple of `TupleIndex` reads, as PyTorch 1.13's createTupleSlice
    /// builds it (so `hidden = result[1:]` names the new tuple, and lowering reads a constructed tuple's
    /// elements directly).
    Value EmitTupleSlice(Ast.Subscript s, Value tuple, TupleType tt, Ast.SliceExpr slice)
    {
        long Const(Ast.Expr e) => EmitExpr(e).Constant is { IsInt: true } v ? v.ToInt() : throw new CompileError("tuple slices must have constant indices", e.Range);
        long step = slice.Step == null ? 1 : Const(slice.Step);
        if (step == 0) throw new CompileError("slice step cannot be zero", slice.Step!.Range);
        int n = tt.Elements.Count;
        long start = slice.Lower == null ? (step > 0 ? 0 : n - 1) : Wrap(Const(slice.Lower), n, step);
        long stop = slice.Upper == null ? (step > 0 ? n : -1) : Wrap(Const(slice.Upper), n, step);
        var items = new List<Value>();
        for (long i = start; step > 0 ? i < stop : i > stop; i += step)
            items.Add(InsertNode("prim::TupleIndex", new[] { tuple, IntConst(i) }, s.Range, tt.Elements[(int)i]).Output);
        return MakeTuple(s.Range, items);
    }

    /// One index of a tensor subscript, evaluated once.
    sealed record IndexPart(Ast.Expr Syntax, Value? Value);

    List<IndexPart> EmitIndexParts(Ast.Subscript s)
    {
        var indices = s.Indices.Count == 1 && s.Indices[0] is Ast.TupleExpr te ? te.Elements : s.Indices;
        return indices.Select(i => new IndexPart(i, i is Ast.SliceExpr or Ast.NoneLiteral or Ast.EllipsisLiteral ? null : EmitExpr(i))).ToList();
    }

    static bool IsAdvanced(IndexPart p) => p.Value is { } v && v.Type != TorchType.Int;

    /// Python's clamping of a slice bound for a sequence of length n.
    static long Wrap(long i, int n, long step)
    {
        if (i < 0) i += n;
        return step > 0 ? Math.Clamp(i, 0, n) : Math.Clamp(i, -1, n - 1);
    }

    /// Tensor indexing left to right: ints select (dropping the dim), slices slice, None unsqueezes,
    /// `...` skips to the trailing dims; tensor/list indices are gathered into one `aten::index`.
    Value EmitTensorIndex(Ast.Subscript s, Value tensor) => ApplyIndex(WithSliceCalls(s), tensor, EmitIndexParts(WithSliceCalls(s)));

    Value ApplyIndex(Ast.Subscript s, Value tensor, List<IndexPart> parts)
    {
        var result = tensor;
        var tensorIndices = new List<(int Dim, Value Index)>();
        int ellipsis = parts.FindIndex(p => p.Syntax is Ast.EllipsisLiteral);
        var trailing = ellipsis >= 0 ? parts.Skip(ellipsis + 1).ToList() : new List<IndexPart>();
        if (ellipsis >= 0) parts = parts.Take(ellipsis).ToList();
        int dim = 0;
        for (int k = 0; k < parts.Count; k++)
        {
            var idx = parts[k].Syntax;
            if (idx is Ast.SliceExpr sl)
            {
                var start = sl.Lower != null ? EmitExpr(sl.Lower) : NoneConst();
                var end = sl.Upper != null ? EmitExpr(sl.Upper) : NoneConst();
                var step = sl.Step != null ? EmitExpr(sl.Step) : IntConst(1);
                result = Op(s.Range, "aten::slice", result, IntConst(dim), start, end, step);
                dim++;
                continue;
            }
            if (idx is Ast.NoneLiteral)
            {
                result = Op(s.Range, "aten::unsqueeze", result, IntConst(dim));
                if (dim >= 0) dim++;
                continue;
            }
            var iv = parts[k].Value!;
            if (iv.Type == TorchType.Int)
            {
                result = Op(s.Range, "aten::select", result, IntConst(dim), iv);
                continue;
            }
            tensorIndices.Add((dim, ToIndexTensor(idx, iv)));
            dim++;
        }
        // indices after `...` apply to the trailing dims: walk them right to left from -1
        int back = -1;
        for (int k = trailing.Count - 1; k >= 0; k--)
        {
            var idx = trailing[k].Syntax;
            if (idx is Ast.NoneLiteral) { result = Op(s.Range, "aten::unsqueeze", result, IntConst(back)); back--; continue; }
            if (idx is Ast.SliceExpr sl)
            {
                result = Op(s.Range, "aten::slice", result, IntConst(back), sl.Lower != null ? EmitExpr(sl.Lower) : NoneConst(),
                    sl.Upper != null ? EmitExpr(sl.Upper) : NoneConst(), sl.Step != null ? EmitExpr(sl.Step) : IntConst(1));
                back--;
                continue;
            }
            var iv = trailing[k].Value!;
            if (iv.Type == TorchType.Int) { result = Op(s.Range, "aten::select", result, IntConst(back), iv); continue; }
            throw new CompileError("tensor indices after '...' are not supported", idx.Range);
        }
        if (tensorIndices.Count == 0) return result;
        return Op(s.Range, "aten::index", result, IndexList(s.Range, tensorIndices));
    }

    Value ToIndexTensor(Ast.Expr idx, Value iv)
    {
        if (iv.Type is ListType) // list indices become long tensors, as PyTorch converts them
            iv = EmitBuiltinCall(idx.Range, "aten::tensor", null, new List<NamedValue> { new(idx.Range, null, iv), new(idx.Range, "dtype", IntConst(4)) });
        if (iv.Type != TorchType.Tensor) throw new CompileError($"Unsupported operation: indexing tensor with unsupported index type {iv.Type.AnnotationStr()}", idx.Range);
        return iv;
    }

    Value IndexList(SourceRange range, List<(int Dim, Value Index)> tensorIndices)
    {
        int maxDim = tensorIndices.Max(t => t.Dim);
        var list = new List<Value>();
        for (int d = 0; d <= maxDim; d++)
        {
            var found = tensorIndices.FirstOrDefault(t => t.Dim == d);
            list.Add(found.Index ?? NoneConst());
        }
        return MakeList(range, new OptionalType(TorchType.Tensor), list);
    }

    void EmitSubscriptAssign(Ast.Subscript s, Value value)
    {
        s = WithSliceCalls(s);
        var target = EmitExpr(s.Value);
        if (target.Type == TorchType.Tensor)
        {
            var parts = EmitIndexParts(s);
            if (parts.Any(IsAdvanced) && parts.All(p => IsAdvanced(p) || p.Syntax is Ast.SliceExpr { Lower: null, Upper: null, Step: null }))
            {
                EmitIndexPut(s, target, parts, value);
                return;
            }
            var sliced = ApplyIndex(s, target, parts);
            if (value.Type != TorchType.Tensor)
            {
                value = EmitBuiltinCall(s.Range, "aten::tensor", null, new List<NamedValue>
                {
                    new(s.Range, null, value),
                    new(s.Range, "dtype", InsertPrim("prim::dtype", sliced, s.Range, TorchType.Int)),
                    new(s.Range, "device", InsertPrim("prim::device", sliced, s.Range, TorchType.Device)),
                });
            }
            Op(s.Range, "aten::copy_", sliced, value);
            return;
        }
        if (target.Type is ClassType && s.Indices.Count == 1 && TryMagicMethod(s.Range, "__setitem__", target, new[] { EmitExpr(s.Indices[0]), value }, out _)) return;
        if (target.Type is TupleType) throw new CompileError("'tuple' object does not support item assignment", s.Range);
        if (s.Indices.Count != 1 || s.Indices[0] is Ast.SliceExpr)
            throw new CompileError("slice assignment is only supported on tensors", s.Range);
        EmitSetItem(s.Range, target, EmitExpr(s.Indices[0]), value);
    }

    /// `t[mask] = v`, `t[idx_tensor] = v`: advanced indexing writes go through `aten::index_put_`.
    void EmitIndexPut(Ast.Subscript s, Value target, List<IndexPart> parts, Value value)
    {
        var list = parts.Select(p => p.Value == null ? NoneConst() : ToIndexTensor(p.Syntax, p.Value)).ToList();
        if (value.Type != TorchType.Tensor)
        {
            value = EmitBuiltinCall(s.Range, "aten::tensor", null, new List<NamedValue>
            {
                new(s.Range, null, value),
                new(s.Range, "dtype", InsertPrim("prim::dtype", target, s.Range, TorchType.Int)),
                new(s.Range, "device", InsertPrim("prim::device", target, s.Range, TorchType.Device)),
            });
        }
        var indexList = MakeList(s.Range, new OptionalType(TorchType.Tensor), list);
        Op(s.Range, "aten::index_put_", target, indexList, value);
    }

    void EmitSetItem(SourceRange range, Value container, Value index, Value value) =>
        EmitBuiltinCall(range, "aten::_set_item", null, new List<NamedValue> { new(range, null, container), new(range, null, index), new(range, null, value) });
}
