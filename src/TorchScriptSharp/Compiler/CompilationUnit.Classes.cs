using TorchScriptSharp.Runtime;
using TorchScriptSharp.Syntax;
using TorchScriptSharp.Types;
using Ast = TorchScriptSharp.Syntax.Ast;

namespace TorchScriptSharp.Compiler;

/// Classes of the unit: TorchScript classes (attributes inferred from `__init__`), NamedTuples, Enums
/// and interfaces. Their types are created on first reference; `__init__` is compiled before any
/// attribute is read, other methods when first called.
public sealed partial class CompilationUnit
{
    readonly Dictionary<string, Ast.ClassDef> _classDefs = new();
    readonly Dictionary<string, TorchType> _classTypes = new();
    readonly Dictionary<ClassType, Ast.ClassDef> _defsByType = new();
    readonly HashSet<ClassType> _initialized = new();

    /// A class deriving from a user Enum without members (`class Color(BaseColor)`) is an Enum too.
    ClassKind KindOf(Ast.ClassDef def)
    {
        var kind = ClassKinds.Of(def);
        if (kind != ClassKind.Class) return kind;
        foreach (var b in def.Bases)
            if (TypeAnnotations.DottedName(b) is { } baseName && baseName != def.Name && _classDefs.TryGetValue(baseName, out var baseDef)
                && KindOf(baseDef) == ClassKind.Enum)
                return ClassKind.Enum;
        return kind;
    }

    public bool HasClass(string name) => _classDefs.TryGetValue(name, out var d) ? KindOf(d) != ClassKind.Exception : _namedTupleCalls.ContainsKey(name);

    /// User exception classes (`class MyError(Exception): pass`) are raised by their Python name.
    public bool HasExceptionClass(string name) => _classDefs.TryGetValue(name, out var d) && KindOf(d) == ClassKind.Exception;
    public string PythonQualifiedName(string name) => ModuleName.Length == 0 ? name : $"{ModuleName}.{name}";

    /// The type a class name denotes (a ClassType, named TupleType or EnumType), or null.
    public TorchType? ResolveType(string dottedName)
    {
        var name = dottedName.StartsWith("__torch__.") ? dottedName[(dottedName.LastIndexOf('.') + 1)..] : dottedName;
        if (_classTypes.TryGetValue(name, out var existing)) return existing;
        if (_namedTupleCalls.TryGetValue(name, out var factoryCall)) return _classTypes[name] = BuildNamedTuple(factoryCall);
        if (!_classDefs.TryGetValue(name, out var def)) return ImportedClass(name) is var (unit, cls) ? unit.ResolveType(cls) : null;
        var qualified = QualifiedName(name);
        TorchType type;
        switch (KindOf(def))
        {
            case ClassKind.NamedTuple:
                _classTypes[name] = TorchType.Any; // placeholder while fields resolve (self-reference is an error)
                var fields = def.Body.OfType<Ast.AnnAssign>().Where(a => a.Target is Ast.Name).ToList();
                type = new TupleType(fields.Select(f => TypeAnnotations.Resolve(f.Annotation, this)).ToList(),
                                     fields.Select(f => ((Ast.Name)f.Target).Id).ToList(), qualified);
                break;
            case ClassKind.Enum:
                type = EnumDefinition.Build(def, qualified);
                break;
            default:
                var classType = new ClassType(qualified, isInterface: KindOf(def) == ClassKind.Interface) { Owner = this };
                _defsByType[classType] = def;
                classType.DeclaredMethodNames = def.Body.OfType<Ast.FunctionDef>().Select(f => f.Name).ToList();
                classType.MethodSignature = method =>
                {
                    var m = FindMethodDef(classType, method);
                    if (m == null) return null;
                    var sig = Signature.Of(m, this, classType);
                    return (sig.Parameters.Skip(1).Select(p => p.Type).ToList(), sig.DeclaredReturn ?? TorchType.None);
                };
                type = classType;
                break;
        }
        _classTypes[name] = type;
        return type;
    }

    public Ast.ClassDef DefinitionOf(ClassType type) => _defsByType[type];

    /// A class imported from a bundled library module (`from ..utils.rnn import PackedSequence` in
    /// torch.nn.modules.rnn): the unit that defines it and its name there.
    public (CompilationUnit Unit, string Name)? ImportedClass(string name)
    {
        if (ImportAlias(name) is not { } path || path.LastIndexOf('.') is var dot && dot < 0) return null;
        var unit = Library.LibraryModules.Get(path[..dot])?.Unit;
        return unit != null && unit != this && unit.HasClass(path[(dot + 1)..]) ? (unit, path[(dot + 1)..]) : null;
    }

    /// The unit whose source defines a NamedTuple type (this one, or the library module it was imported from).
    public CompilationUnit DefiningUnit(TupleType type)
    {
        var qualified = type.QualifiedName!;
        var name = qualified[(qualified.LastIndexOf('.') + 1)..];
        if (QualifiedName(name) == qualified) return this;
        var module = qualified["__torch__.".Length..qualified.LastIndexOf('.')];
        return Library.LibraryModules.Get(module)?.Unit ?? this;
    }

    /// `class M(torch.nn.Module)`: a module type, which script code cannot construct.
    public bool IsModuleSubclass(ClassType type) =>
        _defsByType.TryGetValue(type, out var def) && def.Bases.Any(b => TypeAnnotations.DottedName(b) is { } n
            && (ImportAlias(n.Split('.')[0]) is { } alias ? alias + n[n.Split('.')[0].Length..] : n) is "torch.nn.Module" or "nn.Module" or "torch.nn.modules.module.Module");

    /// `class C: name = "C"`: a class variable, which TorchScript classes do not support.
    public bool HasClassVariable(ClassType type, string name) =>
        _defsByType.TryGetValue(type, out var def)
        && def.Body.Any(s => s is Ast.Assign { Targets: var ts } && ts.Any(t => t is Ast.Name n && n.Id == name));

    /// NamedTuple field defaults (`b: float = 1.0`), by field name.
    public IReadOnlyDictionary<string, Ast.Expr> NamedTupleDefaults(TupleType type)
    {
        // a named tuple made by a namedtuple()/NamedTuple() call has no defaults
        if (!_classDefs.TryGetValue(type.QualifiedName![(type.QualifiedName!.LastIndexOf('.') + 1)..], out var def))
            return new Dictionary<string, Ast.Expr>();
        return def.Body.OfType<Ast.AnnAssign>().Where(a => a.Target is Ast.Name && a.Value != null)
            .ToDictionary(a => ((Ast.Name)a.Target).Id, a => a.Value!);
    }

    /// Compiles `__init__` (which declares the attributes) unless that is already done or under way.
    public void EnsureInitialized(ClassType type, SourceRange site)
    {
        if (type.IsInterface || type.IsModule || _initialized.Contains(type) || !_defsByType.ContainsKey(type)) return;
        if (_inProgress.Contains(type.QualifiedName + ".__init__")) return; // attributes being declared now
        _initialized.Add(type);
        if (FindMethodDef(type, "__init__") != null) GetMethod(type, "__init__", site);
    }

    /// A module method that stays Python (`@torch.jit.ignore`): calls run it through the callback;
    /// an `@torch.jit.unused` one (Callback null) raises when reached.
    public sealed record PythonMethod(string Name, Func<IValue[], IValue>? Callback, TorchType Return, Signature Signature);

    readonly Dictionary<(ClassType, string), PythonMethod> _pythonMethods = new();
    public void RegisterPythonMethod(ClassType type, PythonMethod method) => _pythonMethods[(type, method.Name)] = method;
    public PythonMethod? FindPythonMethod(ClassType type, string name) => _pythonMethods.TryGetValue((type, name), out var m) ? m : null;

    // Module classes scripted from eager instances: their methods come from the Python class (its MRO).
    readonly Dictionary<ClassType, Func<string, Ast.FunctionDef?>> _moduleMethods = new();

    /// Makes a module type's methods compile in this unit (the unit of the module's Python source).
    public void RegisterModuleType(ClassType type, Func<string, Ast.FunctionDef?> findMethod) => _moduleMethods[type] = findMethod;

    /// A method by its compiled name; properties are `__x_getter` / `__x_setter` (PyTorch's naming).
    public Ast.FunctionDef? FindMethodDef(ClassType type, string name)
    {
        if (_moduleMethods.TryGetValue(type, out var finder))
            return _methodOverloads.ContainsKey((type, name)) ? null : OverloadVariantDef(type, name, finder) ?? finder(name);
        if (!_defsByType.TryGetValue(type, out var def)) return null;
        var methods = def.Body.OfType<Ast.FunctionDef>();
        if (name.StartsWith("__") && name.EndsWith("_getter"))
            return methods.FirstOrDefault(f => IsProperty(f) && "__" + f.Name + "_getter" == name);
        if (name.StartsWith("__") && name.EndsWith("_setter"))
            return methods.FirstOrDefault(f => IsSetter(f) && "__" + f.Name + "_setter" == name);
        return methods.FirstOrDefault(f => f.Name == name && !IsProperty(f) && !IsSetter(f));
    }

    static bool IsSetter(Ast.FunctionDef f) => f.Decorators.Any(d => d is Ast.Attribute { Name: "setter" });

    /// Every method name of a class as compiled (properties under their accessor names).
    public IEnumerable<string> MethodNames(ClassType type) =>
        _defsByType[type].Body.OfType<Ast.FunctionDef>().Select(f => IsProperty(f) ? $"__{f.Name}_getter" : IsSetter(f) ? $"__{f.Name}_setter" : f.Name);

    public bool IsStaticMethod(Ast.FunctionDef def) => def.Decorators.Any(d => TypeAnnotations.DottedName(d) is "staticmethod");
    public static bool IsProperty(Ast.FunctionDef def) => def.Decorators.Any(d => TypeAnnotations.DottedName(d) is "property");

    /// The compiled method (also registered on the class type); null when the class has no such method.
    public GraphFunction? GetMethod(ClassType type, string name, SourceRange site)
    {
        if (type.Method(name) is GraphFunction done) return done;
        var def = FindMethodDef(type, name);
        if (def == null) return null;
        var key = MethodKey(type, name, def);
        if (name == "__init__") _initialized.Add(type);
        return CompileOnce(key, () => FunctionEmitter.Compile(this, def, key, IsStaticMethod(def) ? null : type),
            site, fn => type.AddMethod(name, fn));
    }

    /// Every method, as torch.jit.script compiles a whole class (dynamic dispatch through an
    /// interface may call any of them). Methods already being compiled are skipped.
    public void CompileAllMethods(ClassType type, SourceRange site)
    {
        if (type.IsModule) return; // modules compile forward, exported methods and what they call
        if (!_defsByType.ContainsKey(type) || !_fullyCompiled.Add(type)) return;
        foreach (var name in MethodNames(type).ToList())
            if (FindMethodDef(type, name) is { } def && !_inProgress.Contains(MethodKey(type, name, def))) GetMethod(type, name, site);
    }

    readonly HashSet<ClassType> _fullyCompiled = new();

    /// Static methods are qualified like module-level functions, as PyTorch names them.
    string MethodKey(ClassType type, string name, Ast.FunctionDef def) =>
        IsStaticMethod(def) ? QualifiedName(name) : type.QualifiedName + "." + name;

    /// Interface methods have only a schema.
    public Signature? InterfaceMethod(ClassType type, string name)
    {
        var def = FindMethodDef(type, name);
        return def == null ? null : Signature.Of(def, this, type);
    }
}
