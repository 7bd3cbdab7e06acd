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
                    else if (!IsOverloadDeclaration(def)) _defs[def.Name] = def;
                    break;
                case Ast.ClassDef c:
                    _classDefs[c.Name] = c;
                    break;
                case Ast.Import imp:
                    foreach (var (name, asName) in imp.Names)
                        if (asName != null) _aliases[asName] = name;
                    break;
                case Ast.ImportFrom from when from.Level == 0:
                    foreach (var (name, asName) in from.Names)
                        if (name != "*") _aliases[asName ?? name] = from.Module + "." + name;
                    break;
                case Ast.ImportFrom or Ast.Pass:
                case Ast.ExprStmt { Value: Ast.StringLiteral }:
                case Ast.Assign: // module-level values are Python's business; scripted code may not read them
                case Ast.AnnAssign:
                case Ast.If: // e.g. `if __name__ == "__main__":`
                case Ast.ExprStmt:
                    break;
                default:
                    throw new CompileError("unsupported module-level statement", stmt.Range);
            }
        }
    }

    public string ModuleName { get; }

    /// `import torch.nn.functional as F` / `from torch.nn import functional as F`: alias → dotted path.
    readonly Dictionary<string, string> _aliases = new();
    public string? ImportAlias(string name) => _aliases.TryGetValue(name, out var path) ? path : null;
    public IEnumerable<string> FunctionNames => _defs.Keys;
    public bool HasFunction(string name) => _defs.ContainsKey(name);
    public bool IsIgnoredFunction(string name) => _ignored.ContainsKey(name);
    public Ast.FunctionDef IgnoredFunction(string name) => _ignored[name];

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
        def.Decorators.Any(d => TypeAnnotations.DottedName(d) is "torch.jit._overload" or "typing.overload" or "overload");
}
