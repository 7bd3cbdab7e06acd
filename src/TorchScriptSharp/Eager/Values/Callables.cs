namespace TorchScriptSharp.Eager;

/// A function implemented in C#. In a class dict it binds like a Python function (self first).
public sealed class BuiltinFunction
{
    public BuiltinFunction(string name, Func<Interpreter, CallArgs, object?> body) { Name = name; Body = body; }
    public string Name { get; }
    public Func<Interpreter, CallArgs, object?> Body { get; }
    /// The TorchScript operator this function is (`aten::gelu` for F.gelu), when scripted code may call it.
    public string? Operator { get; init; }
    public override string ToString() => $"<built-in function {Name}>";
}

/// `obj.method`: a function with its first argument bound.
public sealed class BoundMethod
{
    public BoundMethod(object? self, object function) { Self = self; Function = function; }
    public object? Self { get; }
    public object Function { get; }
    public string Name => Function switch { PyFunction f => f.Name, BuiltinFunction b => b.Name, _ => "?" };
    public override string ToString() => $"<bound method {Name}>";
}

public sealed class StaticMethod
{
    public StaticMethod(object? function) => Function = function;
    public object? Function { get; }
}

public sealed class ClassMethod
{
    public ClassMethod(object? function) => Function = function;
    public object? Function { get; }
}

/// `property(fget, fset)`; `@x.setter` returns a copy with the setter filled in, as in Python.
public sealed class PyProperty
{
    public PyProperty(object? getter, object? setter = null, object? deleter = null) { Getter = getter; Setter = setter; Deleter = deleter; }
    public object? Getter { get; }
    public object? Setter { get; }
    public object? Deleter { get; }
}

/// `super()` / `super(Cls, obj)`: attribute lookup starts after Cls in obj's MRO.
public sealed class PySuper
{
    public PySuper(PyClass start, object? self, PyClass selfClass) { Start = start; Self = self; SelfClass = selfClass; }
    public PyClass Start { get; }
    public object? Self { get; }
    public PyClass SelfClass { get; }
}

/// `functools.partial(f, *args, **kwargs)`.
public sealed class PyPartial
{
    public PyPartial(object? func, CallArgs args) { Func = func; Args = args; }
    public object? Func { get; }
    public CallArgs Args { get; }
}
