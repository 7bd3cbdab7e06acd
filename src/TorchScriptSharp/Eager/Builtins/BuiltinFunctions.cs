using System.Runtime.CompilerServices;
using TorchScriptSharp.Serialization;
using TorchSharp;

namespace TorchScriptSharp.Eager;

/// The builtins namespace: functions (len, isinstance, sorted...), classes and exceptions.
static class BuiltinFunctions
{
    public static Dictionary<string, object?> Create(Interpreter ev)
    {
        var b = new Dictionary<string, object?>();
        void Def(string name, Func<Interpreter, CallArgs, object?> body) => b[name] = new BuiltinFunction(name, body);

        foreach (var c in new[]
        {
            BuiltinTypes.Object, BuiltinTypes.Type, BuiltinTypes.Int, BuiltinTypes.Bool, BuiltinTypes.Float, BuiltinTypes.Complex,
            BuiltinTypes.Str, BuiltinTypes.List, BuiltinTypes.Tuple, BuiltinTypes.Dict, BuiltinTypes.Set, BuiltinTypes.FrozenSet,
            BuiltinTypes.Slice, BuiltinTypes.Range, BuiltinTypes.Property, BuiltinTypes.StaticMethodType, BuiltinTypes.ClassMethodType,
        }) b[c.Name] = c;
        foreach (var c in BuiltinTypes.ExceptionClasses) b[c.Name] = c;
        b["None"] = null;
        b["True"] = true;
        b["False"] = false;
        b["Ellipsis"] = PyEllipsis.Instance;
        b["NotImplemented"] = PyNotImplemented.Instance;
        b["__debug__"] = true;

        // super is a function so that zero-argument super() can be recognised at the call site.
        Def("super", (ev, a) => BuiltinTypes.Super.Factory!(ev, a));
        Def("len", (ev, a) => PyOps.Len(ev, One(a, "len")));
        Def("isinstance", (ev, a) => IsInstance(a.Positional[0], a.Positional[1]));
        Def("issubclass", (ev, a) =>
        {
            if (a.Positional[0] is not PyClass c) throw Interpreter.TypeError("issubclass() arg 1 must be a class");
            return ClassMatches(c, a.Positional[1]);
        });
        Def("getattr", (ev, a) =>
        {
            var name = a.Positional[1] as string ?? throw Interpreter.TypeError("attribute name must be string");
            if (a.Positional.Count < 3) return ev.GetAttr(a.Positional[0], name);
            try { return ev.TryGetAttr(a.Positional[0], name, out var v) ? v : a.Positional[2]; }
            catch (PythonException e) when (e.Exception.Class.IsSubclassOf(BuiltinTypes.AttributeError)) { return a.Positional[2]; }
        });
        Def("setattr", (ev, a) => { ev.SetAttr(a.Positional[0], (string)a.Positional[1]!, a.Positional[2]); return null; });
        Def("delattr", (ev, a) => { ev.DelAttr(a.Positional[0], (string)a.Positional[1]!); return null; });
        Def("hasattr", (ev, a) =>
        {
            try { return ev.TryGetAttr(a.Positional[0], (string)a.Positional[1]!, out _); }
            catch (PythonException e) when (e.Exception.Class.IsSubclassOf(BuiltinTypes.AttributeError)) { return false; }
        });
        Def("callable", (ev, a) => a.Positional[0] switch
        {
            PyFunction or BuiltinFunction or BoundMethod or PyClass or PyPartial or StaticMethod => true,
            PyInstance i => i.Class.Lookup("__call__") != null,
            _ => false,
        });
        Def("range", (ev, a) => BuiltinConstructors.Range(ev, a));
        Def("enumerate", (ev, a) =>
        {
            long start = a.Positional.Count > 1 ? PyConvert.ToLong(a.Positional[1]) : a.HasKeyword("start") ? PyConvert.ToLong(a.Keyword("start")) : 0;
            return new PyIterator(PyOps.Iterate(ev, a.Positional[0]).Select((x, i) => (object?)new PyTuple(start + i, x)), "enumerate");
        });
        Def("zip", (ev, a) => new PyIterator(Zip(ev, a.Positional), "zip"));
        Def("map", (ev, a) =>
        {
            var f = a.Positional[0];
            if (a.Positional.Count == 2) return new PyIterator(PyOps.Iterate(ev, a.Positional[1]).Select(x => ev.Call(f, CallArgs.Of(x))), "map");
            return new PyIterator(Zip(ev, a.Positional.Skip(1).ToList()).Select(t => ev.Call(f, new CallArgs(((PyTuple)t!).ToArray()))), "map");
        });
        Def("filter", (ev, a) =>
        {
            var f = a.Positional[0];
            return new PyIterator(PyOps.Iterate(ev, a.Positional[1]).Where(x => PyOps.Truthy(ev, f == null ? x : ev.Call(f, CallArgs.Of(x)))), "filter");
        });
        Def("sorted", (ev, a) =>
        {
            var items = PyOps.Iterate(ev, a.Positional[0]).ToList();
            return new PyList(Sort(ev, items, a.Keyword("key"), PyOps.Truthy(ev, a.Keyword("reverse"))));
        });
        Def("reversed", (ev, a) => new PyIterator(Reversed(ev, a.Positional[0]), "reversed"));
        Def("min", (ev, a) => MinMax(ev, a, wantMax: false));
        Def("max", (ev, a) => MinMax(ev, a, wantMax: true));
        Def("sum", (ev, a) =>
        {
            object? acc = a.Positional.Count > 1 ? a.Positional[1] : a.HasKeyword("start") ? a.Keyword("start") : 0L;
            foreach (var x in PyOps.Iterate(ev, a.Positional[0])) acc = PyOps.Binary(ev, Syntax.Ast.BinaryOperator.Add, acc, x);
            return acc;
        });
        Def("abs", (ev, a) => a.Positional[0] switch
        {
            long l => l == long.MinValue ? throw new PythonException(BuiltinTypes.OverflowError, "integer overflow") : Math.Abs(l),
            bool bo => bo ? 1L : 0L,
            double d => Math.Abs(d),
            System.Numerics.Complex c => c.Magnitude,
            torch.Tensor t => Torch.OpDispatch.Call(ev, "aten::abs", CallArgs.Of(t), isMethod: true),
            PyInstance i when i.Class.Lookup("__abs__") is { } f => ev.Call(Interpreter.Bind(f, i, i.Class), CallArgs.Empty),
            var v => throw Interpreter.TypeError($"bad operand type for abs(): '{PyOps.TypeOf(v).Name}'"),
        });
        Def("round", (ev, a) => Round(ev, a));
        Def("divmod", (ev, a) => new PyTuple(
            PyOps.Binary(ev, Syntax.Ast.BinaryOperator.FloorDiv, a.Positional[0], a.Positional[1]),
            PyOps.Binary(ev, Syntax.Ast.BinaryOperator.Mod, a.Positional[0], a.Positional[1])));
        Def("pow", (ev, a) =>
        {
            if (a.Positional.Count == 3)
            {
                long x = PyConvert.ToLong(a.Positional[0]), y = PyConvert.ToLong(a.Positional[1]), m = PyConvert.ToLong(a.Positional[2]);
                var r = (long)System.Numerics.BigInteger.ModPow(x, y, m);
                return r != 0 && (r < 0) != (m < 0) ? r + m : r;
            }
            return PyOps.Binary(ev, Syntax.Ast.BinaryOperator.Pow, a.Positional[0], a.Positional[1]);
        });
        Def("repr", (ev, a) => PyText.Repr(ev, One(a, "repr")));
        Def("format", (ev, a) => PyFormat.Format(ev, a.Positional[0], a.Positional.Count > 1 ? (string)a.Positional[1]! : ""));
        Def("print", (ev, a) =>
        {
            var sep = a.Keyword("sep") as string ?? " ";
            var end = a.Keyword("end") as string ?? "\n";
            var writer = a.Keyword("file") is PyModuleObject { Name: "sys.stderr" } ? ev.Stderr : ev.Stdout;
            writer.Write(string.Join(sep, a.Positional.Select(x => PyText.Str(ev, x))) + end);
            return null;
        });
        Def("any", (ev, a) => PyOps.Iterate(ev, a.Positional[0]).Any(x => PyOps.Truthy(ev, x)));
        Def("all", (ev, a) => PyOps.Iterate(ev, a.Positional[0]).All(x => PyOps.Truthy(ev, x)));
        Def("iter", (ev, a) => a.Positional[0] is PyIterator it ? it : new PyIterator(PyOps.Iterate(ev, a.Positional[0])));
        Def("next", (ev, a) =>
        {
            var it = a.Positional[0];
            if (it is PyIterator pi)
            {
                if (pi.TryNext(out var v)) return v;
                if (a.Positional.Count > 1) return a.Positional[1];
                throw new PythonException(new PyException(BuiltinTypes.StopIteration, Array.Empty<object?>()));
            }
            if (it is PyInstance inst && inst.Class.Lookup("__next__") is { } next)
            {
                try { return ev.Call(Interpreter.Bind(next, inst, inst.Class), CallArgs.Empty); }
                catch (PythonException e) when (a.Positional.Count > 1 && e.Exception.Class.IsSubclassOf(BuiltinTypes.StopIteration)) { return a.Positional[1]; }
            }
            throw Interpreter.TypeError($"'{PyOps.TypeOf(it).Name}' object is not an iterator");
        });
        Def("id", (ev, a) => (long)RuntimeHelpers.GetHashCode(a.Positional[0] ?? BuiltinTypes.NoneType));
        Def("hash", (ev, a) => (long)PyKeyComparer.Instance.GetHashCode(PyOps.CheckHashable(a.Positional[0])));
        Def("chr", (ev, a) => char.ConvertFromUtf32((int)PyConvert.ToLong(a.Positional[0])));
        Def("ord", (ev, a) => (long)char.ConvertToUtf32((string)a.Positional[0]!, 0));
        Def("hex", (ev, a) => PyFormat.Format(ev, a.Positional[0], "#x"));
        Def("oct", (ev, a) => PyFormat.Format(ev, a.Positional[0], "#o"));
        Def("bin", (ev, a) => PyFormat.Format(ev, a.Positional[0], "#b"));
        Def("vars", (ev, a) => ev.GetAttr(a.Positional[0], "__dict__"));
        Def("dir", (ev, a) => new PyList(Dir(a.Positional[0]).Distinct().OrderBy(x => x, StringComparer.Ordinal).Select(x => (object?)x)));
        return b;
    }

    static object? One(CallArgs a, string name)
    {
        if (a.Positional.Count != 1) throw Interpreter.TypeError($"{name}() takes exactly one argument ({a.Positional.Count} given)");
        return a.Positional[0];
    }

    internal static bool IsInstance(object? v, object? classes) => classes switch
    {
        PyClass c => PyOps.IsInstance(v, c),
        PyTuple t => t.Any(x => IsInstance(v, x)),
        TypingForm f => TypingForms.IsInstance(v, f),
        _ => throw Interpreter.TypeError("isinstance() arg 2 must be a type or tuple of types"),
    };

    static bool ClassMatches(PyClass c, object? classes) => classes switch
    {
        PyClass k => c.IsSubclassOf(k),
        PyTuple t => t.Any(x => ClassMatches(c, x)),
        _ => throw Interpreter.TypeError("issubclass() arg 2 must be a class or tuple of classes"),
    };

    static IEnumerable<object?> Zip(Interpreter ev, IReadOnlyList<object?> iterables)
    {
        var enums = iterables.Select(x => PyOps.Iterate(ev, x).GetEnumerator()).ToList();
        if (enums.Count == 0) yield break;
        while (true)
        {
            var row = new object?[enums.Count];
            for (int i = 0; i < enums.Count; i++)
            {
                if (!enums[i].MoveNext()) yield break;
                row[i] = enums[i].Current;
            }
            yield return new PyTuple(row);
        }
    }

    static IEnumerable<object?> Reversed(Interpreter ev, object? v)
    {
        if (v is PyInstance i && i.Class.Lookup("__reversed__") is { } f)
            return PyOps.Iterate(ev, ev.Call(Interpreter.Bind(f, i, i.Class), CallArgs.Empty));
        if (v is PyInstance inst)
        {
            long n = PyOps.Len(ev, inst);
            return Enumerable.Range(0, (int)n).Reverse().Select(k => PyOps.GetItem(ev, inst, (long)k));
        }
        if (v is PyDict or PyList or PyTuple or string or PyRange) return PyOps.Iterate(ev, v).ToList().AsEnumerable().Reverse();
        throw Interpreter.TypeError($"'{PyOps.TypeOf(v).Name}' object is not reversible");
    }

    /// A stable sort with Python's ordering (and an optional key function).
    internal static List<object?> Sort(Interpreter ev, List<object?> items, object? key, bool reverse)
    {
        var keys = key == null ? items : items.Select(x => ev.Call(key, CallArgs.Of(x))).ToList();
        var idx = Enumerable.Range(0, items.Count).ToList();
        var cmp = Comparer<int>.Create((i, j) =>
        {
            int c = Lt(ev, keys[i], keys[j]) ? -1 : Lt(ev, keys[j], keys[i]) ? 1 : 0;
            return reverse ? -c : c;
        });
        return idx.OrderBy(i => i, cmp).Select(i => items[i]).ToList();
    }

    static bool Lt(Interpreter ev, object? a, object? b) => PyOps.Truthy(ev, PyOps.Compare(ev, Syntax.Ast.CompareOperator.Lt, a, b));

    static object? MinMax(Interpreter ev, CallArgs a, bool wantMax)
    {
        var name = wantMax ? "max" : "min";
        var items = a.Positional.Count == 1 ? PyOps.Iterate(ev, a.Positional[0]).ToList() : a.Positional.ToList();
        if (items.Count == 0)
        {
            if (a.HasKeyword("default")) return a.Keyword("default");
            throw Interpreter.ValueError($"{name}() arg is an empty sequence");
        }
        var key = a.Keyword("key");
        object? best = items[0], bestKey = key == null ? best : ev.Call(key, CallArgs.Of(best));
        foreach (var x in items.Skip(1))
        {
            var k = key == null ? x : ev.Call(key, CallArgs.Of(x));
            if (wantMax ? Lt(ev, bestKey, k) : Lt(ev, k, bestKey)) { best = x; bestKey = k; }
        }
        return best;
    }

    static object? Round(Interpreter ev, CallArgs a)
    {
        var v = a.Positional[0];
        var nd = a.Positional.Count > 1 ? a.Positional[1] : a.Keyword("ndigits");
        switch (v)
        {
            case long or bool:
                if (nd == null) return PyConvert.ToLong(v);
                long n = PyConvert.ToLong(nd);
                if (n >= 0) return PyConvert.ToLong(v);
                long p = (long)Math.Pow(10, -n), x = PyConvert.ToLong(v);
                return (long)Math.Round((double)x / p, MidpointRounding.ToEven) * p;
            case double d:
                if (nd == null)
                {
                    if (double.IsNaN(d) || double.IsInfinity(d)) throw Interpreter.ValueError("cannot convert float to integer");
                    return (long)Math.Round(d, MidpointRounding.ToEven);
                }
                return RoundDigits(d, (int)PyConvert.ToLong(nd));
            case torch.Tensor t: return t.round();
            case PyInstance i when i.Class.Lookup("__round__") is { } f:
                return ev.Call(Interpreter.Bind(f, i, i.Class), nd == null ? CallArgs.Empty : CallArgs.Of(nd));
        }
        throw Interpreter.TypeError($"type {PyOps.TypeOf(v).Name} doesn't define __round__ method");
    }

    /// round(x, n) for floats, correctly rounded half-to-even on the exact binary value as CPython
    /// does (round(2.675, 2) == 2.67 because 2.675 is stored as 2.67499...).
    static double RoundDigits(double d, int digits)
    {
        if (double.IsNaN(d) || double.IsInfinity(d) || d == 0) return d;
        if (digits > 300) return d;
        if (digits < -308) return 0.0 * Math.Sign(d);
        long bits = BitConverter.DoubleToInt64Bits(d);
        bool neg = bits < 0;
        int exp = (int)((bits >> 52) & 0x7FF);
        long man = bits & 0xFFFFFFFFFFFFFL;
        if (exp == 0) exp++; else man |= 1L << 52;
        exp -= 1075;
        var num = new System.Numerics.BigInteger(man);
        var den = System.Numerics.BigInteger.One;
        if (exp > 0) num <<= exp; else den <<= -exp;
        if (digits >= 0) num *= System.Numerics.BigInteger.Pow(10, digits); else den *= System.Numerics.BigInteger.Pow(10, -digits);
        var q = System.Numerics.BigInteger.DivRem(num, den, out var r);
        int c = (r * 2).CompareTo(den);
        if (c > 0 || (c == 0 && !q.IsEven)) q += 1;
        var text = q.ToString() + "E" + (-digits).ToString(System.Globalization.CultureInfo.InvariantCulture);
        var result = double.Parse(text, System.Globalization.CultureInfo.InvariantCulture);
        return neg ? -result : result;
    }

    static IEnumerable<string> Dir(object? v) => v switch
    {
        PyInstance i => i.Dict.Keys.Concat(i.Class.Mro.SelectMany(c => c.Dict.Keys)),
        PyClass c => c.Mro.SelectMany(k => k.Dict.Keys),
        PyModuleObject m => m.Dict.Keys,
        _ => Array.Empty<string>(),
    };
}
