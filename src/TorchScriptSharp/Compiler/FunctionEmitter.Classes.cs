using TorchScriptSharp.IR;
using TorchScriptSharp.Ops;
using TorchScriptSharp.Runtime;
using TorchScriptSharp.Syntax;
using TorchScriptSharp.Types;
using Ast = TorchScriptSharp.Syntax.Ast;

namespace TorchScriptSharp.Compiler;

public sealed partial class FunctionEmitter
{
    /// The unit that compiles a class's methods (a library class lives in its own unit).
    public CompilationUnit UnitOf(ClassType type) => type.Owner as CompilationUnit ?? _unit;

    /// `Point(x, y)`: `prim::CreateObject` then `__init__`.
    public SugaredValue EmitConstruct(SourceRange range, ClassType type, Ast.Call call)
    {
        if (type.IsInterface) throw new CompileError($"cannot instantiate interface {type.Name}", range);
        if (UnitOf(type).IsModuleSubclass(type))
            throw new CompileError($"Cannot instantiate class '{type.Name}' in a script function: an nn.Module is constructed in Python and passed to torch.jit.script", range);
        UnitOf(type).EnsureInitialized(type, range);
        var args = EmitArguments(call); // arguments first, then the object, as PyTorch orders them
        var obj = InsertNode("prim::CreateObject", Array.Empty<Value>(), range, type).Output;
        UnitOf(type).CompileAllMethods(type, range);
        if (UnitOf(type).FindMethodDef(type, "__init__") != null) EmitMethodCall(range, obj, type, "__init__", args);
        else if (args.Count > 0) throw new CompileError($"{type.Name}() takes no arguments (the class has no __init__)", range);
        return new SimpleValue(obj);
    }

    public SugaredValue EmitNamedTupleConstruct(SourceRange range, TupleType type, Ast.Call call)
    {
        var args = EmitArguments(call);
        var defaults = _unit.DefiningUnit(type).NamedTupleDefaults(type);
        var formals = type.FieldNames!.Select((n, i) => new Argument(n, type.Elements[i], null,
            defaults.ContainsKey(n), defaults.TryGetValue(n, out var d) ? DefaultValues.Evaluate(d, type.Elements[i]) : default)).ToList();
        var schema = new FunctionSchema(type.QualifiedName!, "", formals, new[] { new Argument("", type) });
        var match = SchemaMatcher.Match(this, range, type.QualifiedName!, new[] { schema }, null, args, userFunction: true);
        return new SimpleValue(InsertNode("prim::TupleConstruct", match.Inputs, range, type).Output);
    }

    /// `obj.m(args)`: arguments are matched against the method's schema (after self). An overloaded
    /// module method (`forward` of nn.LSTM) calls the first variant (`forward__0`...) that accepts them.
    public Value EmitMethodCall(SourceRange range, Value self, ClassType type, string name, IReadOnlyList<NamedValue> args)
    {
        var variants = new List<(string Name, FunctionSchema Schema)>();
        if (type.IsInterface)
        {
            var sig = UnitOf(type).InterfaceMethod(type, name) ?? throw new CompileError($"interface {type.Name} has no method '{name}'", range);
            variants.Add((name, new FunctionSchema(name, "", sig.Parameters.Select(p => p.ToArgument()).ToList(),
                new[] { new Argument("", sig.DeclaredReturn ?? TorchType.None) })));
        }
        else
        {
            foreach (var variant in UnitOf(type).MethodOverloadNames(type, name) ?? new[] { name })
            {
                var fn = UnitOf(type).GetMethod(type, variant, range) ?? throw new CompileError($"'{type.Name}' object has no attribute or method '{name}'", range);
                variants.Add((variant, fn.Schema));
            }
        }
        var withoutSelf = variants.Select(v => new FunctionSchema(v.Schema.Name, "", v.Schema.Arguments.Skip(1).ToList(), v.Schema.Returns)).ToList();
        var match = SchemaMatcher.Match(this, range, $"{type.Name}.{name}", withoutSelf, null, args, userFunction: true);
        var node = _graph.Insert("prim::CallMethod", new[] { self }.Concat(match.Inputs), 1, range);
        node.Attributes["name"] = variants[withoutSelf.FindIndex(s => ReferenceEquals(s, match.Schema))].Name;
        node.Output.Type = match.OutputTypes[0];
        return node.Output;
    }

    /// Calls a compiled function with `prim::CallFunction` (free functions and static methods).
    public SugaredValue EmitFunctionCall(SourceRange range, GraphFunction fn, IReadOnlyList<NamedValue> args)
    {
        var match = SchemaMatcher.Match(this, range, fn.QualifiedName, new[] { fn.Schema }, null, args, userFunction: true);
        var node = _graph.Insert("prim::CallFunction", match.Inputs.Prepend(_graph.InsertFunctionConstant(fn)), 1, range);
        node.Output.Type = match.OutputTypes[0];
        return new SimpleValue(node.Output);
    }

    /// The block an ignored function's call raised in last: nothing after it in that block runs.
    Block? _raisedIn;

    public SugaredValue EmitIgnoredCall(SourceRange range, string name, Ast.Call call)
    {
        var def = _unit.IgnoredFunction(name);
        var signature = Signature.Of(def, _unit);
        // PyTorch reads an ignored function's signature from its annotations, where a missing return
        // annotation means Tensor (as a missing parameter annotation does): its body is never compiled
        var returnType = signature.DeclaredReturn ?? TorchType.Tensor;
        var schema = new FunctionSchema(name, "", signature.Parameters.Select(p => p.ToArgument()).ToList(),
            new[] { new Argument("", returnType) });
        var match = SchemaMatcher.Match(this, range, name, new[] { schema }, null, EmitArguments(call), userFunction: true); // calls are type-checked like any other
        if (!_unit.IsDroppedFunction(name))
        {
            // a Python call, printed `^name()(args)` as PyTorch's; there is no Python behind a compiled
            // function here, so running it is an error
            var node = _graph.Insert("prim::PythonOp", match.Inputs, 1, range);
            node.Attributes["name"] = name;
            node.Attributes["callback"] = (Func<IValue[], IValue>)(_ => throw PythonError.Runtime(
                $"{name} is a Python function (@torch.jit.ignore): it cannot run without Python"));
            node.Output.Type = returnType;
            return new SimpleValue(node.Output);
        }
        EmitRaiseException(StrConst("This Python function is annotated to be ignored and cannot be run", range), null, range);
        _raisedIn = _graph.InsertBlock;
        var type = returnType;
        // the value after the raise is a placeholder, made once at the top as for a raise statement
        return new SimpleValue(type == TorchType.None ? NoneConst(range) : Uninitialized(type));
    }

    /// `obj.name` on a class instance: an attribute, a method, or a property getter.
    SugaredValue ClassAttribute(Value obj, ClassType type, SourceRange range, string name)
    {
        UnitOf(type).EnsureInitialized(type, range);
        if (IsModuleDict(type) && name is "items" or "values" or "keys") return new ModuleDictMethod(obj, name);
        if (type.Constants.TryGetValue(name, out var constant))
            return new SimpleValue(ConstantOf((IValue)constant, range)); // module constants are inlined
        if (type.FunctionAttributes.TryGetValue(name, out var function))
            return function.Unit is CompilationUnit unit ? new LibraryFunctionValue(unit, function.Function) : new BuiltinFunction(function.Function);
        if (type.AttributeSlot(name) >= 0)
        {
            var node = InsertNode("prim::GetAttr", new[] { obj }, range, type.AttributeType(name)!);
            node.Attributes["name"] = name;
            node.Output.SetDebugName(name);
            return new SimpleValue(node.Output);
        }
        if (UnitOf(type).FindPythonMethod(type, name) is { } python) return new PythonMethodValue(obj, python);
        if (UnitOf(type).FindMethodDef(type, PropertyGetter(name)) != null)
            return new SimpleValue(EmitMethodCall(range, obj, type, PropertyGetter(name), Array.Empty<NamedValue>()));
        var def = UnitOf(type).FindMethodDef(type, name);
        if (def != null || type.IsInterface || UnitOf(type).MethodOverloadNames(type, name) != null) return new MethodValue(obj, type, name);
        if (UnitOf(type).HasClassVariable(type, name))
            throw new CompileError($"'{type.QualifiedName}' object has no attribute or method '{name}'. '{name}' is defined as a class attribute which currently is not supported. Consider converting this to an instance attribute.", range);
        // a module's attributes are what its instance had when scripted (PyTorch's ModuleValue::attr words it so)
        if (type.IsModule && !type.IsInterface)
            throw new CompileError($"Module '{type.Name}' has no attribute '{name}'", range);
        if (_isInit && type == _selfType)
            throw new CompileError($"Tried to access nonexistent attribute or method '{name}' of type '{type.QualifiedName}'. Did you forget to initialize an attribute in __init__()?", range);
        throw new CompileError($"Tried to access nonexistent attribute or method '{name}' of type '{type.QualifiedName}'.", range);
    }

    /// `self.x = v`: in `__init__` this declares the attribute (typed by the annotation or the value).
    void EmitSetAttr(Ast.Attribute target, Value value, TorchType? declared)
    {
        var obj = EmitExpr(target.Target);
        if (obj.Type is not ClassType type) throw new CompileError($"cannot assign attributes of a value of type {obj.Type.AnnotationStr()}", target.Range);
        UnitOf(type).EnsureInitialized(type, target.Range);
        if (type.AttributeSlot(target.Name) < 0 && UnitOf(type).FindMethodDef(type, PropertySetter(target.Name)) != null)
        {
            EmitMethodCall(target.Range, obj, type, PropertySetter(target.Name), new[] { new NamedValue(target.Range, null, value) });
            return;
        }
        var existing = type.AttributeType(target.Name);
        if (existing == null)
        {
            if (!(_isInit && type == _selfType && IsSelf(target.Target)))
                throw new CompileError($"Tried to set nonexistent attribute: {target.Name}. Did you forget to initialize it in __init__()?", target.Range);
            type.AddAttribute(target.Name, declared ?? value.Type);
            existing = declared ?? value.Type;
        }
        var converted = Conversions.TryConvert(this, value, existing, false, target.Range);
        if (converted == null || !converted.Type.IsSubtypeOf(existing))
            throw new CompileError($"Wrong type for attribute assignment. Expected {existing.AnnotationStr()} but got {value.Type.AnnotationStr()}", target.Range);
        var node = _graph.Insert("prim::SetAttr", new[] { obj, converted }, 0, target.Range);
        node.Attributes["name"] = target.Name;
    }

    /// A one-argument magic method (`__len__`, `__str__`...) when the value's class defines it.
    public bool TryMagic(SourceRange range, string method, Value self, out Value result) =>
        TryMagicMethod(range, method, self, Array.Empty<Value>(), out result);

    Value ConstantOf(IValue v, SourceRange range) => v.Tag switch
    {
        IValueTag.Int => IntConst(v.ToInt(), range),
        IValueTag.Double => Constant(v, TorchType.Float, range),
        IValueTag.Bool => BoolConst(v.ToBool(), range),
        IValueTag.String => StrConst(v.ToStr(), range),
        IValueTag.None => NoneConst(range),
        _ => Constant(v, ValueConversion.TypeOf(v), range),
    };

    /// A call of an ignored (Python) method: `prim::PythonOp`, printed `^name()(self, ...)`; an unused
    /// one raises when reached, as PyTorch compiles it.
    public Value EmitPythonMethodCall(SourceRange range, Value self, CompilationUnit.PythonMethod method, IReadOnlyList<NamedValue> args)
    {
        var schema = new FunctionSchema(method.Name, "", method.Signature.Parameters.Skip(1).Select(p => p.ToArgument()).ToList(), new[] { new Argument("", method.Return) });
        var match = SchemaMatcher.Match(this, range, method.Name, new[] { schema }, null, args, userFunction: true);
        if (method.Callback == null)
        {
            EmitRaiseException(StrConst("This Python function is annotated to be ignored and cannot be run", range), null, range);
        _raisedIn = _graph.InsertBlock;
            return method.Return == TorchType.None ? NoneConst(range) : Uninitialized(method.Return);
        }
        var node = _graph.Insert("prim::PythonOp", new[] { self }.Concat(match.Inputs), 1, range);
        node.Attributes["name"] = method.Name;
        node.Attributes["callback"] = method.Callback;
        node.Output.Type = method.Return;
        return node.Output;
    }

    /// Properties compile to methods named as PyTorch names them.
    public static string PropertyGetter(string name) => $"__{name}_getter";
    public static string PropertySetter(string name) => $"__{name}_setter";

    static bool IsSelf(Ast.Expr e) => e is Ast.Name { Id: "self" };

    /// Python's operator protocol on class instances: `a + b` calls `a.__add__(b)` and so on.
    bool TryMagicMethod(SourceRange range, string method, Value self, IReadOnlyList<Value> args, out Value result)
    {
        result = null!;
        if (self.Type is not ClassType type || (UnitOf(type).FindMethodDef(type, method) == null && type.Method(method) == null && !type.IsInterface)) return false;
        result = EmitMethodCall(range, self, type, method, args.Select(a => new NamedValue(range, null, a)).ToList());
        return true;
    }

    static string? MagicName(Ast.BinaryOperator op) => op switch
    {
        Ast.BinaryOperator.Add => "__add__", Ast.BinaryOperator.Sub => "__sub__", Ast.BinaryOperator.Mul => "__mul__",
        Ast.BinaryOperator.Div => "__truediv__", Ast.BinaryOperator.FloorDiv => "__floordiv__", Ast.BinaryOperator.Mod => "__mod__",
        Ast.BinaryOperator.Pow => "__pow__", Ast.BinaryOperator.MatMul => "__matmul__", Ast.BinaryOperator.BitAnd => "__and__",
        Ast.BinaryOperator.BitOr => "__or__", Ast.BinaryOperator.BitXor => "__xor__", Ast.BinaryOperator.LShift => "__lshift__",
        Ast.BinaryOperator.RShift => "__rshift__", _ => null,
    };

    static string? MagicName(Ast.CompareOperator op) => op switch
    {
        Ast.CompareOperator.Eq => "__eq__", Ast.CompareOperator.NotEq => "__ne__", Ast.CompareOperator.Lt => "__lt__",
        Ast.CompareOperator.LtE => "__le__", Ast.CompareOperator.Gt => "__gt__", Ast.CompareOperator.GtE => "__ge__", _ => null,
    };
}
