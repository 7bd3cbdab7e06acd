using TorchScriptSharp.Serialization;

namespace TorchScriptSharp.Eager.Stdlib;

/// typing, collections, functools, warnings, abc, copy, sys, itertools, operator: the parts module
/// constructors use.
static class SmallModules
{
    static void Def(PyModuleObject m, string name, Func<Interpreter, CallArgs, object?> body) => m.Dict[name] = new BuiltinFunction(name, body);

    public static PyModuleObject Typing()
    {
        var m = new PyModuleObject("typing");
        foreach (var name in new[] { "List", "Dict", "Tuple", "Optional", "Union", "Any", "Callable", "Iterable", "Iterator", "Sequence",
                     "Mapping", "Type", "Generic", "Final", "ClassVar", "Set", "FrozenSet", "Literal", "Protocol", "Annotated",
                     "NoReturn", "MutableMapping", "MutableSequence", "Generator", "DefaultDict", "OrderedDict", "Deque", "SupportsInt" })
            m.Dict[name] = new TypingForm(name);
        m.Dict["TYPE_CHECKING"] = false;
        Def(m, "TypeVar", (ev, a) => new TypingForm((string)a.Positional[0]!));
        Def(m, "cast", (ev, a) => a.Positional[1]);
        Def(m, "overload", (ev, a) => a.Positional[0]);
        Def(m, "no_type_check", (ev, a) => a.Positional[0]);
        Def(m, "final", (ev, a) => a.Positional[0]);
        Def(m, "NewType", (ev, a) => new BuiltinFunction((string)a.Positional[0]!, (ev2, b) => b.Positional[0]));
        m.Fallback = name => name == "NamedTuple" ? NamedTupleBase : null;
        return m;
    }

    /// `class P(NamedTuple): x: int` — the class gets a constructor and tuple behaviour from its annotations.
    static readonly PyClass NamedTupleBase = MakeNamedTupleBase();

    static PyClass MakeNamedTupleBase()
    {
        var c = new PyClass("NamedTuple", new[] { BuiltinTypes.Object }, "typing");
        c.Dict["__init__"] = new BuiltinFunction("__init__", (ev, a) =>
        {
            var self = (PyInstance)a.Positional[0]!;
            var fields = self.Class.Lookup("__annotations__") is PyDict ann ? ann.Keys.Select(k => (string)k!).ToList() : new List<string>();
            var defaults = fields.Select(f => self.Class.TryLookup(f, out var d, out _) ? d : NoDefault).ToList();
            InitFields(ev, self, fields, defaults, new CallArgs(a.Positional.Skip(1).ToList(), a.Keywords));
            return null;
        });
        AddTupleProtocol(c);
        return c;
    }

    static readonly object NoDefault = new();

    static void InitFields(Interpreter ev, PyInstance self, List<string> fields, List<object?> defaults, CallArgs a)
    {
        if (a.Positional.Count > fields.Count) throw Interpreter.TypeError($"{self.Class.Name}() takes {fields.Count} positional arguments but {a.Positional.Count} were given");
        for (int i = 0; i < fields.Count; i++)
        {
            object? v;
            if (i < a.Positional.Count) v = a.Positional[i];
            else if (a.HasKeyword(fields[i])) v = a.Keyword(fields[i]);
            else if (!ReferenceEquals(defaults[i], NoDefault)) v = defaults[i]; // a None default counts
            else throw Interpreter.TypeError($"{self.Class.Name}() missing 1 required positional argument: '{fields[i]}'");
            self.Dict[fields[i]] = v;
        }
        self.Dict["_fields"] = new PyTuple(fields.Cast<object?>().ToArray());
    }

    static PyTuple Values(PyInstance self) =>
        new(((PyTuple)self.Dict["_fields"]!).Select(f => self.Dict[(string)f!]).ToArray());

    static void AddTupleProtocol(PyClass c)
    {
        c.Dict["__getitem__"] = new BuiltinFunction("__getitem__", (ev, a) => PyOps.GetItem(ev, Values((PyInstance)a.Positional[0]!), a.Positional[1]));
        c.Dict["__iter__"] = new BuiltinFunction("__iter__", (ev, a) => new PyIterator(Values((PyInstance)a.Positional[0]!)));
        c.Dict["__len__"] = new BuiltinFunction("__len__", (ev, a) => (long)Values((PyInstance)a.Positional[0]!).Count);
        c.Dict["__eq__"] = new BuiltinFunction("__eq__", (ev, a) =>
            a.Positional[1] is PyInstance o && o.Dict.ContainsKey("_fields") ? PyOps.Equal(ev, Values((PyInstance)a.Positional[0]!), Values(o)) : PyOps.Equal(ev, Values((PyInstance)a.Positional[0]!), a.Positional[1]));
        c.Dict["__repr__"] = new BuiltinFunction("__repr__", (ev, a) =>
        {
            var self = (PyInstance)a.Positional[0]!;
            var fields = (PyTuple)self.Dict["_fields"]!;
            return self.Class.Name + "(" + string.Join(", ", fields.Select(f => $"{f}={PyText.Repr(ev, self.Dict[(string)f!])}")) + ")";
        });
        c.Dict["_asdict"] = new BuiltinFunction("_asdict", (ev, a) =>
        {
            var self = (PyInstance)a.Positional[0]!;
            var d = new PyDict();
            foreach (var f in (PyTuple)self.Dict["_fields"]!) d[f] = self.Dict[(string)f!];
            return d;
        });
    }

    public static PyModuleObject Collections()
    {
        var m = new PyModuleObject("collections");
        m.Dict["OrderedDict"] = BuiltinTypes.OrderedDict;
        Def(m, "namedtuple", (ev, a) =>
        {
            var p = Params.Bind(a, "namedtuple", ("typename", Params.Required), ("field_names", Params.Required), ("rename", false), ("defaults", null), ("module", null));
            var fields = p[1] is string s ? s.Replace(',', ' ').Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList()
                : PyOps.Iterate(ev, p[1]).Select(x => (string)x!).ToList();
            var defaultValues = p[3] == null ? new List<object?>() : PyOps.Iterate(ev, p[3]).ToList();
            var defaults = fields.Select((f, i) => i >= fields.Count - defaultValues.Count ? defaultValues[i - (fields.Count - defaultValues.Count)] : NoDefault).ToList();
            var cls = new PyClass((string)p[0]!, new[] { BuiltinTypes.Object }, p[4] as string ?? "__main__");
            cls.Dict["__init__"] = new BuiltinFunction("__init__", (ev2, b) =>
            {
                InitFields(ev2, (PyInstance)b.Positional[0]!, fields, defaults, new CallArgs(b.Positional.Skip(1).ToList(), b.Keywords));
                return null;
            });
            cls.Dict["_fields"] = new PyTuple(fields.Cast<object?>().ToArray());
            AddTupleProtocol(cls);
            return cls;
        });
        var abc = new PyModuleObject("collections.abc");
        foreach (var name in new[] { "Iterable", "Mapping", "Sequence", "Callable", "Iterator", "MutableMapping" }) abc.Dict[name] = new TypingForm(name);
        m.Dict["abc"] = abc;
        return m;
    }

    public static PyModuleObject Functools()
    {
        var m = new PyModuleObject("functools");
        m.Dict["partial"] = BuiltinTypes.Partial;
        Def(m, "reduce", (ev, a) =>
        {
            var items = PyOps.Iterate(ev, a.Positional[1]).ToList();
            object? acc;
            int start = 0;
            if (a.Positional.Count > 2) acc = a.Positional[2];
            else if (items.Count == 0) throw Interpreter.TypeError("reduce() of empty iterable with no initial value");
            else { acc = items[0]; start = 1; }
            for (int i = start; i < items.Count; i++) acc = ev.Call(a.Positional[0], CallArgs.Of(acc, items[i]));
            return acc;
        });
        Def(m, "wraps", (ev, a) => new BuiltinFunction("wraps", (ev2, b) => b.Positional[0]));
        Def(m, "lru_cache", (ev, a) => a.Positional.Count == 1 && a.Positional[0] is PyFunction f ? f : new BuiltinFunction("lru_cache", (ev2, b) => b.Positional[0]));
        m.Dict["cache"] = new BuiltinFunction("cache", (ev, a) => a.Positional[0]);
        return m;
    }

    public static PyModuleObject Warnings()
    {
        var m = new PyModuleObject("warnings");
        Def(m, "warn", (ev, a) =>
        {
            var p = Params.Bind(a, "warn", ("message", Params.Required), ("category", null), ("stacklevel", 1L), ("source", null));
            var category = p[0] is PyException e ? e.Class : p[1] as PyClass ?? BuiltinTypes.UserWarning;
            var text = p[0] is PyException e2 ? e2.Message(ev) : PyText.Str(ev, p[0]);
            ev.Stderr.WriteLine($"{category.Name}: {text}");
            return null;
        });
        foreach (var name in new[] { "filterwarnings", "simplefilter", "resetwarnings" }) Def(m, name, (ev, a) => null);
        return m;
    }

    public static PyModuleObject Abc()
    {
        var m = new PyModuleObject("abc");
        m.Dict["ABC"] = new PyClass("ABC", new[] { BuiltinTypes.Object }, "abc");
        m.Dict["ABCMeta"] = BuiltinTypes.Type;
        Def(m, "abstractmethod", (ev, a) => a.Positional[0]);
        return m;
    }

    public static PyModuleObject Sys(Interpreter ev)
    {
        var m = new PyModuleObject("sys");
        m.Dict["maxsize"] = long.MaxValue;
        m.Dict["version_info"] = new PyTuple(3L, 10L, 0L, "final", 0L);
        m.Dict["stderr"] = new PyModuleObject("sys.stderr");
        m.Dict["stdout"] = new PyModuleObject("sys.stdout");
        return m;
    }

    public static PyModuleObject Itertools()
    {
        var m = new PyModuleObject("itertools");
        Def(m, "chain", (ev, a) => new PyIterator(a.Positional.SelectMany(x => PyOps.Iterate(ev, x)), "chain"));
        Def(m, "repeat", (ev, a) => new PyIterator(a.Positional.Count > 1
            ? Enumerable.Repeat(a.Positional[0], (int)PyConvert.ToLong(a.Positional[1])) : Forever(a.Positional[0]), "repeat"));
        Def(m, "islice", (ev, a) =>
        {
            var src = PyOps.Iterate(ev, a.Positional[0]);
            var slice = a.Positional.Count == 2 ? new PySlice(null, a.Positional[1], null)
                : new PySlice(a.Positional[1], a.Positional[2], a.Positional.Count > 3 ? a.Positional[3] : null);
            long start = slice.Start == null ? 0 : PyConvert.ToLong(slice.Start), step = slice.Step == null ? 1 : PyConvert.ToLong(slice.Step);
            long? stop = slice.Stop == null ? null : PyConvert.ToLong(slice.Stop);
            return new PyIterator(src.Select((x, i) => (x, i)).TakeWhile(t => stop == null || t.i < stop)
                .Where(t => t.i >= start && (t.i - start) % step == 0).Select(t => t.x), "islice");
        });
        Def(m, "product", (ev, a) =>
        {
            long repeat = a.HasKeyword("repeat") ? PyConvert.ToLong(a.Keyword("repeat")) : 1;
            var pools = Enumerable.Range(0, (int)repeat).SelectMany(_ => a.Positional.Select(x => PyOps.Iterate(ev, x).ToList())).ToList();
            IEnumerable<List<object?>> result = new[] { new List<object?>() };
            foreach (var pool in pools) result = result.SelectMany(r => pool.Select(x => r.Append(x).ToList())).ToList();
            return new PyIterator(result.Select(r => (object?)new PyTuple(r.ToArray())), "product");
        });
        Def(m, "count", (ev, a) => new PyIterator(Count(a.Positional.Count > 0 ? PyConvert.ToLong(a.Positional[0]) : 0), "count"));
        return m;
    }

    static IEnumerable<object?> Forever(object? v) { while (true) yield return v; }
    static IEnumerable<object?> Count(long start) { for (long i = start; ; i++) yield return i; }

    public static PyModuleObject Operator()
    {
        var m = new PyModuleObject("operator");
        Def(m, "index", (ev, a) => PyConvert.ToIndex(a.Positional[0]));
        Def(m, "add", (ev, a) => PyOps.Binary(ev, Syntax.Ast.BinaryOperator.Add, a.Positional[0], a.Positional[1]));
        Def(m, "mul", (ev, a) => PyOps.Binary(ev, Syntax.Ast.BinaryOperator.Mul, a.Positional[0], a.Positional[1]));
        Def(m, "getitem", (ev, a) => PyOps.GetItem(ev, a.Positional[0], a.Positional[1]));
        return m;
    }
}
