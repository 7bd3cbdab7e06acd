using TorchScriptSharp.Syntax;
using Ast = TorchScriptSharp.Syntax.Ast;

namespace TorchScriptSharp.Eager;

/// The host's entry point to the eager evaluator: run a Python file (its module-level code, class
/// and function definitions), then evaluate expressions such as `MyModule(3, 4)` in its namespace
/// to construct module instances, read their attributes and call their methods.
///
/// Python errors surface as <see cref="PythonException"/> (type, message, source location and a
/// Python-like traceback); syntax errors as <see cref="CompileError"/>.
public sealed class EagerInterpreter
{
    ModuleScope? _main;

    public EagerInterpreter() => Engine = new Interpreter();

    /// The underlying evaluator (limits, output writers, lower-level calls).
    public Interpreter Engine { get; }

    public TextWriter Stdout { get => Engine.Stdout; set => Engine.Stdout = value; }
    public TextWriter Stderr { get => Engine.Stderr; set => Engine.Stderr = value; }

    /// Runs <paramref name="source"/> as module <paramref name="moduleName"/> (`__main__`, as
    /// `python file.py` does, unless the host imports it under its own name); returns its namespace
    /// (name -> value). Later calls to <see cref="Evaluate"/> use this namespace.
    public IReadOnlyDictionary<string, object?> Run(string source, string fileName = "<string>", string moduleName = "__main__")
    {
        var syntax = Parser.ParseModule(new SourceText(source, fileName));
        _main = new ModuleScope(moduleName, Engine.Builtins);
        _main.Vars["__file__"] = fileName;
        Engine.RunIn(syntax.Body, _main);
        return _main.Vars;
    }

    /// Directories searched for `name.py` / `name/__init__.py` by imports of modules that are not
    /// torch's (Python's sys.path).
    public IList<string> ImportPath => Engine.Modules.SearchPath;

    /// The source of a user module imported so far (registered or found on <see cref="ImportPath"/>):
    /// its text and file name, or null.
    public (string Text, string FileName)? ModuleSource(string name) => Engine.Modules.UserSource(name);

    /// Makes `import name` (or `from name import ...`) in later code run this source.
    public void RegisterModule(string name, string source, string? fileName = null, bool isPackage = false) =>
        Engine.Modules.RegisterSource(name, source, fileName, isPackage);

    /// Evaluates one expression in the namespace of the last <see cref="Run"/> (an empty one before).
    public object? Evaluate(string expression)
    {
        _main ??= new ModuleScope("__main__", Engine.Builtins);
        var syntax = Parser.ParseModule(new SourceText(expression, "<eval>"));
        if (syntax.Body.Count != 1 || syntax.Body[0] is not Ast.ExprStmt e)
            throw new ArgumentException("Evaluate expects a single expression", nameof(expression));
        return Engine.EvaluateIn(e.Value, _main);
    }

    /// Executes statements (not just an expression) in the main namespace.
    public void Execute(string statements, string fileName = "<exec>")
    {
        _main ??= new ModuleScope("__main__", Engine.Builtins);
        Engine.RunIn(Parser.ParseModule(new SourceText(statements, fileName)).Body, _main);
    }

    /// A global of the main namespace.
    public object? this[string name] => _main != null && _main.Vars.TryGetValue(name, out var v) ? v : throw new KeyNotFoundException(name);

    public object? GetAttr(object? obj, string name) => Engine.GetAttr(obj, name);
    public void SetAttr(object? obj, string name, object? value) => Engine.SetAttr(obj, name, FromDotNet(value));

    /// Calls a Python callable with .NET arguments (ints/floats are widened to Python's long/double).
    public object? Call(object? callable, params object?[] args) =>
        Engine.Call(callable, new CallArgs(args.Select(FromDotNet).ToArray()));

    public object? Call(object? callable, object?[] args, IReadOnlyDictionary<string, object?> kwargs) =>
        Engine.Call(callable, new CallArgs(args.Select(FromDotNet).ToArray(), kwargs.Select(k => new KeyValuePair<string, object?>(k.Key, FromDotNet(k.Value))).ToList()));

    /// `obj.name(*args)`.
    public object? CallMethod(object? obj, string name, params object?[] args) => Call(Engine.GetAttr(obj, name), args);

    /// str() and repr() as Python prints them.
    public string Str(object? value) => PyText.Str(Engine, value);
    public string Repr(object? value) => PyText.Repr(Engine, value);

    /// .NET values to the evaluator's Python values (int -> long, float -> double, arrays -> list).
    public static object? FromDotNet(object? v) => v switch
    {
        int i => (long)i,
        short s => (long)s,
        byte b => (long)b,
        float f => (double)f,
        object?[] arr => new Serialization.PyList(arr.Select(FromDotNet)),
        long[] la => new Serialization.PyList(la.Select(x => (object?)x)),
        _ => v,
    };
}
