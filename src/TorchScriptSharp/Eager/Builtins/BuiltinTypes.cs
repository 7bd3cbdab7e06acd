using TorchScriptSharp.Serialization;
using TorchSharp;

namespace TorchScriptSharp.Eager;

/// The builtin classes: `object`, the value types, the exception hierarchy and the torch value
/// classes (Tensor, Parameter, dtype, device). Value types build their instances natively.
public static class BuiltinTypes
{
    public static readonly BuiltinFunction ObjectInit = new("__init__", (ev, a) => null);
    public static readonly BuiltinFunction ObjectNew = new("__new__", (ev, a) => new PyInstance((PyClass)a.Positional[0]!));

    public static readonly PyClass Object = MakeObject();
    public static readonly PyClass Type = Builtin("type", (ev, a) =>
    {
        if (a.Positional.Count == 1) return PyOps.TypeOf(a.Positional[0]);
        throw Interpreter.Unsupported("type() with three arguments");
    });
    public static readonly PyClass NoneType = Builtin("NoneType", null);
    public static readonly PyClass Int = Builtin("int", BuiltinConstructors.Int);
    public static readonly PyClass Bool = new("bool", new[] { Int }) { Factory = (ev, a) => a.Positional.Count == 0 ? false : PyOps.Truthy(ev, a.Positional[0]) };
    public static readonly PyClass Float = Builtin("float", BuiltinConstructors.Float);
    public static readonly PyClass Complex = Builtin("complex", (ev, a) =>
        new System.Numerics.Complex(a.Positional.Count > 0 ? PyConvert.ToDouble(a.Positional[0]) : 0, a.Positional.Count > 1 ? PyConvert.ToDouble(a.Positional[1]) : 0));
    public static readonly PyClass Str = Builtin("str", (ev, a) => a.Positional.Count == 0 ? "" : PyText.Str(ev, a.Positional[0]));
    public static readonly PyClass List = Builtin("list", (ev, a) => a.Positional.Count == 0 ? new PyList() : new PyList(PyOps.Iterate(ev, a.Positional[0])));
    public static readonly PyClass Tuple = Builtin("tuple", (ev, a) => a.Positional.Count == 0 ? PyTuple.Empty : a.Positional[0] is PyTuple t && !Torch.TorchSize.IsSize(t) ? t : new PyTuple(PyOps.Iterate(ev, a.Positional[0]).ToArray()));
    public static readonly PyClass Dict = Builtin("dict", (ev, a) => BuiltinConstructors.Dict(ev, a, ordered: false));
    public static readonly PyClass OrderedDict = new("OrderedDict", new[] { Dict }, "collections") { Factory = (ev, a) => BuiltinConstructors.Dict(ev, a, ordered: true) };
    public static readonly PyClass Set = Builtin("set", (ev, a) => a.Positional.Count == 0 ? new PySet() : new PySet(PyOps.Iterate(ev, a.Positional[0]).Select(PyOps.CheckHashable)));
    public static readonly PyClass FrozenSet = Builtin("frozenset", (ev, a) => new PySet(a.Positional.Count == 0 ? Array.Empty<object?>() : PyOps.Iterate(ev, a.Positional[0])) { IsFrozen = true });
    public static readonly PyClass Slice = Builtin("slice", (ev, a) => a.Positional.Count switch
    {
        1 => new PySlice(null, a.Positional[0], null),
        2 => new PySlice(a.Positional[0], a.Positional[1], null),
        3 => new PySlice(a.Positional[0], a.Positional[1], a.Positional[2]),
        _ => throw Interpreter.TypeError("slice expected 1 to 3 arguments"),
    });
    public static readonly PyClass Range = Builtin("range", BuiltinConstructors.Range);
    public static readonly PyClass Property = Builtin("property", (ev, a) =>
        new PyProperty(Arg(a, 0, "fget"), Arg(a, 1, "fset"), Arg(a, 2, "fdel")));
    public static readonly PyClass StaticMethodType = Builtin("staticmethod", (ev, a) => new StaticMethod(a.Positional[0]));
    public static readonly PyClass ClassMethodType = Builtin("classmethod", (ev, a) => new ClassMethod(a.Positional[0]));
    public static readonly PyClass Super = Builtin("super", (ev, a) =>
    {
        if (a.Positional.Count != 2 || a.Positional[0] is not PyClass cls) throw Interpreter.TypeError("super() needs (type, obj) outside a method");
        return Interpreter.MakeSuper(cls, a.Positional[1]);
    });
    public static readonly PyClass Function = Builtin("function", null);
    public static readonly PyClass BuiltinFunctionType = Builtin("builtin_function_or_method", null);
    public static readonly PyClass Method = Builtin("method", null);
    public static readonly PyClass ModuleType = Builtin("module", null);
    public static readonly PyClass EllipsisType = Builtin("ellipsis", null);
    public static readonly PyClass Iterator = Builtin("iterator", null);
    public static readonly PyClass Partial = new("partial", new[] { Object }, "functools") { Factory = (ev, a) => new PyPartial(a.Positional[0], new CallArgs(a.Positional.Skip(1).ToList(), a.Keywords)) };

    // Exceptions.
    public static readonly PyClass BaseException = MakeBaseException();
    public static readonly PyClass Exception = Exc("Exception", BaseException);
    public static readonly PyClass StopIteration = Exc("StopIteration", Exception);
    public static readonly PyClass ArithmeticError = Exc("ArithmeticError", Exception);
    public static readonly PyClass ZeroDivisionError = Exc("ZeroDivisionError", ArithmeticError);
    public static readonly PyClass OverflowError = Exc("OverflowError", ArithmeticError);
    public static readonly PyClass AssertionError = Exc("AssertionError", Exception);
    public static readonly PyClass AttributeError = Exc("AttributeError", Exception);
    public static readonly PyClass LookupError = Exc("LookupError", Exception);
    public static readonly PyClass IndexError = Exc("IndexError", LookupError);
    public static readonly PyClass KeyError = Exc("KeyError", LookupError);
    public static readonly PyClass NameError = Exc("NameError", Exception);
    public static readonly PyClass UnboundLocalError = Exc("UnboundLocalError", NameError);
    public static readonly PyClass RuntimeError = Exc("RuntimeError", Exception);
    public static readonly PyClass NotImplementedError = Exc("NotImplementedError", RuntimeError);
    public static readonly PyClass RecursionError = Exc("RecursionError", RuntimeError);
    public static readonly PyClass TypeError = Exc("TypeError", Exception);
    public static readonly PyClass ValueError = Exc("ValueError", Exception);
    public static readonly PyClass ImportError = Exc("ImportError", Exception);
    public static readonly PyClass ModuleNotFoundError = Exc("ModuleNotFoundError", ImportError);
    public static readonly PyClass SyntaxError = Exc("SyntaxError", Exception);
    public static readonly PyClass OSError = Exc("OSError", Exception);
    public static readonly PyClass Warning = Exc("Warning", Exception);
    public static readonly PyClass UserWarning = Exc("UserWarning", Warning);
    public static readonly PyClass DeprecationWarning = Exc("DeprecationWarning", Warning);

    public static IEnumerable<PyClass> ExceptionClasses => new[]
    {
        BaseException, Exception, StopIteration, ArithmeticError, ZeroDivisionError, OverflowError, AssertionError,
        AttributeError, LookupError, IndexError, KeyError, NameError, UnboundLocalError, RuntimeError,
        NotImplementedError, RecursionError, TypeError, ValueError, ImportError, ModuleNotFoundError, SyntaxError,
        OSError, Warning, UserWarning, DeprecationWarning,
    };

    // torch value classes.
    public static readonly PyClass Tensor = new("Tensor", new[] { Object }, "torch") { Factory = (ev, a) => Torch.TorchFunctions.TensorCtor(ev, a) };
    public static readonly PyClass Parameter = new("Parameter", new[] { Tensor }, "torch.nn.parameter") { Factory = (ev, a) => Torch.TorchFunctions.MakeParameter(ev, a) };
    public static readonly PyClass DType = new("dtype", new[] { Object }, "torch");
    public static readonly PyClass Device = new("device", new[] { Object }, "torch") { Factory = (ev, a) => Torch.TorchFunctions.MakeDevice(a) };

    static PyClass Builtin(string name, Func<Interpreter, CallArgs, object?>? factory) =>
        new(name, new[] { Object }) { Factory = factory ?? ((ev, a) => throw Interpreter.TypeError($"cannot create '{name}' instances")) };

    static object? Arg(CallArgs a, int i, string name) => i < a.Positional.Count ? a.Positional[i] : a.Keyword(name);

    static PyClass MakeObject()
    {
        var o = new PyClass("object", Array.Empty<PyClass>());
        o.Dict["__init__"] = ObjectInit;
        o.Dict["__new__"] = ObjectNew;
        o.Dict["__setattr__"] = new BuiltinFunction("__setattr__", (ev, a) =>
        {
            ev.ObjectSetAttr((PyInstance)a.Positional[0]!, (string)a.Positional[1]!, a.Positional[2]);
            return null;
        });
        o.Dict["__delattr__"] = new BuiltinFunction("__delattr__", (ev, a) =>
        {
            ev.ObjectDelAttr((PyInstance)a.Positional[0]!, (string)a.Positional[1]!);
            return null;
        });
        o.Dict["__repr__"] = new BuiltinFunction("__repr__", (ev, a) =>
            a.Positional[0] is PyInstance i ? $"<{i.Class.Module}.{i.Class.QualName} object>" : PyText.Repr(ev, a.Positional[0]));
        o.Dict["__str__"] = new BuiltinFunction("__str__", (ev, a) => PyText.Repr(ev, a.Positional[0]));
        o.Dict["__eq__"] = new BuiltinFunction("__eq__", (ev, a) => ReferenceEquals(a.Positional[0], a.Positional[1]) ? true : PyNotImplemented.Instance);
        return o;
    }

    static PyClass MakeBaseException()
    {
        var c = new PyClass("BaseException", new[] { Object });
        c.Dict["__init__"] = new BuiltinFunction("__init__", (ev, a) =>
        {
            if (a.Positional[0] is PyException e) e.Args = new PyTuple(a.Positional.Skip(1).ToArray());
            return null;
        });
        c.Dict["__str__"] = new BuiltinFunction("__str__", (ev, a) =>
        {
            var e = (PyException)a.Positional[0]!;
            return e.Class.IsSubclassOf(KeyError) && e.Args.Count == 1 ? PyText.Repr(ev, e.Args[0]) : e.Message(ev);
        });
        c.Dict["with_traceback"] = new BuiltinFunction("with_traceback", (ev, a) => a.Positional[0]);
        return c;
    }

    static PyClass Exc(string name, PyClass baseClass) => new(name, new[] { baseClass });
}
