using System.Text;
using System.Text.RegularExpressions;
using TorchScriptSharp.Serialization;

namespace TorchScriptSharp.Eager.Stdlib;

/// `re`, as far as model files use it (remapping checkpoint keys: compile, match/search/fullmatch,
/// groups, sub, split, findall, escape), on .NET's regex engine. Python numbers every group left to
/// right, named or not, while .NET numbers named groups last; so named groups are compiled as plain
/// ones and their names kept in a table (`(?P<name>...)`, `(?P=name)`, `\g<name>` in replacements).
static class ReModule
{
    static readonly PyClass PatternClass = MakePatternClass();
    static readonly PyClass MatchClass = MakeMatchClass();

    public static PyModuleObject Create()
    {
        var m = new PyModuleObject("re");
        foreach (var (name, value) in new[] { ("I", 2L), ("IGNORECASE", 2L), ("M", 8L), ("MULTILINE", 8L), ("S", 16L), ("DOTALL", 16L), ("X", 64L), ("VERBOSE", 64L), ("A", 256L), ("ASCII", 256L) })
            m.Dict[name] = value;
        m.Dict["compile"] = new BuiltinFunction("compile", (ev, a) =>
        {
            var p = Params.Bind(a, "compile", ("pattern", Params.Required), ("flags", 0L));
            return p[0] is PyInstance { Class: var c } already && c == PatternClass ? already : Compile((string)p[0]!, PyConvert.ToLong(p[1]));
        });
        m.Dict["escape"] = new BuiltinFunction("escape", (ev, a) => Escape((string)a.Positional[0]!));
        // the module-level functions compile their pattern and call the Pattern method of the same name;
        // `flags` comes after the method's own arguments: re.sub(pattern, repl, string, count=0, flags=0)
        foreach (var (name, flagsAt) in new[] { ("match", 2), ("fullmatch", 2), ("search", 2), ("findall", 2), ("split", 3), ("sub", 4) })
            m.Dict[name] = new BuiltinFunction(name, (ev, a) =>
            {
                var positional = a.Positional.ToList();
                long flags = a.HasKeyword("flags") ? PyConvert.ToLong(a.Keyword("flags")) : 0L;
                if (positional.Count > flagsAt) { flags = PyConvert.ToLong(positional[flagsAt]); positional.RemoveRange(flagsAt, positional.Count - flagsAt); }
                var pattern = positional[0] is PyInstance pi && pi.Class == PatternClass ? pi : Compile((string)positional[0]!, flags);
                positional[0] = pattern;
                return ev.Call(PatternClass.Dict[name], new CallArgs(positional, a.Keywords.Where(k => k.Key != "flags").ToList()));
            });
        return m;
    }

    static PyInstance Compile(string pattern, long flags)
    {
        var options = RegexOptions.None;
        if ((flags & 2) != 0) options |= RegexOptions.IgnoreCase;
        if ((flags & 8) != 0) options |= RegexOptions.Multiline;
        if ((flags & 16) != 0) options |= RegexOptions.Singleline;
        if ((flags & 64) != 0) options |= RegexOptions.IgnorePatternWhitespace;
        Regex Make(string p)
        {
            try { return new Regex(p, options); }
            catch (ArgumentException e) { throw new PythonException(BuiltinTypes.ValueError, $"re.error: {e.Message}"); }
        }
        var (translated, names) = Translate(pattern);
        var p = new PyInstance(PatternClass);
        p.Dict["pattern"] = pattern;
        p.Dict["_names"] = names;
        p.Dict["flags"] = flags;
        p.Dict["_search"] = Make(translated);
        // `match` only tries at the start position and `fullmatch` must also end at the string's end
        p.Dict["_match"] = Make(@"\G(?:" + translated + ")");
        p.Dict["_fullmatch"] = Make(@"\G(?:" + translated + @")\z");
        return p;
    }

    /// The pattern with named groups made plain (so .NET numbers groups as Python does) and the
    /// names' group numbers; `(?P=name)` becomes a numbered backreference.
    static (string Pattern, Dictionary<string, int> Names) Translate(string pattern)
    {
        var names = new Dictionary<string, int>();
        var sb = new StringBuilder();
        int group = 0;
        bool inClass = false;
        for (int i = 0; i < pattern.Length; i++)
        {
            char c = pattern[i];
            if (c == '\\' && i + 1 < pattern.Length) { sb.Append(c).Append(pattern[++i]); continue; }
            if (inClass) { if (c == ']') inClass = false; sb.Append(c); continue; }
            if (c == '[') { inClass = true; sb.Append(c); continue; }
            if (c != '(') { sb.Append(c); continue; }
            var rest = pattern.AsSpan(i);
            var named = Regex.Match(pattern[i..], @"^\(\?P?<(?<name>[A-Za-z_]\w*)>");
            var backref = Regex.Match(pattern[i..], @"^\(\?P=(?<name>\w+)\)");
            if (named.Success)
            {
                names[named.Groups["name"].Value] = ++group;
                sb.Append('(');
                i += named.Length - 1;
            }
            else if (backref.Success)
            {
                if (!names.TryGetValue(backref.Groups["name"].Value, out var n))
                    throw new PythonException(BuiltinTypes.ValueError, $"re.error: unknown group name '{backref.Groups["name"].Value}'");
                sb.Append(@"(?:\k<").Append(n).Append(">)");
                i += backref.Length - 1;
            }
            else
            {
                if (!rest.StartsWith("(?")) group++; // (?:...), lookarounds and flags do not capture
                sb.Append(c);
            }
        }
        return (sb.ToString(), names);
    }

    static int GroupNumber(PyInstance pattern, object? index) => index switch
    {
        string name => ((Dictionary<string, int>)pattern.Dict["_names"]!).TryGetValue(name, out var n) ? n
            : throw new PythonException(BuiltinTypes.IndexError, "no such group"),
        var i => (int)PyConvert.ToLong(i),
    };

    static string Escape(string s)
    {
        var sb = new StringBuilder();
        foreach (var c in s) { if (!char.IsLetterOrDigit(c) && c != '_' && c < 128) sb.Append('\\'); sb.Append(c); }
        return sb.ToString();
    }

    static Regex R(PyInstance pattern, string which) => (Regex)pattern.Dict[which]!;

    static PyClass MakePatternClass()
    {
        var c = new PyClass("Pattern", new[] { BuiltinTypes.Object }, "re");
        void Def(string name, Func<Interpreter, PyInstance, CallArgs, object?> body) =>
            c.Dict[name] = new BuiltinFunction(name, (ev, a) => body(ev, (PyInstance)a.Positional[0]!, new CallArgs(a.Positional.Skip(1).ToList(), a.Keywords)));
        object? Find(PyInstance self, CallArgs a, string which)
        {
            var p = Params.Bind(a, which, ("string", Params.Required), ("pos", 0L));
            var s = (string)p[0]!;
            var m = R(self, which).Match(s, (int)Math.Min(PyConvert.ToLong(p[1]), s.Length));
            return m.Success ? MakeMatch(self, m, s) : null;
        }
        Def("match", (ev, self, a) => Find(self, a, "_match"));
        Def("fullmatch", (ev, self, a) => Find(self, a, "_fullmatch"));
        Def("search", (ev, self, a) => Find(self, a, "_search"));
        Def("findall", (ev, self, a) =>
        {
            var regex = R(self, "_search");
            var groups = regex.GetGroupNumbers().Length - 1;
            var result = new PyList();
            foreach (Match m in regex.Matches((string)a.Positional[0]!))
                result.Add(groups == 0 ? m.Value : groups == 1 ? m.Groups[1].Value
                    : new PyTuple(Enumerable.Range(1, groups).Select(g => (object?)m.Groups[g].Value).ToArray()));
            return result;
        });
        Def("split", (ev, self, a) =>
        {
            var p = Params.Bind(a, "split", ("string", Params.Required), ("maxsplit", 0L));
            var s = (string)p[0]!;
            var regex = R(self, "_search");
            long max = PyConvert.ToLong(p[1]);
            var result = new PyList();
            int last = 0, count = 0;
            foreach (Match m in regex.Matches(s))
            {
                if (max > 0 && count == max) break;
                result.Add(s[last..m.Index]);
                for (int g = 1; g < m.Groups.Count; g++) result.Add(m.Groups[g].Success ? m.Groups[g].Value : null);
                last = m.Index + m.Length;
                count++;
            }
            result.Add(s[last..]);
            return result;
        });
        Def("sub", (ev, self, a) =>
        {
            var p = Params.Bind(a, "sub", ("repl", Params.Required), ("string", Params.Required), ("count", 0L));
            var s = (string)p[1]!;
            var regex = R(self, "_search");
            MatchEvaluator evaluator = p[0] is string template
                ? m => ExpandTemplate(template, m, self)
                : m => (string)ev.Call(p[0], CallArgs.Of(MakeMatch(self, m, s)))!;
            long count = PyConvert.ToLong(p[2]);
            return count > 0 ? regex.Replace(s, evaluator, (int)count) : regex.Replace(s, evaluator);
        });
        return c;
    }

    /// A replacement template: `\1`, `\g<1>`, `\g<name>` and the escapes `\n`, `\t`, `\\`.
    static string ExpandTemplate(string template, Match m, PyInstance pattern)
    {
        var sb = new StringBuilder();
        for (int i = 0; i < template.Length; i++)
        {
            char c = template[i];
            if (c != '\\' || i + 1 == template.Length) { sb.Append(c); continue; }
            char n = template[++i];
            if (char.IsDigit(n))
            {
                int j = i;
                while (j < template.Length && char.IsDigit(template[j]) && j - i < 2) j++;
                sb.Append(m.Groups[int.Parse(template[i..j])].Value);
                i = j - 1;
            }
            else if (n == 'g' && i + 1 < template.Length && template[i + 1] == '<')
            {
                int close = template.IndexOf('>', i);
                var name = template[(i + 2)..close];
                sb.Append(m.Groups[int.TryParse(name, out var num) ? num : GroupNumber(pattern, name)].Value);
                i = close;
            }
            else sb.Append(n switch { 'n' => '\n', 't' => '\t', '\\' => '\\', _ => "\\" + n });
        }
        return sb.ToString();
    }

    static PyInstance MakeMatch(PyInstance pattern, Match m, string s)
    {
        var match = new PyInstance(MatchClass);
        match.Dict["re"] = pattern;
        match.Dict["string"] = s;
        match.Dict["_match"] = m;
        return match;
    }

    static PyClass MakeMatchClass()
    {
        var c = new PyClass("Match", new[] { BuiltinTypes.Object }, "re");
        static Match M(CallArgs a) => (Match)((PyInstance)a.Positional[0]!).Dict["_match"]!;
        static PyInstance P(CallArgs a) => (PyInstance)((PyInstance)a.Positional[0]!).Dict["re"]!;
        static Group G(CallArgs a, object? index) => M(a).Groups[GroupNumber(P(a), index)];
        static object? Value(Group g) => g.Success ? g.Value : null;
        c.Dict["group"] = new BuiltinFunction("group", (ev, a) =>
        {
            if (a.Positional.Count <= 2) return Value(G(a, a.Positional.Count == 1 ? 0L : a.Positional[1]));
            return new PyTuple(a.Positional.Skip(1).Select(i => Value(G(a, i))).ToArray());
        });
        c.Dict["__getitem__"] = new BuiltinFunction("__getitem__", (ev, a) => Value(G(a, a.Positional[1])));
        c.Dict["groups"] = new BuiltinFunction("groups", (ev, a) =>
        {
            var m = M(a);
            var fallback = a.Positional.Count > 1 ? a.Positional[1] : null;
            return new PyTuple(Enumerable.Range(1, m.Groups.Count - 1).Select(g => m.Groups[g].Success ? m.Groups[g].Value : fallback).ToArray());
        });
        c.Dict["groupdict"] = new BuiltinFunction("groupdict", (ev, a) =>
        {
            var d = new PyDict();
            foreach (var (name, number) in ((Dictionary<string, int>)P(a).Dict["_names"]!).OrderBy(p => p.Value)) d[name] = Value(M(a).Groups[number]);
            return d;
        });
        c.Dict["start"] = new BuiltinFunction("start", (ev, a) => (long)G(a, a.Positional.Count > 1 ? a.Positional[1] : 0L).Index);
        c.Dict["end"] = new BuiltinFunction("end", (ev, a) => { var g = G(a, a.Positional.Count > 1 ? a.Positional[1] : 0L); return (long)(g.Index + g.Length); });
        c.Dict["span"] = new BuiltinFunction("span", (ev, a) => { var g = G(a, a.Positional.Count > 1 ? a.Positional[1] : 0L); return new PyTuple((long)g.Index, (long)(g.Index + g.Length)); });
        return c;
    }
}
