namespace TorchScriptSharp.Eager;

/// A Python class: user classes from `class` statements and the builtin classes (object, int,
/// Exception, nn.Module...) that user classes may subclass. Attribute lookup follows the C3 MRO.
public sealed class PyClass
{
    public PyClass(string name, IReadOnlyList<PyClass> bases, string module = "builtins")
    {
        Name = name;
        QualName = name;
        Module = module;
        Bases = bases;
        Mro = C3.Linearize(this);
    }

    public string Name { get; }
    public string QualName { get; set; }
    /// `__module__`: "__main__" for classes of the main file, "torch.nn.modules.module" for nn.Module.
    public string Module { get; set; }
    public IReadOnlyList<PyClass> Bases { get; }
    public IReadOnlyList<PyClass> Mro { get; }
    /// The class namespace in definition order.
    public Dictionary<string, object?> Dict { get; } = new();

    /// Builtin value classes (int, str, list...) build their instances natively instead of
    /// creating a PyInstance and calling __init__.
    public Func<Interpreter, CallArgs, object?>? Factory { get; init; }

    /// For builtin value classes: whether a .NET value is an instance (isinstance(3, int)).
    public Func<object?, bool>? NativeCheck { get; init; }

    /// The source definition of a user class (null for builtins): the scripting layer reads it.
    public Syntax.Ast.ClassDef? Definition { get; init; }

    public object? Lookup(string name)
    {
        foreach (var c in Mro)
            if (c.Dict.TryGetValue(name, out var v)) return v;
        return null;
    }

    public bool TryLookup(string name, out object? value, out PyClass? owner)
    {
        foreach (var c in Mro)
            if (c.Dict.TryGetValue(name, out value)) { owner = c; return true; }
        value = null;
        owner = null;
        return false;
    }

    public bool IsSubclassOf(PyClass other)
    {
        foreach (var c in Mro) if (ReferenceEquals(c, other)) return true;
        return false;
    }

    public override string ToString() => Module == "builtins" ? $"<class '{Name}'>" : $"<class '{Module}.{QualName}'>";
}

/// C3 linearization, as Python computes `__mro__`; a class hierarchy without one is a TypeError.
static class C3
{
    public static IReadOnlyList<PyClass> Linearize(PyClass cls)
    {
        var result = new List<PyClass> { cls };
        var seqs = cls.Bases.Select(b => b.Mro.ToList()).ToList();
        seqs.Add(cls.Bases.ToList());
        while (true)
        {
            seqs.RemoveAll(s => s.Count == 0);
            if (seqs.Count == 0) return result;
            PyClass? head = null;
            foreach (var s in seqs)
            {
                var candidate = s[0];
                if (!seqs.Any(o => o.IndexOf(candidate) > 0)) { head = candidate; break; }
            }
            if (head == null)
                throw new PythonException(BuiltinTypes.TypeError,
                    "Cannot create a consistent method resolution order (MRO) for bases " + string.Join(", ", cls.Bases.Select(b => b.Name)));
            result.Add(head);
            foreach (var s in seqs)
                if (s.Count > 0 && ReferenceEquals(s[0], head)) s.RemoveAt(0);
        }
    }
}
