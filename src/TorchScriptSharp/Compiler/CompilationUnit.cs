using TorchScriptSharp.Runtime;
using TorchScriptSharp.Syntax;
using Ast = TorchScriptSharp.Syntax.Ast;

namespace TorchScriptSharp.Compiler;

/// The functions of one source file, compiled on first use (so a function may call one defined
/// later in the file). Qualified names are `__torch__.<module>.<name>`, as PyTorch names functions
/// of a Python module.
public sealed class CompilationUnit
{
    readonly Dictionary<string, Ast.FunctionDef> _defs = new();
    readonly Dictionary<string, GraphFunction> _compiled = new();
    readonly HashSet<string> _inProgress = new();

    public CompilationUnit(Ast.ModuleSyntax module, string moduleName)
    {
        ModuleName = moduleName;
        foreach (var stmt in module.Body)
        {
            switch (stmt)
            {
                case Ast.FunctionDef def:
                    if (!IsIgnored(def)) _defs[def.Name] = def;
                    break;
                case Ast.Import or Ast.ImportFrom or Ast.Pass:
                case Ast.ExprStmt { Value: Ast.StringLiteral }:
                case Ast.Assign: // module-level constants are Python's business; scripted code may not read them
                    break;
                case Ast.ClassDef c:
                    throw new CompileError("TorchScript classes are not supported yet", c.Range);
                default:
                    throw new CompileError($"unsupported module-level statement", stmt.Range);
            }
        }
    }

    public string ModuleName { get; }
    public IEnumerable<string> FunctionNames => _defs.Keys;
    public bool HasFunction(string name) => _defs.ContainsKey(name);

    public string QualifiedName(string name) => ModuleName.Length == 0 ? $"__torch__.{name}" : $"__torch__.{ModuleName}.{name}";

    public GraphFunction GetOrCompile(string name, SourceRange? callSite = null)
    {
        if (_compiled.TryGetValue(name, out var fn)) return fn;
        if (!_defs.TryGetValue(name, out var def))
            throw new CompileError($"undefined value {name}", callSite ?? throw new KeyNotFoundException(name));
        if (!_inProgress.Add(name))
            throw new CompileError($"function '{name}' is called recursively; recursive calls are not supported in TorchScript", callSite ?? def.Range);
        try
        {
            fn = Compiler.FunctionEmitter.Compile(this, def, QualifiedName(name));
            _compiled[name] = fn;
            return fn;
        }
        finally { _inProgress.Remove(name); }
    }

    /// Compiles every function of the file.
    public IReadOnlyList<GraphFunction> CompileAll() => _defs.Keys.Select(n => GetOrCompile(n)).ToList();

    static bool IsIgnored(Ast.FunctionDef def) =>
        def.Decorators.Any(d => TypeAnnotations.DottedName(d) is "torch.jit.ignore" or "torch.jit.unused" or "torch.jit._overload");
}
