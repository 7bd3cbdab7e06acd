using System.Text;
using TorchScriptSharp.Serialization;

namespace TorchScriptSharp.Eager;

/// Methods of the builtin value types: `"a,b".split(",")`, `xs.append(x)`, `d.items()`...
/// Each lookup returns a function bound to the receiver.
static class BuiltinMethods
{
    public static bool TryGet(Interpreter ev, object? obj, string name, out object? method)
    {
        if (name is "__iter__" or "__len__" && obj is string or PyList or PyDict or PyTuple or PySet or PyRange or PyIterator
            && !(name == "__len__" && obj is PyIterator))
        {
            // hasattr(x, '__iter__') / x.__len__() on the builtin containers
            method = name == "__iter__"
                ? new BuiltinFunction(name, (ev2, a) => obj as PyIterator ?? new PyIterator(PyOps.Iterate(ev2, obj)))
                : new BuiltinFunction(name, (ev2, a) => (long)PyOps.Iterate(ev2, obj).Count());
            return true;
        }
        Func<Interpreter, CallArgs, object?>? body = obj switch
        {
            string s => StrMethod(s, name),
            PyList l => ListMethod(l, name),
            PyDict d => DictMethod(d, name),
            PyTuple t => TupleMethod(t, name),
            PySet set => SetMethod(set, name),
            long or bool => IntMethod(PyConvert.ToLong(obj), name),
            double d => FloatMethod(d, name),
            PyIterator it when name == "__next__" => (ev, a) => it.TryNext(out var v) ? v : throw new PythonException(new PyException(BuiltinTypes.StopIteration, Array.Empty<object?>())),
            _ => null,
        };
        if (body == null)
        {
            if (obj is not null && PyOps.TypeOf(obj).Lookup(name) is { } classAttr && obj is not PyInstance)
            {
                method = Interpreter.Bind(classAttr, obj, PyOps.TypeOf(obj));
                return true;
            }
            method = null;
            return false;
        }
        method = new BuiltinFunction(name, body);
        return true;
    }

    static object? Arg(CallArgs a, int i, string name, object? dflt = null) =>
        i < a.Positional.Count ? a.Positional[i] : a.HasKeyword(name) ? a.Keyword(name) : dflt;

    static Func<Interpreter, CallArgs, object?>? StrMethod(string s, string name) => name switch
    {
        "join" => (ev, a) => string.Join(s, PyOps.Iterate(ev, a.Positional[0]).Select(x =>
            x as string ?? throw Interpreter.TypeError($"sequence item: expected str instance, {PyOps.TypeOf(x).Name} found"))),
        "split" => (ev, a) => Split(s, Arg(a, 0, "sep") as string, (int)PyConvert.ToLong(Arg(a, 1, "maxsplit", -1L))),
        "rsplit" => (ev, a) => RSplit(s, Arg(a, 0, "sep") as string, (int)PyConvert.ToLong(Arg(a, 1, "maxsplit", -1L))),
        "strip" => (ev, a) => Arg(a, 0, "chars") is string c ? s.Trim(c.ToCharArray()) : s.Trim(),
        "lstrip" => (ev, a) => Arg(a, 0, "chars") is string c ? s.TrimStart(c.ToCharArray()) : s.TrimStart(),
        "rstrip" => (ev, a) => Arg(a, 0, "chars") is string c ? s.TrimEnd(c.ToCharArray()) : s.TrimEnd(),
        "startswith" => (ev, a) => Affix(ev, a.Positional[0], p => s.StartsWith(p, StringComparison.Ordinal)),
        "endswith" => (ev, a) => Affix(ev, a.Positional[0], p => s.EndsWith(p, StringComparison.Ordinal)),
        "replace" => (ev, a) => a.Positional.Count > 2 ? ReplaceN(s, (string)a.Positional[0]!, (string)a.Positional[1]!, PyConvert.ToLong(a.Positional[2]))
                                                     : s.Replace((string)a.Positional[0]!, (string)a.Positional[1]!),
        "format" => (ev, a) => PyFormat.StrFormat(ev, s, a),
        "lower" => (ev, a) => s.ToLowerInvariant(),
        "upper" => (ev, a) => s.ToUpperInvariant(),
        "capitalize" => (ev, a) => s.Length == 0 ? s : char.ToUpperInvariant(s[0]) + s[1..].ToLowerInvariant(),
        "title" => (ev, a) => System.Globalization.CultureInfo.InvariantCulture.TextInfo.ToTitleCase(s.ToLowerInvariant()),
        "find" => (ev, a) => (long)s.IndexOf((string)a.Positional[0]!, StringComparison.Ordinal),
        "rfind" => (ev, a) => (long)s.LastIndexOf((string)a.Positional[0]!, StringComparison.Ordinal),
        "index" => (ev, a) => s.IndexOf((string)a.Positional[0]!, StringComparison.Ordinal) is var i && i >= 0 ? (long)i : throw Interpreter.ValueError("substring not found"),
        "count" => (ev, a) => (long)Count(s, (string)a.Positional[0]!),
        "isdigit" or "isnumeric" or "isdecimal" => (ev, a) => s.Length > 0 && s.All(char.IsDigit),
        "isalpha" => (ev, a) => s.Length > 0 && s.All(char.IsLetter),
        "isalnum" => (ev, a) => s.Length > 0 && s.All(char.IsLetterOrDigit),
        "isspace" => (ev, a) => s.Length > 0 && s.All(char.IsWhiteSpace),
        "isidentifier" => (ev, a) => s.Length > 0 && (char.IsLetter(s[0]) || s[0] == '_') && s.All(c => char.IsLetterOrDigit(c) || c == '_'),
        "islower" => (ev, a) => s.Any(char.IsLetter) && !s.Any(char.IsUpper),
        "isupper" => (ev, a) => s.Any(char.IsLetter) && !s.Any(char.IsLower),
        "zfill" => (ev, a) => Zfill(s, (int)PyConvert.ToLong(a.Positional[0])),
        "ljust" => (ev, a) => s.PadRight((int)PyConvert.ToLong(a.Positional[0]), a.Positional.Count > 1 ? ((string)a.Positional[1]!)[0] : ' '),
        "rjust" => (ev, a) => s.PadLeft((int)PyConvert.ToLong(a.Positional[0]), a.Positional.Count > 1 ? ((string)a.Positional[1]!)[0] : ' '),
        "center" => (ev, a) => PyFormat.Format(ev, s, (a.Positional.Count > 1 ? (string)a.Positional[1]! : " ") + "^" + PyConvert.ToLong(a.Positional[0])),
        "splitlines" => (ev, a) => new PyList(s.Split('\n').Select(x => (object?)x.TrimEnd('\r')).Take(s.EndsWith('\n') ? s.Split('\n').Length - 1 : int.MaxValue)),
        "partition" => (ev, a) => Partition(s, (string)a.Positional[0]!),
        "encode" => (ev, a) => s,
        _ => null,
    };

    static bool Affix(Interpreter ev, object? prefix, Func<string, bool> test) =>
        prefix is PyTuple t ? t.Any(p => test((string)p!)) : test((string)prefix!);

    static PyList Split(string s, string? sep, int max)
    {
        var result = new PyList();
        if (sep == null)
        {
            var parts = s.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
            if (max < 0 || parts.Length <= max + 1) { foreach (var p in parts) result.Add(p); return result; }
            int pos = 0;
            for (int i = 0; i < max; i++)
            {
                while (pos < s.Length && char.IsWhiteSpace(s[pos])) pos++;
                int end = pos;
                while (end < s.Length && !char.IsWhiteSpace(s[end])) end++;
                result.Add(s[pos..end]);
                pos = end;
            }
            while (pos < s.Length && char.IsWhiteSpace(s[pos])) pos++;
            if (pos < s.Length) result.Add(s[pos..]);
            return result;
        }
        if (sep.Length == 0) throw Interpreter.ValueError("empty separator");
        foreach (var p in max < 0 ? s.Split(sep) : s.Split(sep, max + 1)) result.Add(p);
        return result;
    }

    static PyList RSplit(string s, string? sep, int max)
    {
        if (max < 0 || sep == null) return Split(s, sep, max);
        var parts = new List<string>();
        var rest = s;
        for (int i = 0; i < max; i++)
        {
            int at = rest.LastIndexOf(sep, StringComparison.Ordinal);
            if (at < 0) break;
            parts.Insert(0, rest[(at + sep.Length)..]);
            rest = rest[..at];
        }
        parts.Insert(0, rest);
        return new PyList(parts.Cast<object?>());
    }

    static string ReplaceN(string s, string old, string @new, long count)
    {
        if (count < 0) return s.Replace(old, @new);
        var sb = new StringBuilder();
        int pos = 0;
        for (long i = 0; i < count; i++)
        {
            int at = s.IndexOf(old, pos, StringComparison.Ordinal);
            if (at < 0) break;
            sb.Append(s, pos, at - pos).Append(@new);
            pos = at + old.Length;
        }
        return sb.Append(s[pos..]).ToString();
    }

    static int Count(string s, string sub)
    {
        if (sub.Length == 0) return s.Length + 1;
        int n = 0;
        for (int at = s.IndexOf(sub, StringComparison.Ordinal); at >= 0; at = s.IndexOf(sub, at + sub.Length, StringComparison.Ordinal)) n++;
        return n;
    }

    static string Zfill(string s, int width)
    {
        if (s.Length >= width) return s;
        int sign = s.Length > 0 && s[0] is '-' or '+' ? 1 : 0;
        return s[..sign] + new string('0', width - s.Length) + s[sign..];
    }

    static PyTuple Partition(string s, string sep)
    {
        int at = s.IndexOf(sep, StringComparison.Ordinal);
        return at < 0 ? new PyTuple(s, "", "") : new PyTuple(s[..at], sep, s[(at + sep.Length)..]);
    }

    static Func<Interpreter, CallArgs, object?>? ListMethod(PyList l, string name) => name switch
    {
        "append" => (ev, a) => { l.Add(a.Positional[0]); return null; },
        "extend" => (ev, a) => { l.AddRange(PyOps.Iterate(ev, a.Positional[0]).ToList()); return null; },
        "insert" => (ev, a) =>
        {
            long i = PyConvert.ToLong(a.Positional[0]);
            if (i < 0) i = Math.Max(0, i + l.Count);
            l.Insert((int)Math.Min(i, l.Count), a.Positional[1]);
            return null;
        },
        "pop" => (ev, a) =>
        {
            if (l.Count == 0) throw new PythonException(BuiltinTypes.IndexError, "pop from empty list");
            int i = a.Positional.Count > 0 ? PyConvert.NormalizeIndex(a.Positional[0], l.Count, "pop") : l.Count - 1;
            var v = l[i];
            l.RemoveAt(i);
            return v;
        },
        "remove" => (ev, a) =>
        {
            int i = IndexOf(ev, l, a.Positional[0]);
            if (i < 0) throw Interpreter.ValueError("list.remove(x): x not in list");
            l.RemoveAt(i);
            return null;
        },
        "index" => (ev, a) => IndexOf(ev, l, a.Positional[0]) is var i && i >= 0 ? (long)i : throw Interpreter.ValueError($"{PyText.Repr(ev, a.Positional[0])} is not in list"),
        "count" => (ev, a) => (long)l.Count(x => PyOps.EqualsBool(ev, x, a.Positional[0])),
        "sort" => (ev, a) =>
        {
            var sorted = BuiltinFunctions.Sort(ev, l.ToList(), a.Keyword("key"), PyOps.Truthy(ev, a.Keyword("reverse")));
            l.Clear();
            l.AddRange(sorted);
            return null;
        },
        "reverse" => (ev, a) => { l.Reverse(); return null; },
        "copy" => (ev, a) => new PyList(l),
        "clear" => (ev, a) => { l.Clear(); return null; },
        _ => null,
    };

    static int IndexOf(Interpreter ev, IReadOnlyList<object?> items, object? x)
    {
        for (int i = 0; i < items.Count; i++) if (PyOps.EqualsBool(ev, items[i], x)) return i;
        return -1;
    }

    static Func<Interpreter, CallArgs, object?>? TupleMethod(PyTuple t, string name) => name switch
    {
        "index" => (ev, a) => IndexOf(ev, t, a.Positional[0]) is var i && i >= 0 ? (long)i : throw Interpreter.ValueError("tuple.index(x): x not in tuple"),
        "count" => (ev, a) => (long)t.Count(x => PyOps.EqualsBool(ev, x, a.Positional[0])),
        _ => null,
    };

    static Func<Interpreter, CallArgs, object?>? DictMethod(PyDict d, string name) => name switch
    {
        "keys" => (ev, a) => new PyList(d.Keys),
        "values" => (ev, a) => new PyList(d.Values),
        "items" => (ev, a) => new PyList(d.Select(e => (object?)new PyTuple(e.Key, e.Value))),
        "get" => (ev, a) => d.TryGetValue(PyOps.CheckHashable(a.Positional[0]), out var v) ? v : a.Positional.Count > 1 ? a.Positional[1] : null,
        "pop" => (ev, a) =>
        {
            var key = a.Positional[0];
            if (d.TryGetValue(key, out var v)) { PyDictEdit.Remove(d, key); return v; }
            if (a.Positional.Count > 1) return a.Positional[1];
            throw new PythonException(new PyException(BuiltinTypes.KeyError, new[] { key }));
        },
        "popitem" => (ev, a) =>
        {
            if (d.Count == 0) throw new PythonException(new PyException(BuiltinTypes.KeyError, new object?[] { "popitem(): dictionary is empty" }));
            var last = d.Last();
            PyDictEdit.Remove(d, last.Key);
            return new PyTuple(last.Key, last.Value);
        },
        "setdefault" => (ev, a) =>
        {
            var key = PyOps.CheckHashable(a.Positional[0]);
            if (d.TryGetValue(key, out var v)) return v;
            var dv = a.Positional.Count > 1 ? a.Positional[1] : null;
            d[key] = dv;
            return dv;
        },
        "update" => (ev, a) =>
        {
            if (a.Positional.Count > 0) BuiltinConstructors.Update(ev, d, a.Positional[0]);
            foreach (var (k, v) in a.Keywords) d[k] = v;
            return null;
        },
        "copy" => (ev, a) => { var c = new PyDict(d.IsOrdered); foreach (var (k, v) in d) c[k] = v; return c; },
        "clear" => (ev, a) => { PyDictEdit.Clear(d); return null; },
        "move_to_end" when d.IsOrdered => (ev, a) =>
        {
            var key = a.Positional[0];
            var v = d[key];
            PyDictEdit.Remove(d, key);
            d[key] = v;
            return null;
        },
        _ => null,
    };

    static Func<Interpreter, CallArgs, object?>? SetMethod(PySet s, string name) => name switch
    {
        "add" => (ev, a) => { s.Add(PyOps.CheckHashable(a.Positional[0])); return null; },
        "remove" => (ev, a) => s.Remove(a.Positional[0]) ? null : throw new PythonException(new PyException(BuiltinTypes.KeyError, new[] { a.Positional[0] })),
        "discard" => (ev, a) => { s.Remove(a.Positional[0]); return null; },
        "update" => (ev, a) => { foreach (var o in a.Positional) foreach (var x in PyOps.Iterate(ev, o)) s.Add(x); return null; },
        "union" => (ev, a) => new PySet(s.Concat(a.Positional.SelectMany(o => PyOps.Iterate(ev, o)))),
        "intersection" => (ev, a) => { var other = new PySet(PyOps.Iterate(ev, a.Positional[0])); return new PySet(s.Where(other.Contains)); },
        "difference" => (ev, a) => { var other = new PySet(PyOps.Iterate(ev, a.Positional[0])); return new PySet(s.Where(x => !other.Contains(x))); },
        "issubset" => (ev, a) => { var other = new PySet(PyOps.Iterate(ev, a.Positional[0])); return s.All(other.Contains); },
        "issuperset" => (ev, a) => PyOps.Iterate(ev, a.Positional[0]).All(s.Contains),
        "copy" => (ev, a) => new PySet(s),
        "clear" => (ev, a) => { s.Clear(); return null; },
        "pop" => (ev, a) =>
        {
            var first = s.FirstOrDefault();
            if (s.Count == 0) throw new PythonException(new PyException(BuiltinTypes.KeyError, new object?[] { "pop from an empty set" }));
            s.Remove(first);
            return first;
        },
        _ => null,
    };

    static Func<Interpreter, CallArgs, object?>? IntMethod(long v, string name) => name switch
    {
        "bit_length" => (ev, a) => (long)(64 - System.Numerics.BitOperations.LeadingZeroCount((ulong)Math.Abs(v))),
        "__index__" or "__int__" => (ev, a) => v,
        _ => null,
    };

    static Func<Interpreter, CallArgs, object?>? FloatMethod(double v, string name) => name switch
    {
        "is_integer" => (ev, a) => !double.IsInfinity(v) && v == Math.Floor(v),
        "__float__" => (ev, a) => v,
        _ => null,
    };
}
