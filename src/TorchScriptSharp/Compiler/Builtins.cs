using TorchScriptSharp.IR;
using TorchScriptSharp.Ops;
using TorchScriptSharp.Runtime;
using TorchScriptSharp.Syntax;
using TorchScriptSharp.Types;
using Ast = TorchScriptSharp.Syntax.Ast;

namespace TorchScriptSharp.Compiler;

/// The global names every TorchScript function sees: Python builtins, `torch`, `math`, exception
/// classes, and the functions of the compilation unit.
public static class Builtins
{
    static readonly HashSet<string> SpecialForms = new()
    {
        "len", "range", "print", "int", "float", "bool", "str", "complex", "isinstance", "min", "max", "abs", "list",
        "dict", "tuple", "enumerate", "zip", "sum", "round", "divmod", "pow", "chr", "ord", "hex", "oct", "bin",
        "all", "any", "sorted", "hash", "getattr", "hasattr", "id",
    };

    static readonly HashSet<string> Exceptions = new()
    {
        "Exception", "RuntimeError", "ValueError", "TypeError", "IndexError", "KeyError", "AssertionError",
        "NotImplementedError", "ZeroDivisionError", "StopIteration", "ArithmeticError", "LookupError", "OverflowError",
    };

    static readonly Dictionary<string, (long Code, string Name)> Dtypes = new()
    {
        ["uint8"] = (0, "uint8"), ["int8"] = (1, "int8"), ["int16"] = (2, "int16"), ["short"] = (2, "int16"),
        ["int32"] = (3, "int32"), ["int"] = (3, "int32"), ["int64"] = (4, "int64"), ["long"] = (4, "int64"),
        ["float16"] = (5, "float16"), ["half"] = (5, "float16"), ["float32"] = (6, "float32"), ["float"] = (6, "float32"),
        ["float64"] = (7, "float64"), ["double"] = (7, "float64"), ["complex64"] = (9, "complex64"), ["cfloat"] = (9, "complex64"),
        ["complex128"] = (10, "complex128"), ["cdouble"] = (10, "complex128"), ["bool"] = (11, "bool"), ["bfloat16"] = (15, "bfloat16"),
    };

    public static SugaredValue? Global(FunctionEmitter e, string name)
    {
        if (e.Unit.HasFunction(name)) return new FunctionValue(name);
        if (e.Unit.HasClass(name)) return new ClassValue(e.Unit.ResolveType(name)!);
        if (e.Unit.ImportedClass(name) is var (unit, cls)) return new ClassValue(unit.ResolveType(cls)!);
        if (e.Unit.HasExceptionClass(name)) return new ExceptionClass(e.Unit.PythonQualifiedName(name));
        if (e.Unit.IsIgnoredFunction(name)) return new IgnoredFunctionValue(name);
        if (e.Unit.ImportAlias(name) is { } path && Resolve(e, path) is { } imported) return imported;
        if (SpecialForms.Contains(name)) return new SpecialForm(name);
        if (Exceptions.Contains(name)) return new ExceptionClass(name);
        return name switch
        {
            "torch" => new NamespaceValue("torch"),
            "math" => new NamespaceValue("math"),
            "typing" => new NamespaceValue("typing"),
            "F" => new NamespaceValue("torch.nn.functional"),
            "warnings" => new NamespaceValue("warnings"),
            _ => null,
        };
    }

    /// What a dotted import path refers to: a namespace (`torch.nn.functional`) or one of its members.
    static SugaredValue? Resolve(FunctionEmitter e, string path)
    {
        if (KnownNamespaces.Contains(path)) return new NamespaceValue(path);
        const string utils = "torch.nn.modules.utils.";
        if (path.StartsWith(utils) && RepeatCounts.ContainsKey(path[utils.Length..])) return new SpecialForm(path[utils.Length..]);
        int dot = path.LastIndexOf('.');
        if (dot < 0) return null;
        var (ns, member) = (path[..dot], path[(dot + 1)..]);
        if (!KnownNamespaces.Contains(ns)) return null;
        try { return NamespaceAttribute(e, default, ns, member); } catch (CompileError) { return null; }
    }

    static readonly HashSet<string> KnownNamespaces = new()
    {
        "torch", "math", "typing", "torch.nn", "torch.nn.functional", "torch.jit", "torch._C", "torch._C._nn",
        "torch.linalg", "torch.special", "torch.fft", "torch.autograd", "warnings", "torch._VF",
    };

    /// torch.nn.modules.utils' `_pair(x)`: PyTorch treats these as builtins that repeat a scalar
    /// into a list of fixed length and pass a list through unchanged.
    static readonly Dictionary<string, int> RepeatCounts = new() { ["_single"] = 1, ["_pair"] = 2, ["_triple"] = 3, ["_quadruple"] = 4 };

    public static SugaredValue NamespaceAttribute(FunctionEmitter e, SourceRange range, string ns, string name)
    {
        switch (ns)
        {
            case "torch":
                if (name is "jit" or "nn" or "autograd" or "linalg" or "special" or "fft" or "_C" or "_VF") return new NamespaceValue("torch." + name);
                if (Dtypes.TryGetValue(name, out var dt)) return new SimpleValue(e.Graph.InsertConstant(IValue.FromInt(dt.Code), TorchType.Int, range));
                if (name is "strided") return new SimpleValue(e.Constant(0));
                if (name is "contiguous_format") return new SimpleValue(e.Constant(0));
                if (name is "Tensor") return new SpecialForm("torch.Tensor");
                if (TorchNamespace.OnlyInNn.Contains(name) && !e.Unit.IsLibrary)
                    throw new CompileError($"module 'torch' has no attribute '{name}': the op is bound in torch._C._nn (torch.nn.functional.{name} where it exists)", range);
                if (OperatorRegistry.Lookup("aten::" + name).Count > 0) return new BuiltinFunction("aten::" + name);
                break;
            case "torch.nn":
                if (name == "functional") return new NamespaceValue("torch.nn.functional");
                break;
            case "torch.nn.functional":
                // the library's TorchScript source first (PyTorch scripts these Python functions),
                // then the ops PyTorch binds directly
                if (Library.LibraryModules.Get("torch.nn.functional") is { } lib)
                {
                    if (lib.Aliases.TryGetValue(name, out var target)) name = target;
                    if (lib.Unit.HasFunction(name)) return new LibraryFunctionValue(lib.Unit, name);
                    if (lib.Dispatch.TryGetValue(name, out var dispatch)) return new BooleanDispatchValue(lib.Unit, dispatch);
                }
                name = Library.FunctionalAtenNames.Of(name);
                if (OperatorRegistry.Lookup("aten::" + name).Count > 0) return new BuiltinFunction("aten::" + name);
                break;
            case "warnings" when name == "warn":
                return new BuiltinFunction("aten::warn");
            case "torch._C":
                if (name == "_nn") return new NamespaceValue("torch._C._nn");
                break;
            case "torch._C._nn" or "torch._VF" or "torch.linalg" or "torch.special" or "torch.fft":
            {
                // `torch.linalg.inv` is aten::linalg_inv; `torch._C._nn.mse_loss` is aten::mse_loss
                string prefix = ns switch { "torch.linalg" => "linalg_", "torch.special" => "special_", "torch.fft" => "fft_", _ => "" };
                if (OperatorRegistry.Lookup("aten::" + prefix + name).Count > 0) return new BuiltinFunction("aten::" + prefix + name);
                break;
            }
            case "torch.jit":
                if (name is "annotate" or "is_scripting" or "isinstance" or "_unwrap_optional") return new SpecialForm("torch.jit." + name);
                // a plain Python function in PyTorch, compiled as __torch__.torch.jit._trace.is_tracing
                if (name == "is_tracing" && Library.LibraryModules.Get("torch.jit._trace") is { } trace) return new LibraryFunctionValue(trace.Unit, name);
                break;
            case "math":
                switch (name)
                {
                    case "pi": return new SimpleValue(e.Graph.InsertConstant(IValue.FromDouble(Math.PI), TorchType.Float, range));
                    case "e": return new SimpleValue(e.Graph.InsertConstant(IValue.FromDouble(Math.E), TorchType.Float, range));
                    case "tau": return new SimpleValue(e.Graph.InsertConstant(IValue.FromDouble(Math.Tau), TorchType.Float, range));
                    case "inf": return new SimpleValue(e.Graph.InsertConstant(IValue.FromDouble(double.PositiveInfinity), TorchType.Float, range));
                    case "nan": return new SimpleValue(e.Graph.InsertConstant(IValue.FromDouble(double.NaN), TorchType.Float, range));
                    case "remainder": return new BuiltinFunction("aten::mathremainder"); // IEEE remainder, not Python's %
                }
                if (OperatorRegistry.Lookup("aten::" + name).Count > 0) return new BuiltinFunction("aten::" + name);
                break;
        }
        throw new CompileError($"Unknown builtin op: aten::{name}.\nCould not find any similar ops to {ns}.{name}. This op may not exist or may not be currently supported in TorchScript.", range);
    }

    public static SugaredValue CallSpecialForm(FunctionEmitter e, SourceRange range, string name, Ast.Call call)
    {
        switch (name)
        {
            case "range":
            {
                var args = Positional(e, call, 1, 3, name);
                foreach (var a in args)
                    if (a.Type != TorchType.Int) throw new CompileError($"range() expected int arguments, got {a.Type.AnnotationStr()}", range);
                return args.Count == 1 ? new RangeValue(null, args[0], null) : new RangeValue(args[0], args[1], args.Count == 3 ? args[2] : null);
            }
            case "enumerate":
            {
                if (call.Args.Count is < 1 or > 2) throw new CompileError("enumerate() takes 1 or 2 arguments", range);
                var start = call.Args.Count == 2 ? e.EmitExpr(call.Args[1]) : null;
                var counter = new RangeValue(start, e.Graph.InsertConstant(IValue.FromInt(long.MaxValue), TorchType.Int), null);
                return new IterableTree(new SugaredValue[] { counter, e.EmitSugared(call.Args[0]) });
            }
            case "_single" or "_pair" or "_triple" or "_quadruple":
            {
                var v = Positional(e, call, 1, 1, name)[0];
                if (v.Type is ListType) return new SimpleValue(v);
                if (v.Type is TupleType { Elements: [var first, ..] } tuple && tuple.Elements.All(t => t == first))
                    return new SimpleValue(Conversions.TryConvert(e, v, new ListType(first), false, range)!);
                if (v.Type != TorchType.Int && v.Type != TorchType.Float)
                    throw new CompileError($"{name}() expected an int, a float or a list, got {v.Type.AnnotationStr()}", range);
                return new SimpleValue(e.MakeList(range, v.Type, Enumerable.Repeat(v, RepeatCounts[name]).ToArray()));
            }
            case "zip":
            {
                var children = call.Args.Select(a => e.EmitSugared(a)).ToList();
                // PyTorch unrolls a zip over tuples (their length is static) and loops over lists, so it
                // cannot do both at once
                var staticLength = children.Select(c => c is SimpleValue { Value.Type: TupleType }).ToList();
                if (staticLength.Distinct().Count() > 1)
                    throw new CompileError("Can not iterate over a module list or tuple with a value that does not have a statically determinable length", range);
                return new IterableTree(children);
            }
            case "print":
            {
                if (call.Keywords.Count > 0) throw new CompileError("print() keyword arguments (sep, end, file...) are not supported in TorchScript", call.Keywords[0].Range);
                var args = call.Args.Select(a => e.EmitExpr(a)).ToList();
                var node = e.Graph.Insert("prim::Print", args, 0, range);
                node.Schema = OperatorRegistry.Lookup("prim::Print").FirstOrDefault()?.Schema;
                return new SimpleValue(e.Graph.InsertConstant(IValue.None, TorchType.None));
            }
            case "int" or "float" or "bool" or "str" or "complex":
            {
                if (call.Args.Count == 0)
                    return new SimpleValue(name switch
                    {
                        "int" => e.Constant(0), "float" => e.Graph.InsertConstant(IValue.FromDouble(0), TorchType.Float),
                        "bool" => e.Graph.InsertConstant(IValue.FromBool(false), TorchType.Bool), _ => e.Graph.InsertConstant(IValue.FromString(""), TorchType.Str_),
                    });
                var v = e.EmitExpr(call.Args[0]);
                if (call.Args.Count == 1 && e.TryMagic(range, $"__{name}__", v, out var magicResult)) return new SimpleValue(magicResult);
                if (name == "bool" && call.Args.Count == 1 && (v.Type == TorchType.Str_ || v.Type is ListType or DictType))
                    return new SimpleValue(e.Truthiness(v, range)); // bool(s) is len(s) > 0
                string symbol = name switch { "int" => "aten::Int", "float" => "aten::Float", "bool" => "aten::Bool", "complex" => "aten::Complex", _ => "aten::str" };
                var target = name switch { "int" => TorchType.Int, "float" => TorchType.Float, "bool" => TorchType.Bool, "complex" => TorchType.Complex, _ => TorchType.Str_ };
                if (v.Type == target && call.Args.Count == 1) return new SimpleValue(v);
                // the first argument is already evaluated: don't evaluate it twice
                var args = new List<NamedValue> { new(call.Args[0].Range, null, v) };
                args.AddRange(call.Args.Skip(1).Select(a => new NamedValue(a.Range, null, e.EmitExpr(a))));
                args.AddRange(call.Keywords.Select(k => new NamedValue(k.Range, k.Name, e.EmitExpr(k.Value))));
                return new SimpleValue(e.EmitBuiltinCall(range, symbol, null, args));
            }
            case "len" when call.Args.Count == 1 && call.Keywords.Count == 0:
            {
                var v = e.EmitExpr(call.Args[0]);
                if (e.TryMagic(range, "__len__", v, out var viaMethod)) return new SimpleValue(viaMethod);
                if (v.Type is ClassType ct) throw new CompileError($"object of type '{ct.Name}' has no len(): define __len__ on the class", range);
                return new SimpleValue(e.EmitBuiltinCall(range, "aten::len", null, new List<NamedValue> { new(call.Args[0].Range, null, v) }));
            }
            case "len":
                return new SimpleValue(e.EmitBuiltinCall(range, "aten::len", null, e.EmitArguments(call)));
            case "min" or "max" or "abs":
                return new SimpleValue(e.EmitBuiltinCall(range, "prim::" + name, null, e.EmitArguments(call)));
            case "list":
            {
                if (call.Args.Count == 0) return new SimpleValue(e.MakeList(range, TorchType.Tensor, Array.Empty<Value>()));
                return new SimpleValue(e.EmitListCall(range, e.EmitSugared(call.Args[0]), null));
            }
            case "dict":
            {
                return new SimpleValue(e.EmitDictCall(range, call, null));
            }
            case "isinstance" or "torch.jit.isinstance":
            {
                var cond = IsInstanceCondition(e, call);
                return new SimpleValue(cond.Value ?? e.Graph.InsertConstant(IValue.FromBool(cond.Static!.Value), TorchType.Bool, range));
            }
            case "torch.jit.annotate":
            {
                if (call.Args.Count != 2) throw new CompileError("torch.jit.annotate takes a type and a value", range);
                var type = TypeAnnotations.Resolve(call.Args[0], e.Unit);
                var v = e.EmitExpr(call.Args[1], type);
                var converted = Conversions.TryConvert(e, v, type, false, range);
                if (converted == null || !converted.Type.IsSubtypeOf(type))
                    throw new CompileError($"torch.jit.annotate: expected a value of type {type.AnnotationStr()} but got {v.Type.AnnotationStr()}", range);
                if (converted.Type != type && e.Graph.InsertPoint != null && converted.Constant is { IsNone: true })
                    converted.Type = type;
                return new SimpleValue(converted);
            }
            case "hasattr":
            {
                if (call.Args.Count != 2 || call.Args[1] is not Ast.StringLiteral attrName)
                    throw new CompileError("hasattr's second argument must be a string literal", range);
                var obj = e.EmitExpr(call.Args[0]);
                bool has = obj.Type is ClassType ct && (ct.AttributeSlot(attrName.Value) >= 0 || e.UnitOf(ct).FindMethodDef(ct, attrName.Value) != null);
                return new SimpleValue(e.Graph.InsertConstant(IValue.FromBool(has), TorchType.Bool, range));
            }
            case "getattr":
            {
                if (call.Args.Count != 2 || call.Args[1] is not Ast.StringLiteral attrName)
                    throw new CompileError("getattr's attribute name must be a string literal", range);
                return e.EmitSugared(call.Args[0]).Attr(e, range, attrName.Value);
            }
            case "torch.jit._unwrap_optional":
            {
                var v = e.EmitExpr(call.Args[0]);
                var inner = v.Type is OptionalType o ? o.Element : v.Type;
                var node = e.Graph.Insert("aten::_unwrap_optional", new[] { v }, 1, range);
                node.Output.Type = inner;
                return new SimpleValue(node.Output);
            }
            case "torch.jit.is_scripting":
                return new SimpleValue(e.Graph.InsertConstant(IValue.FromBool(true), TorchType.Bool, range));
            case "sum" or "all" or "any" or "sorted" or "divmod" or "round" or "pow" or "chr" or "ord" or "hex" or "oct" or "bin" or "hash":
                return new SimpleValue(e.EmitBuiltinCall(range, "aten::" + name, null, e.EmitArguments(call)));
        }
        throw new CompileError($"Python builtin <built-in function {name}> is currently not supported in Torchscript", range);
    }

    static List<Value> Positional(FunctionEmitter e, Ast.Call call, int min, int max, string name)
    {
        if (call.Keywords.Count > 0) throw new CompileError($"{name}() does not take keyword arguments", call.Keywords[0].Range);
        if (call.Args.Count < min || call.Args.Count > max)
            throw new CompileError($"{name}() expected {(min == max ? min.ToString() : $"{min} to {max}")} arguments, got {call.Args.Count}", call.Range);
        return call.Args.Select(a => e.EmitExpr(a)).ToList();
    }

    /// `isinstance(x, T)` is decided from x's static type; on an Optional/Union it refines x.
    public static CondValue IsInstanceCondition(FunctionEmitter e, Ast.Call call)
    {
        var v = e.EmitExpr(call.Args[0]);
        if (call.Args[1] is Ast.Name { Id: "dict" } bareDict)
            throw new CompileError("isinstance(x, dict) is not supported; use torch.jit.isinstance(x, Dict[K, V])", bareDict.Range);
        TorchType Target(Ast.Expr x) => x is Ast.Name { Id: "list" or "List" } ? TorchType.AnyList
            : x is Ast.Name { Id: "tuple" or "Tuple" } ? TorchType.AnyTuple : TypeAnnotations.Resolve(x, e.Unit);
        var written = call.Args[1] is Ast.TupleExpr te ? te.Elements.Select(Target).ToList() : new List<TorchType> { Target(call.Args[1]) };
        // PyTorch normalises the checked types like a Union: Optional[int] is (int, NoneType), sorted
        var targets = UnionType.Of(written) is UnionType ut ? ut.Members.ToList() : new List<TorchType> { UnionType.Of(written) };
        bool Matches(TorchType t) => targets.Any(target => t.IsSubtypeOf(target));
        var none = Array.Empty<Refinement>();
        if (Matches(v.Type)) return new CondValue(null, none, none, true);
        // Any can hold anything: a run-time check that refines to the (single) target type
        var members = v.Type == TorchType.Any ? targets.ToArray()
            : v.Type is OptionalType o ? new[] { o.Element, TorchType.None } : v.Type is UnionType u ? u.Members.ToArray() : null;
        if (members == null || !members.Any(Matches)) return new CondValue(null, none, none, false);
        var refined = members.Where(Matches).ToList();
        var refinedType = refined.Count == 1 ? refined[0] : UnionType.Of(refined);
        var node = e.Graph.Insert("prim::isinstance", new[] { v }, 1, call.Range);
        node.Output.Type = TorchType.Bool;
        node.Attributes["types"] = targets;
        var rest = members.Where(m => !Matches(m)).ToList();
        var restType = rest.Count == 1 ? rest[0] : UnionType.Of(rest);
        if (restType is UnionType ru && ru.Members.Count == 2 && ru.Members.Contains(TorchType.None))
            restType = new OptionalType(ru.Members.First(m => m != TorchType.None));
        var ifTrue = call.Args[0] is Ast.Name n ? new[] { new Refinement(n.Id, refinedType) } : none;
        // on Any, PyTorch's false branch "refines" to Any itself (an unchecked_cast(Any, x) in the else)
        if (v.Type == TorchType.Any) { rest = new List<TorchType> { TorchType.Any }; restType = TorchType.Any; }
        var ifFalse = call.Args[0] is Ast.Name n2 && rest.Count > 0 ? new[] { new Refinement(n2.Id, restType) } : none;
        return new CondValue(node.Output, ifTrue, ifFalse, null);
    }
}
