using System.Runtime.CompilerServices;
using TorchScriptSharp.Syntax;
using Ast = TorchScriptSharp.Syntax.Ast;

namespace TorchScriptSharp.Eager;

/// The eager evaluator: runs the syntax tree with dynamic Python semantics (what CPython does when
/// PyTorch constructs a module). One interpreter holds the builtins, the imported modules and the
/// execution limits; the partial files hold statements, expressions, calls and attributes.
public sealed partial class Interpreter
{
    public Interpreter()
    {
        Builtins = BuiltinFunctions.Create(this);
        Modules = new ModuleLoader(this);
    }

    /// The builtins namespace (len, range, Exception, ...).
    public Dictionary<string, object?> Builtins { get; }
    internal ModuleLoader Modules { get; }

    /// Statements and loop iterations allowed before evaluation stops with an error (no hangs).
    public long MaxSteps { get; set; } = 100_000_000;
    /// Python call depth allowed (Python's default recursion limit is 1000).
    public int MaxDepth { get; set; } = 1000;
    public TextWriter Stdout { get; set; } = Console.Out;
    public TextWriter Stderr { get; set; } = Console.Error;

    long _steps;
    int _depth;

    /// Runs a parsed file as module <paramref name="moduleName"/> and returns its namespace.
    internal ModuleScope RunModule(Ast.ModuleSyntax syntax, string moduleName)
    {
        var scope = new ModuleScope(moduleName, Builtins);
        scope.Vars["__file__"] = syntax.Source.FileName;
        RunIn(syntax.Body, scope);
        return scope;
    }

    internal object? EvaluateIn(Ast.Expr expr, Scope scope)
    {
        try { return Eval(expr, scope); }
        catch (PythonException e) when (Annotate(e, scope)) { throw; }
    }

    internal void RunIn(IReadOnlyList<Ast.Stmt> body, Scope scope)
    {
        try { ExecBlock(body, scope); }
        catch (PythonException e) when (Annotate(e, scope)) { throw; }
    }

    /// Adds the frame to the exception's traceback as the exception passes (an exception filter,
    /// so it runs before unwinding while the frame still knows its current statement). Never catches.
    internal static bool Annotate(PythonException e, Scope scope)
    {
        if (scope.Current.Source != null) e.AddFrame(scope.FrameName, scope.Current);
        return false;
    }

    internal void Step(Scope scope)
    {
        if (++_steps > MaxSteps)
            throw new PythonException(BuiltinTypes.RuntimeError,
                $"evaluation stopped: more than {MaxSteps} steps (an infinite loop?)") { Uncatchable = true };
    }

    internal void EnterCall()
    {
        if (++_depth > MaxDepth || !RuntimeHelpers.TryEnsureSufficientExecutionStack())
        {
            _depth--;
            throw new PythonException(BuiltinTypes.RecursionError, "maximum recursion depth exceeded") { Uncatchable = true };
        }
    }

    internal void ExitCall() => _depth--;

    /// Errors the evaluator raises itself.
    internal static PythonException Error(PyClass type, string message) => new(type, message);
    internal static PythonException TypeError(string message) => new(BuiltinTypes.TypeError, message);
    internal static PythonException ValueError(string message) => new(BuiltinTypes.ValueError, message);
    internal static PythonException Unsupported(string what) =>
        new(BuiltinTypes.NotImplementedError, $"{what} is not supported by the eager evaluator");
}
