using Ast = TorchScriptSharp.Syntax.Ast;

namespace TorchScriptSharp.Eager;

/// A `def` or `lambda` evaluated in a scope: its syntax, default values (evaluated once, at definition,
/// as in Python) and the scope it closes over.
public sealed class PyFunction
{
    internal PyFunction(string name, string qualName, Ast.Parameters parameters, Ast.Node body, Scope closure,
        object?[] defaults, Dictionary<string, object?> kwDefaults, Ast.FunctionDef? def)
    {
        Name = name;
        QualName = qualName;
        Parameters = parameters;
        Body = body;
        Closure = closure;
        Defaults = defaults;
        KwDefaults = kwDefaults;
        Definition = def;
    }

    public string Name { get; }
    public string QualName { get; }
    public Ast.Parameters Parameters { get; }
    /// The FunctionDef, or the Lambda expression.
    public Ast.Node Body { get; }
    /// The `def` (null for lambdas): the scripting layer compiles methods from it.
    public Ast.FunctionDef? Definition { get; }
    internal Scope Closure { get; }
    /// The class whose body defined this function (Python's `__class__` cell, for super()).
    public PyClass? DefiningClass { get; internal set; }
    /// Defaults of the positional parameters, aligned to the end of PositionalOnly + Regular.
    public object?[] Defaults { get; }
    public Dictionary<string, object?> KwDefaults { get; }
    /// Function attributes (`f.__torch_jit_modifier__ = ...`, set by decorators like torch.jit.ignore).
    public Dictionary<string, object?> Attributes { get; } = new();
    public string ModuleName => Closure.Globals.ModuleName;
    /// Parameters annotated `BroadcastingListN[T]` (or Optional of it), from torch._jit_internal: as in
    /// TorchScript, a single number passed for one becomes a list of N copies (`kernel_size=2` -> [2, 2]).
    internal (string Name, int Size)[] BroadcastingParameters { get; init; } = Array.Empty<(string, int)>();

    public override string ToString() => $"<function {QualName}>";
}
