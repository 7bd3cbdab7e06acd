using TorchScriptSharp.IR;
using TorchScriptSharp.Syntax;
using TorchScriptSharp.Types;
using Ast = TorchScriptSharp.Syntax.Ast;

namespace TorchScriptSharp.Compiler;

/// What a name or expression means to the compiler before it becomes an IR value: a plain value,
/// a builtin operator, a module namespace like `torch`, a compiled function, a special form like
/// `range`... Each kind decides what attribute access and calls on it emit.
public abstract class SugaredValue
{
    /// Shown in errors: "'builtin function' object has no attribute 'x'".
    public abstract string Kind { get; }

    public virtual SugaredValue Attr(FunctionEmitter e, SourceRange range, string name) =>
        throw new CompileError($"'{Kind}' object has no attribute '{name}'", range);

    public virtual SugaredValue Call(FunctionEmitter e, SourceRange range, Ast.Call call) =>
        throw new CompileError($"'{Kind}' object is not callable", range);

    public virtual Value AsValue(FunctionEmitter e, SourceRange range) =>
        throw new CompileError($"'{Kind}' cannot be used as a value", range);
}

/// A first-class IR value.
public sealed class SimpleValue : SugaredValue
{
    public SimpleValue(Value value) => Value = value;
    public Value Value { get; }
    public override string Kind => Value.Type.AnnotationStr();
    public override Value AsValue(FunctionEmitter e, SourceRange range) => Value;
    public override SugaredValue Attr(FunctionEmitter e, SourceRange range, string name) => e.ValueAttribute(Value, range, name);

    /// Calling an object calls its `__call__`.
    public override SugaredValue Call(FunctionEmitter e, SourceRange range, Ast.Call call) =>
        Value.Type is ClassType ct
            ? new SimpleValue(ct.IsModule ? e.EmitModuleCall(range, Value, ct, e.EmitArguments(call)) : e.EmitMethodCall(range, Value, ct, "__call__", e.EmitArguments(call)))
            : base.Call(e, range, call);
}

/// An operator (`aten::relu`), optionally bound to a receiver (`x.relu` binds self = x).
public sealed class BuiltinFunction : SugaredValue
{
    public BuiltinFunction(string symbol, Value? self = null) { Symbol = symbol; Self = self; }
    public string Symbol { get; }
    public Value? Self { get; }
    public override string Kind => "builtin";
    public override SugaredValue Call(FunctionEmitter e, SourceRange range, Ast.Call call) =>
        new SimpleValue(e.EmitBuiltinCall(range, Symbol, Self, e.EmitArguments(call)));
}

/// A namespace whose attributes are operators or constants: `torch`, `math`, `torch.jit`.
public sealed class NamespaceValue : SugaredValue
{
    public NamespaceValue(string pythonName) => PythonName = pythonName;
    public string PythonName { get; }
    public override string Kind => "module";
    public override SugaredValue Attr(FunctionEmitter e, SourceRange range, string name) => Builtins.NamespaceAttribute(e, range, PythonName, name);
}

/// A user function of the compilation unit.
public sealed class FunctionValue : SugaredValue
{
    public FunctionValue(string name) => Name = name;
    public string Name { get; }
    public override string Kind => "function";
    public override SugaredValue Call(FunctionEmitter e, SourceRange range, Ast.Call call) => e.EmitUserFunctionCall(range, Name, call);
}

/// Builtins whose arguments the emitter handles itself (`len`, `range`, `isinstance`, `print`, casts...).
public sealed class SpecialForm : SugaredValue
{
    public SpecialForm(string name) => Name = name;
    public string Name { get; }
    public override string Kind => "builtin function";
    public override SugaredValue Call(FunctionEmitter e, SourceRange range, Ast.Call call) => Builtins.CallSpecialForm(e, range, Name, call);
}

/// An exception class such as `ValueError`; only meaningful as the operand of `raise`.
public sealed class ExceptionClass : SugaredValue
{
    public ExceptionClass(string name) => Name = name;
    public string Name { get; }
    public override string Kind => "exception class";
    public override SugaredValue Call(FunctionEmitter e, SourceRange range, Ast.Call call) =>
        new ExceptionInstance(Name, call.Args.Count == 0 ? null : e.EmitExceptionMessage(call));
}

/// `ValueError("msg")`: the pieces `raise` needs.
public sealed class ExceptionInstance : SugaredValue
{
    public ExceptionInstance(string className, Value? message) { ClassName = className; Message = message; }
    public string ClassName { get; }
    public Value? Message { get; }
    public override string Kind => "exception";
}

/// `range(...)` in a for loop.
public sealed class RangeValue : SugaredValue
{
    public RangeValue(Value? start, Value end, Value? step) { Start = start; End = end; Step = step; }
    public Value? Start { get; }
    public Value End { get; }
    public Value? Step { get; }
    public override string Kind => "range";
}

/// `enumerate(x)` / `zip(a, b)`: iterated in lock step.
public sealed class IterableTree : SugaredValue
{
    public IterableTree(IReadOnlyList<SugaredValue> children) => Children = children;
    public IReadOnlyList<SugaredValue> Children { get; }
    public override string Kind => "iterable";
}
