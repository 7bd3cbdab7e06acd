using TorchScriptSharp.Compiler;
using TorchScriptSharp.Eager;
using TorchScriptSharp.Runtime;
using TorchScriptSharp.Serialization;
using TorchScriptSharp.Types;
using TorchSharp;
using Ast = TorchScriptSharp.Syntax.Ast;

namespace TorchScriptSharp.Modules;

/// torch.jit.script on a module instance the eager evaluator built: the instance's parameters,
/// buffers, attributes and submodules become a module class type (PyTorch's ConcreteModuleType),
/// its `forward` and exported methods are compiled against it, and a ScriptObject holds the values.
public sealed class ModuleScripter
{
    readonly Func<string, CompilationUnit?> _unitFor;
    readonly Dictionary<PyInstance, ScriptObject> _scripted = new(ReferenceEqualityComparer.Instance);
    // identical concrete types share one class type, as PyTorch's type sharing does
    readonly Dictionary<string, ClassType> _typesBySignature = new();
    readonly TypeNameRegistry _names;

    readonly EagerInterpreter? _python;
    // scripted objects back to the eager instances, for methods that stay Python
    readonly Dictionary<ScriptObject, PyInstance> _instances = new(ReferenceEqualityComparer.Instance);

    /// <param name="unitFor">The compilation unit of a Python module name (`__main__`, `torch.nn.modules.linear`).</param>
    /// <param name="python">The evaluator that built the instances; `@torch.jit.ignore` methods run in it.</param>
    public ModuleScripter(Func<string, CompilationUnit?> unitFor, EagerInterpreter? python = null)
    {
        _unitFor = unitFor;
        _python = python;
        _names = python?.Engine.TypeNames ?? new TypeNameRegistry();
    }

    public ScriptModule Script(PyInstance module)
    {
        var obj = ScriptInstance(module);
        var unit = (CompilationUnit)obj.Type.Owner!;
        // an overloaded forward (nn.LSTM's) exists only as its variants, forward__0, forward__1...
        var overloads = unit.AllMethodOverloadNames(obj.Type).ToList();
        if (unit.MethodOverloadNames(obj.Type, "forward") == null && unit.GetMethod(obj.Type, "forward", Range(module)) == null)
            throw new Syntax.CompileError($"module {obj.Type.Name} has no forward method", Range(module));
        foreach (var name in overloads.Concat(ExportedMethods(module.Class))) unit.GetMethod(obj.Type, name, Range(module));
        return new ScriptModule(obj);
    }

    ScriptObject ScriptInstance(PyInstance module)
    {
        if (_scripted.TryGetValue(module, out var done)) return done;
        if (module.Script is ScriptObject already) return already; // traced (or scripted) in __init__
        var state = module.Module ?? throw new ArgumentException($"{module} is not an nn.Module");
        var unit = _unitFor(module.Class.Module) ?? throw new ArgumentException($"no TorchScript source for module '{module.Class.Module}'");
        var slots = new List<(string Name, TorchType Type, IValue Value)>();
        foreach (var (k, v) in state.Parameters) slots.Add(((string)k!, v == null ? TorchType.None : TorchType.Tensor, v == null ? IValue.None : IValue.FromTensor((torch.Tensor)v)));
        foreach (var (k, v) in state.Buffers) slots.Add(((string)k!, v == null ? TorchType.None : TorchType.Tensor, v == null ? IValue.None : IValue.FromTensor((torch.Tensor)v)));
        var constantNames = ConstantNames(module.Class);
        var annotations = ClassAnnotations(module.Class);
        foreach (var (name, ann) in annotations) if (ann.Final) constantNames.Add(name);
        var constants = new Dictionary<string, IValue>();
        var functions = new Dictionary<string, (CompilationUnit? Unit, string Function)>();
        foreach (var (name, value) in module.Dict)
        {
            if (value is PyFunction { Definition: not null } fn && !name.StartsWith("__") && _unitFor(fn.ModuleName) is { } fnUnit
                && fnUnit.HasFunction(fn.Name))
                functions[name] = (fnUnit, fn.Name);
            if (value is Eager.BuiltinFunction { Operator: { } op } && !name.StartsWith("__")) functions[name] = (null, op);
            if (name.StartsWith("__") || IgnoredAttributes.Contains(name) || value is PyFunction or BoundMethod) continue;
            if (constantNames.Contains(name)) { constants[name] = ValueConversion.ToIValue(Plain(value)); continue; }
            // a class annotation (`words: List[str]`) types the attribute; otherwise the value's type is inferred
            var annotated = annotations.TryGetValue(name, out var ann) ? TypeAnnotations.Resolve(ann.Type, ann.Unit) : null;
            if ((annotated ?? TryInferType(value)) is not { } valueType) continue; // PyTorch records a "failed" attribute: an error only if used
            slots.Add((name, valueType, ValueConversion.ToIValue(Plain(value), valueType)));
        }
        var children = new List<(string Name, ScriptObject? Obj)>();
        foreach (var (k, v) in state.Modules) children.Add(((string)k!, v is PyInstance child ? ScriptInstance(child) : null));

        var signature = $"{module.Class.Module}.{module.Class.QualName}|" + string.Join(";", slots.Select(s => $"{s.Name}:{s.Type}"))
            + "|" + string.Join(";", state.Parameters.Keys) + "|" + string.Join(";", state.Buffers.Keys)
            + "|" + string.Join(";", constants.Select(c => $"{c.Key}={c.Value}"))
            + "|" + string.Join(";", functions.Select(f => $"{f.Key}={f.Value.Unit?.ModuleName}.{f.Value.Function}")) + "|" + string.Join(";", children.Select(c => $"{c.Name}:{c.Obj?.Type.QualifiedName}"))
            + "|" + ModuleHooks.Signature(state);
        if (!_typesBySignature.TryGetValue(signature, out var type))
        {
            type = new ClassType(QualifiedName(module.Class), isModule: true) { Owner = unit, Container = ContainerKind(module.Class) };
            foreach (var s in slots) type.AddAttribute(s.Name, s.Type);
            foreach (var (k, _) in state.Parameters) type.ParameterNames.Add((string)k!);
            foreach (var (k, _) in state.Buffers) type.BufferNames.Add((string)k!);
                foreach (var c in children) type.AddAttribute(c.Name, c.Obj?.Type ?? TorchType.None);
            foreach (var (k, v) in constants) type.Constants[k] = v;
            foreach (var (k, f) in functions) type.FunctionAttributes[k] = f;
            var cls = module.Class;
            if (IsContainer(type))
            {
                // PyTorch gives containers a generated `__len__` returning their static length
                type.AddMethod("__len__", SyntheticMethod(type, $"def __len__(self) -> int:\n    return {children.Count}\n", "__len__"));
                unit.RegisterModuleType(type, name => name == "__len__" ? null : FindMethod(cls, name));
            }
            else unit.RegisterModuleType(type, name => Modifier(cls, name) is "ignore" or "unused" ? null : FindMethod(cls, name));
            foreach (var (name, stubs) in OverloadedMethods(cls)) unit.RegisterMethodOverloads(type, name, stubs);
            foreach (var (name, fn) in PythonOnlyMethods(cls))
            {
                var pySignature = Signature.Of(fn.Definition!, unit, type);
                var callback = Modifier(cls, name) == "ignore" ? CallPython(name) : null;
                unit.RegisterPythonMethod(type, new CompilationUnit.PythonMethod(name, callback, pySignature.DeclaredReturn ?? TorchType.None, pySignature));
            }
            ModuleHooks.Compile(type, state, _unitFor, Range(module));
            _typesBySignature[signature] = type;
        }
        var obj = new ScriptObject(type);
        int i = 0;
        foreach (var s in slots) obj.SetAttr(i++, s.Value);
        foreach (var c in children) obj.SetAttr(i++, c.Obj == null ? IValue.None : IValue.FromObject(c.Obj));
        _scripted[module] = obj;
        _instances[obj] = module;
        return obj;
    }

    static string? Modifier(PyClass cls, string name) =>
        cls.Mro.Select(c => c.Dict.TryGetValue(name, out var v) ? v as PyFunction : null).FirstOrDefault(f => f != null) is { } f
        && f.Attributes.TryGetValue("_torchscript_modifier", out var m) ? m as string : null;

    static IEnumerable<(string Name, PyFunction Fn)> PythonOnlyMethods(PyClass cls) =>
        cls.Mro.SelectMany(c => c.Dict).Where(p => p.Value is PyFunction { Definition: not null } f
                && f.Attributes.TryGetValue("_torchscript_modifier", out var m) && m as string is "ignore" or "unused")
            .GroupBy(p => p.Key).Select(g => (g.Key, (PyFunction)g.First().Value!));

    /// Runs an ignored method on the eager instance behind a scripted object.
    Func<IValue[], IValue> CallPython(string name) => args =>
    {
        if (_python == null || args[0].Reference is not ScriptObject self || !_instances.TryGetValue(self, out var instance))
            throw new InvalidOperationException($"{name} is a Python method and no Python instance is attached");
        var result = _python.CallMethod(instance, name, args.Skip(1).Select(ValueConversion.ToDotNet).ToArray());
        return ValueConversion.ToIValue(result);
    };

    // module containers get PyTorch's generated `__len__`
    static bool IsContainer(ClassType t) => t.Container is ModuleContainerKind.List or ModuleContainerKind.Dict;

    /// PyTorch's isinstance test: the class or any base is torch.nn's ModuleList/Sequential or ModuleDict.
    static ModuleContainerKind ContainerKind(PyClass cls)
    {
        foreach (var c in cls.Mro)
        {
            if (c.Module != "torch.nn.modules.container") continue;
            if (c.Name is "ModuleList" or "Sequential") return ModuleContainerKind.List;
            if (c.Name == "ModuleDict") return ModuleContainerKind.Dict;
            if (c.Name == "ParameterList") return ModuleContainerKind.ParameterList;
            if (c.Name == "ParameterDict") return ModuleContainerKind.ParameterDict;
        }
        return ModuleContainerKind.None;
    }

    /// A method PyTorch generates rather than compiles from the class's source.
    static GraphFunction SyntheticMethod(ClassType type, string source, string name)
    {
        var text = new Syntax.SourceText(source, "<generated>");
        var def = (Ast.FunctionDef)Syntax.Parser.ParseModule(text).Body[0];
        var unit = new CompilationUnit(new Ast.ModuleSyntax(text, Array.Empty<Ast.Stmt>()), "");
        return FunctionEmitter.Compile(unit, def, type.QualifiedName + "." + name, type);
    }

    /// `__torch__.<module>.<Class>`; a second, different concrete type of the same class is mangled.
    string QualifiedName(PyClass cls) => _names.Claim(cls.Module, cls.QualName);

    static readonly HashSet<string> IgnoredAttributes = new()
    {
        "_version", "_parameters", "_buffers", "_non_persistent_buffers_set", "_backward_hooks", "_forward_hooks",
        "_forward_pre_hooks", "_state_dict_hooks", "_load_state_dict_pre_hooks", "_load_state_dict_post_hooks",
        "_modules", "_initializing", "dump_patches", "_is_full_backward_hook",
    };

    static HashSet<string> ConstantNames(PyClass cls)
    {
        var names = new HashSet<string>();
        foreach (var c in cls.Mro)
            if (c.Dict.TryGetValue("__constants__", out var v) && v is IEnumerable<object?> list)
                foreach (var n in list) if (n is string s) names.Add(s);
        return names;
    }

    /// PEP 526 class annotations (`words: List[str]`, `a: Final[int]`) of the class and its bases, the
    /// nearest class first. A `Final` one marks a constant, as `__constants__` does.
    Dictionary<string, (Ast.Expr Type, CompilationUnit? Unit, bool Final)> ClassAnnotations(PyClass cls)
    {
        var result = new Dictionary<string, (Ast.Expr, CompilationUnit?, bool)>();
        foreach (var c in cls.Mro)
        {
            if (c.Definition == null) continue;
            var unit = _unitFor(c.Module);
            foreach (var a in c.Definition.Body.OfType<Ast.AnnAssign>())
            {
                if (a.Target is not Ast.Name { Id: var name } || result.ContainsKey(name)) continue;
                bool final = TypeAnnotations.DottedName(a.Annotation is Ast.Subscript sub ? sub.Value : a.Annotation)
                    is "Final" or "typing.Final" or "torch.jit.Final" or "typing_extensions.Final";
                result[name] = (a.Annotation, unit, final);
            }
        }
        return result;
    }

    static Ast.FunctionDef? FindMethod(PyClass cls, string name)
    {
        foreach (var c in cls.Mro)
            if (c.Dict.TryGetValue(name, out var v) && v is PyFunction { Definition: { } def }) return def;
        return null;
    }

    /// Methods declared by `@torch._jit_internal._overload_method` stubs, with the stubs in source order:
    /// those of the class that defines the implementation (PyTorch keys them by its qualified name).
    static IEnumerable<(string Name, IReadOnlyList<Ast.FunctionDef> Stubs)> OverloadedMethods(PyClass cls)
    {
        var seen = new HashSet<string>();
        foreach (var c in cls.Mro)
        {
            if (c.Definition == null) continue;
            foreach (var group in c.Definition.Body.OfType<Ast.FunctionDef>().Where(IsOverloadStub).GroupBy(f => f.Name))
                if (seen.Add(group.Key) && c.Dict.TryGetValue(group.Key, out var impl) && impl is PyFunction { Definition: not null }
                    && !cls.Mro.TakeWhile(x => x != c).Any(x => x.Dict.ContainsKey(group.Key)))
                    yield return (group.Key, group.ToList());
        }
    }

    static bool IsOverloadStub(Ast.FunctionDef def) =>
        def.Decorators.Any(d => TypeAnnotations.DottedName(d) is "torch._jit_internal._overload_method" or "_overload_method" or "torch.jit._overload_method");

    static IEnumerable<string> ExportedMethods(PyClass cls) =>
        cls.Mro.SelectMany(c => c.Dict).Where(p => p.Value is PyFunction f && f.Attributes.TryGetValue("_torchscript_modifier", out var m) && m as string == "export")
            .Select(p => p.Key).Distinct().OrderBy(n => n, StringComparer.Ordinal);

    static object? Plain(object? v) => v is torch.ScalarType st ? (long)st : v;

    /// The TorchScript type of a plain attribute value, or null when PyTorch could not infer one.
    static TorchType? TryInferType(object? v) => v switch
    {
        null => TorchType.None,
        bool => TorchType.Bool,
        long or int => TorchType.Int,
        double => TorchType.Float,
        string => TorchType.Str_,
        torch.Tensor => TorchType.Tensor,
        torch.ScalarType => TorchType.Int,
        TorchDevice => TorchType.Device,
        PyList { Count: > 0 } l => TryInferType(l[0]) is { } e && l.All(x => TryInferType(x) == e) ? new ListType(e) : null,
        PyTuple t => t.Select(TryInferType).ToList() is var els && els.All(x => x != null) ? new TupleType(els!) : null,
        _ => null,
    };

    static Syntax.SourceRange Range(PyInstance m) =>
        m.Class.Definition?.Range ?? new Syntax.SourceRange(new Syntax.SourceText("", "<module>"), 0, 0);
}
