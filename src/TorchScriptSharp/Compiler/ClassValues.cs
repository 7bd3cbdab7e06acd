using TorchScriptSharp.IR;
using TorchScriptSharp.Runtime;
using TorchScriptSharp.Syntax;
using TorchScriptSharp.Types;
using Ast = TorchScriptSharp.Syntax.Ast;

namespace TorchScriptSharp.Compiler;

/// A class name used as a value: calling it constructs (`Point(1, 2)`), attributes are static
/// methods or enum members.
public sealed class ClassValue : SugaredValue
{
    public ClassValue(TorchType type) => Type = type;
    public TorchType Type { get; }
    public override string Kind => "class";

    public override SugaredValue Call(FunctionEmitter e, SourceRange range, Ast.Call call) => Type switch
    {
        ClassType c => e.EmitConstruct(range, c, call),
        TupleType t => e.EmitNamedTupleConstruct(range, t, call),
        _ => throw new CompileError($"enum classes cannot be called; use a member like {Type.AnnotationStr()}.NAME", range),
    };

    public override SugaredValue Attr(FunctionEmitter e, SourceRange range, string name)
    {
        if (Type is EnumType en)
        {
            var member = en.Members.FirstOrDefault(m => m.Name == name);
            if (member.Name == null) throw new CompileError($"'{en.QualifiedName}' has no member '{name}'", range);
            return new SimpleValue(e.Graph.InsertConstant(IValue.FromGeneric(new ScriptEnumValue(en, name, (IValue)member.Value)), en, range));
        }
        if (Type is ClassType c && e.UnitOf(c).FindMethodDef(c, name) is { } def && e.Unit.IsStaticMethod(def))
            return new StaticMethodValue(c, name);
        throw new CompileError($"'{Type.AnnotationStr()}' has no attribute '{name}'", range);
    }
}

/// `Point.make(...)`: a static method, called like a free function.
public sealed class StaticMethodValue : SugaredValue
{
    public StaticMethodValue(ClassType type, string name) { Type = type; Name = name; }
    public ClassType Type { get; }
    public string Name { get; }
    public override string Kind => "static method";
    public override SugaredValue Call(FunctionEmitter e, SourceRange range, Ast.Call call) =>
        e.EmitFunctionCall(range, e.UnitOf(Type).GetMethod(Type, Name, range)!, e.EmitArguments(call));
}

/// `obj.method` of a class instance (or an interface value).
public sealed class MethodValue : SugaredValue
{
    public MethodValue(Value self, ClassType type, string name) { Self = self; Type = type; Name = name; }
    public Value Self { get; }
    public ClassType Type { get; }
    public string Name { get; }
    public override string Kind => "method";
    public override SugaredValue Call(FunctionEmitter e, SourceRange range, Ast.Call call) =>
        new SimpleValue(e.EmitMethodCall(range, Self, Type, Name, e.EmitArguments(call)));
}

/// A call of a `@torch.jit.ignore`/`@torch.jit.unused` function: compiled code cannot run Python, so
/// the call raises when reached, as PyTorch does for unused functions.
public sealed class IgnoredFunctionValue : SugaredValue
{
    public IgnoredFunctionValue(string name) => Name = name;
    public string Name { get; }
    public override string Kind => "ignored function";
    public override SugaredValue Call(FunctionEmitter e, SourceRange range, Ast.Call call) => e.EmitIgnoredCall(range, Name, call);
}

/// `self.python_only_fn` of a module: a method that stays Python.
public sealed class PythonMethodValue : SugaredValue
{
    public PythonMethodValue(Value self, CompilationUnit.PythonMethod method) { Self = self; Method = method; }
    public Value Self { get; }
    public CompilationUnit.PythonMethod Method { get; }
    public override string Kind => "python method";
    public override SugaredValue Call(FunctionEmitter e, SourceRange range, Ast.Call call) =>
        new SimpleValue(e.EmitPythonMethodCall(range, Self, Method, e.EmitArguments(call)));
}

/// A function of a bundled library module (`F.dropout` is `__torch__.torch.nn.functional.dropout`).
public sealed class LibraryFunctionValue : SugaredValue
{
    public LibraryFunctionValue(CompilationUnit unit, string name) { Unit = unit; Name = name; }
    public CompilationUnit Unit { get; }
    public string Name { get; }
    public override string Kind => "function";
    public override SugaredValue Call(FunctionEmitter e, SourceRange range, Ast.Call call) =>
        e.EmitUnitFunctionCall(range, Unit, Name, e.EmitArguments(call));
}

/// `F.max_pool2d(x, 2, return_indices=True)`: which library function is meant depends on a constant
/// bool argument, as PyTorch's boolean_dispatch decides.
public sealed class BooleanDispatchValue : SugaredValue
{
    public BooleanDispatchValue(CompilationUnit unit, Library.LibraryModules.BooleanDispatch dispatch) { Unit = unit; Dispatch = dispatch; }
    public CompilationUnit Unit { get; }
    public Library.LibraryModules.BooleanDispatch Dispatch { get; }
    public override string Kind => "function";

    public override SugaredValue Call(FunctionEmitter e, SourceRange range, Ast.Call call)
    {
        var flag = call.Keywords.FirstOrDefault(k => k.Name == Dispatch.ArgName)?.Value
                   ?? (call.Args.Count > Dispatch.ArgIndex ? call.Args[Dispatch.ArgIndex] : null);
        bool choice = flag switch
        {
            null => Dispatch.Default,
            Ast.BoolLiteral b => b.Value,
            _ => e.EmitExpr(flag).Constant is { IsBool: true } c ? c.ToBool()
                 : throw new CompileError($"{Dispatch.Name}: '{Dispatch.ArgName}' must be a constant True or False in TorchScript", flag.Range),
        };
        var fn = Unit.GetOrCompile(choice ? Dispatch.IfTrue : Dispatch.IfFalse, range);
        return e.EmitFunctionCall(range, fn, e.EmitArguments(call));
    }
}
