using TorchScriptSharp.Runtime;
using TorchScriptSharp.Syntax;
using TorchScriptSharp.Types;
using Ast = TorchScriptSharp.Syntax.Ast;

namespace TorchScriptSharp.Compiler;

/// The functions and classes of one source file, compiled on first use (so a function may call one
/// defined later in the file). Qualified names are `__torch__.<module>.<name>`, as PyTorch names the
/// functions and classes of a Python module.
public sealed partial class CompilationUnit
{
    readonly Dictionary<string, Ast.FunctionDef> _defs = new();
    readonly Dictionary<string, GraphFunction> _compiled = new();
    readonly HashSet<string> _inProgress = new();
    readonly Dictionary<string, Ast.FunctionDef> _ignored = new();

    public CompilationUnit(Ast.ModuleSyntax module, string moduleName)
    {
        ModuleName = moduleName;
        foreach (var stmt in module.Body)
        {
            switch (stmt)
            {
                case Ast.FunctionDef def:
                    if (IsIgnored(def)) _ignored[def.Name] = def;
                    else if (IsOverloadDeclaration(def))
                    {
                        if (!_overloads.TryGetValue(def.Name, out var stubs)) _overloads[def.Name] = stubs = new List<Ast.FunctionDef>();
                        stubs.Add(def);
                    }
                    else _defs[def.Name] = def;
                    break;
                case Ast.ClassDef c:
                    _classDefs[c.Name] = c;
                    break;
                case Ast.Import or Ast.ImportFrom when RegisterImport(stmt):
                    break;
                case Ast.Try t:
                    // `try: from typing_extensions import Final / except: from torch.jit import Final`:
                    // the names the try body imports (Python's fallback names the same thing)
                    foreach (var inner in t.Body) RegisterImport(inner);
                    break;
                case Ast.Assign assign when TryRegisterNamedTupleCall(assign):
                    break;
                default:
                    // Everything else at module level (values, `if __name__ == "__main__":`, `try:` around an
                    // optional import, asserts, loops...) is Python's business, run by the eager evaluator;
                    // as in PyTorch, the compiler only reads the definitions and imports.
                    break;
            }
        }
    }

    public string ModuleName { get; }

    /// Records the aliases an import statement defines; false for any other statement.
    bool RegisterImport(Ast.Stmt stmt)
    {
        switch (stmt)
        {
            case Ast.Import imp:
                foreach (var (name, asName) in imp.Names)
                    if (asName != null) _aliases[asName] = name;
                return true;
            case Ast.ImportFrom from when AbsoluteModule(from) is { } source:
                foreach (var (name, asName) in from.Names)
                    if (name != "*") _aliases[asName ?? name] = source + "." + name;
                return true;
        }
        return false;
    }

    /// The dotted module a `from X import ...` reads: `from .utils import _pair` in
    /// torch.nn.modules.conv reads torch.nn.modules.utils. Null when it climbs above the root.
    string? AbsoluteModule(Ast.ImportFrom from)
    {
        if (from.Level == 0) return from.Module;
        var package = ModuleName.Split('.').ToList();
        if (from.Level > package.Count) return null;
        package.RemoveRange(package.Count - from.Level, from.Level);
        if (from.Module.Length > 0) package.Add(from.Module);
        return string.Join('.', package);
    }
    /// Bundled library source (`torch.nn.functional`), compiled on behalf of user code.
    public bool IsLibrary { get; init; }

    /// `import torch.nn.functional as F` / `from torch.nn import functional as F`: alias → dotted path.
    readonly Dictionary<string, string> _aliases = new();
    public string? ImportAlias(string name) => _aliases.TryGetValue(name, out var path) ? path : null;
    public IEnumerable<string> FunctionNames => _defs.Keys;
    public bool HasFunction(string name) => _defs.ContainsKey(name);
    public bool IsIgnoredFunction(string name) => _ignored.ContainsKey(name);
    public Ast.FunctionDef IgnoredFunction(string name) => _ignored[name];

    /// `@torch.jit.unused` or `@torch.jit.ignore(drop=True)`: calls compile to a raise. A plain
    /// `@torch.jit.ignore` stays a Python call (`prim::PythonOp`).
    public bool IsDroppedFunction(string name) => _ignored.TryGetValue(name, out var def) && def.Decorators.Any(d =>
        TypeAnnotations.DottedName(d) is "torch.jit.unused"
        || d is Ast.Call { Func: var f } call && TypeAnnotations.DottedName(f) is "torch.jit.ignore"
           && (call.Keywords.Any(k => k.Name == "drop" && k.Value is Ast.BoolLiteral { Value: true }) || call.Args is [Ast.BoolLiteral { Value: true }]));

    public string QualifiedName(string name) => ModuleName.Length == 0 ? $"__torch__.{name}" : $"__torch__.{ModuleName}.{name}";

    public GraphFunction GetOrCompile(string name, SourceRange? callSite = null)
    {
        if (_compiled.TryGetValue(name, out var fn)) return fn;
        if (!_defs.TryGetValue(name, out var def))
            throw new CompileError($"undefined value {name}", callSite ?? throw new KeyNotFoundException(name));
        return CompileOnce(name, () => FunctionEmitter.Compile(this, def, QualifiedName(name), null), callSite ?? def.Range, fn => _compiled[name] = fn);
    }

    /// Compiles with PyTorch's rule that a function may not (transitively) call itself.
    GraphFunction CompileOnce(string key, Func<GraphFunction> compile, SourceRange site, Action<GraphFunction> register)
    {
        if (!_inProgress.Add(key))
            throw new CompileError($"function '{key.Split('.').Last()}' is called recursively; recursive calls are not supported in TorchScript", site);
        try
        {
            var fn = compile();
            register(fn);
            return fn;
        }
        finally { _inProgress.Remove(key); }
    }

    /// Compiles every function of the file (classes are compiled when used).
    public IReadOnlyList<GraphFunction> CompileAll() => _defs.Keys.Select(n => GetOrCompile(n)).ToList();

    static bool IsIgnored(Ast.FunctionDef def) =>
        def.Decorators.Any(d => TypeAnnotations.DottedName(d is Ast.Call c ? c.Func : d) is "torch.jit.ignore" or "torch.jit.unused");

    static bool IsOverloadDeclaration(Ast.FunctionDef def) =>
        def.Decorators.Any(d => TypeAnnotations.DottedName(d) is "torch.jit._overload" or "typing.overload" or "overload" or "_overload" or "torch._jit_internal._overload");

    // `@_overload` stubs: the implementation's body is compiled once per stub signature, and a call
    // uses the first stub its arguments match (PyTorch's function overloading).
    readonly Dictionary<string, List<Ast.FunctionDef>> _overloads = new();
    readonly Dictionary<(string, int), GraphFunction> _compiledOverloads = new();

    public int OverloadCount(string name) => _overloads.TryGetValue(name, out var s) && _defs.ContainsKey(name) ? s.Count : 0;

    public Signature OverloadSignature(string name, int index) => Signature.Of(_overloads[name][index], this);

    /// PyTorch compiles all of a function's overloads when it is first used, in order: the first takes
    /// the function's name, each later one the next mangled name. Numbered per function here (PyTorch's
    /// counter is process-wide), which is what a fresh PyTorch process prints for the first overloaded
    /// function it compiles.
    string OverloadName(string name, int index)
    {
        var prefix = ModuleName.Length == 0 ? "__torch__." : $"__torch__.{ModuleName}.";
        return index == 0 ? prefix + name : $"{prefix}___torch_mangle_{index - 1}.{name}";
    }

    public GraphFunction GetOverload(string name, int index, SourceRange site)
    {
        if (_compiledOverloads.TryGetValue((name, index), out var fn)) return fn;
        var stub = _overloads[name][index];
        var impl = _defs[name] with { Parameters = stub.Parameters, Returns = stub.Returns };
        var mangled = OverloadName(name, index);
        return CompileOnce(mangled, () => FunctionEmitter.Compile(this, impl, mangled, null), site, f => _compiledOverloads[(name, index)] = f);
    }
}
