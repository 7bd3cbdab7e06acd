namespace TorchScriptSharp.Eager;

/// A namespace that names are read from and bound in: a module's globals, a function call's locals,
/// a class body, or a comprehension. Functions close over the scope they were defined in; reading a
/// name walks outwards past class bodies (which, as in Python, are invisible to nested functions).
class Scope
{
    Scope(Kind kind, Scope? parent, ModuleScope? globals, Dictionary<string, object?>? vars)
    {
        ScopeKind = kind;
        Parent = parent;
        Vars = vars ?? new Dictionary<string, object?>();
        Globals = globals ?? (ModuleScope)this;
    }

    protected Scope(Dictionary<string, object?> vars) : this(Kind.Module, null, null, vars) { }

    public enum Kind { Module, Function, Class, Comprehension }

    public Kind ScopeKind { get; }
    public Scope? Parent { get; }
    public ModuleScope Globals { get; }
    public Dictionary<string, object?> Vars { get; }
    /// For function scopes: the names the function binds (so reading one before assignment is an
    /// UnboundLocalError instead of silently reading an outer variable), and global/nonlocal names.
    public LocalNames? Locals { get; init; }
    /// The function name shown in tracebacks.
    public string FrameName { get; init; } = "<module>";
    /// The statement or expression being evaluated (for tracebacks).
    public Syntax.SourceRange Current;
    /// The enclosing function's first argument and class, for zero-argument super().
    public PyClass? DefiningClass { get; init; }
    public object? ReturnValue;
    /// Name of the function's first parameter (zero-argument super() reads it).
    public string? FirstArgument;
    /// `Outer.<locals>.f` / `Cls.method` prefixes for names defined in this scope.
    public string QualName = "";

    public static Scope Function(Scope closure, LocalNames locals, string name, PyClass? definingClass) =>
        new(Kind.Function, closure, closure.Globals, null) { Locals = locals, FrameName = name, DefiningClass = definingClass ?? closure.DefiningClass };

    public static Scope Class(Scope parent, string name) => new(Kind.Class, parent, parent.Globals, null) { FrameName = name };

    public Scope Comprehension() => new(Kind.Comprehension, this, Globals, null)
    { FrameName = FrameName, DefiningClass = DefiningClass, Locals = null, QualName = QualName };

    /// The scope a function defined here closes over: class bodies are skipped.
    public Scope ClosureTarget => ScopeKind == Kind.Class ? Parent! : this;

    public bool TryLoad(string name, out object? value, out bool unboundLocal)
    {
        unboundLocal = false;
        if (Locals != null && Locals.Globals.Contains(name)) return LoadGlobal(name, out value);
        if (Vars.TryGetValue(name, out value)) return true;
        if (Locals != null && Locals.Bound.Contains(name) && !Locals.Nonlocals.Contains(name)) { unboundLocal = true; return false; }
        for (var s = Parent; s != null; s = s.Parent)
        {
            if (s.ScopeKind == Kind.Class) continue;
            if (s.ScopeKind == Kind.Module) break;
            if (s.Vars.TryGetValue(name, out value)) return true;
        }
        return LoadGlobal(name, out value);
    }

    bool LoadGlobal(string name, out object? value)
    {
        if (Globals.Vars.TryGetValue(name, out value)) return true;
        return Globals.Builtins.TryGetValue(name, out value);
    }

    /// The scope an assignment to <paramref name="name"/> writes to.
    public Scope StoreTarget(string name)
    {
        if (Locals == null) return this;
        if (Locals.Globals.Contains(name)) return Globals;
        if (Locals.Nonlocals.Contains(name))
        {
            for (var s = Parent; s != null; s = s.Parent)
                if (s.ScopeKind is Kind.Function or Kind.Comprehension && s.Vars.ContainsKey(name)) return s;
            for (var s = Parent; s != null; s = s.Parent)
                if (s.ScopeKind == Kind.Function) return s;
        }
        return this;
    }
}

/// The global scope of one module (a file run by the interpreter).
sealed class ModuleScope : Scope
{
    public ModuleScope(string moduleName, Dictionary<string, object?> builtins) : base(new Dictionary<string, object?>())
    {
        ModuleName = moduleName;
        Builtins = builtins;
        Vars["__name__"] = moduleName;
    }

    public string ModuleName { get; }
    public Dictionary<string, object?> Builtins { get; }
    /// A package's `__init__` (relative imports resolve against the package itself).
    public bool IsPackage { get; init; }
}
