using System.Globalization;
using System.Text;
using TorchScriptSharp.Runtime;
using TorchScriptSharp.Types;
using static TorchScriptSharp.Ops.Kernels.Def;

namespace TorchScriptSharp.Ops.Kernels;

/// str methods and `str.format` (register_prim_ops.cpp / register_string_ops).
internal static class StringKernels
{
    public static void Register()
    {
        Op("aten::__getitem__.str", (string s, long i) =>
        {
            long j = i < 0 ? i + s.Length : i;
            // PyTorch 1.13 surfaces libstdc++'s std::string::at message here; keep it so errors match.
            if (j < 0 || j >= s.Length) throw KernelError.Index($"basic_string::at: __n (which is {(ulong)j}) >= this->size() (which is {s.Length})");
            return s[(int)j].ToString();
        });
        Op("aten::len.str", (string s) => (long)s.Length);
        Op("aten::add.str", (string a, string b) => a + b);
        Op("aten::slice.str", (string s, long? start, long? end, long step) =>
            new string(ListKernels.Slice(s.Length, start, end, step).Select(i => s[i]).ToArray()));
        Op("aten::list", (string s) => s.Select(c => c.ToString()).ToArray());
        Op("aten::find", (string s, string sub, long start, long end) => (long)Find(s, sub, start, end));
        Op("aten::index.str", (string s, string sub, long start, long end) =>
        {
            int i = Find(s, sub, start, end);
            return i < 0 ? throw KernelError.Value("substring not found") : (long)i;
        });
        Op("aten::startswith", (string s, string sub, long start, long end) => Range(s, start, end).StartsWith(sub, StringComparison.Ordinal));
        Op("aten::endswith", (string s, string sub, long start, long end) => Range(s, start, end).EndsWith(sub, StringComparison.Ordinal));
        Op("aten::isdigit", (string s) => s.Length > 0 && s.All(char.IsDigit));
        Op("aten::lower", (string s) => s.ToLowerInvariant());
        Op("aten::upper", (string s) => s.ToUpperInvariant());
        Op("aten::strip", (string s, string chars) => s.Trim(chars.ToCharArray()));
        Op("aten::replace", (string s, string old, string @new, long max) => Replace(s, old, @new, max));
        Op("aten::join", (string sep, string[] values) => string.Join(sep, values));
        Op("aten::split.str", (string s, string? sep, long max) => Split(s, sep, max));
        Op("aten::ord", (string s) => s.Length == 1 ? (long)s[0] : throw KernelError.Runtime($"string '{s}' must be of length 1"));
        Op("aten::chr", (long i) => i is < 0 or >= 0x110000
            ? throw KernelError.Value($"chr() arg not in range(0x110000), found {i}")
            : char.ConvertFromUtf32((int)i));
        Op("aten::hex", (long i) => Radix(i, 16, "0x"));
        Op("aten::oct", (long i) => Radix(i, 8, "0o"));
        Op("aten::bin", (long i) => Radix(i, 2, "0b"));

        // `"{} {}".format(a, b)`: a vararg op; the node says how many values were passed.
        OperatorRegistry.RegisterNodeKernel("aten::format", node =>
        {
            int n = node.Inputs.Count;
            return stack => stack.Push(Format(stack.PopN(n)));
        });
    }

    /// Replaces each `{}` with the next argument printed as PyTorch's C++ IValue printer does
    /// (`1.` for integral floats), which is how TorchScript's format differs from Python's.
    public static string Format(IValue[] inputs)
    {
        string fmt = inputs[0].ToStr();
        var sb = new StringBuilder();
        int next = 1, pos = 0;
        while (true)
        {
            int at = fmt.IndexOf("{}", pos, StringComparison.Ordinal);
            if (at < 0) break;
            if (next >= inputs.Length) throw KernelError.Runtime($"Too few arguments for format string: {fmt}");
            sb.Append(fmt, pos, at - pos);
            sb.Append(CppPrinter.Str(inputs[next++]));
            pos = at + 2;
        }
        sb.Append(fmt, pos, fmt.Length - pos);
        return sb.ToString();
    }

    static string Range(string s, long start, long end)
    {
        int n = s.Length;
        long st = start < 0 ? Math.Max(0, start + n) : Math.Min(start, n);
        long en = end < 0 ? Math.Max(0, end + n + 1) : Math.Min(end, n); // end=-1 means "to the end"
        return en <= st ? "" : s[(int)st..(int)en];
    }

    static int Find(string s, string sub, long start, long end)
    {
        int n = s.Length;
        long st = start < 0 ? Math.Max(0, start + n) : Math.Min(start, n);
        string r = Range(s, start, end);
        int i = r.IndexOf(sub, StringComparison.Ordinal);
        return i < 0 ? -1 : (int)st + i;
    }

    static string Replace(string s, string old, string @new, long max)
    {
        if (max < 0) return old.Length == 0 ? s : s.Replace(old, @new, StringComparison.Ordinal);
        var sb = new StringBuilder();
        int pos = 0;
        for (long k = 0; k < max; k++)
        {
            int at = s.IndexOf(old, pos, StringComparison.Ordinal);
            if (at < 0 || old.Length == 0) break;
            sb.Append(s, pos, at - pos).Append(@new);
            pos = at + old.Length;
        }
        return sb.Append(s, pos, s.Length - pos).ToString();
    }

    static string[] Split(string s, string? sep, long max)
    {
        if (sep == null)
        {
            // Python's whitespace split: runs of whitespace separate, no empty strings.
            var parts = s.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
            if (max < 0 || parts.Length <= max) return parts;
            var head = parts.Take((int)max).ToList();
            int idx = 0;
            foreach (var p in head) idx = s.IndexOf(p, idx, StringComparison.Ordinal) + p.Length;
            head.Add(s[idx..].TrimStart());
            return head.ToArray();
        }
        if (sep.Length == 0) throw KernelError.Value("empty separator");
        return max < 0 ? s.Split(sep) : s.Split(sep, (int)Math.Min(int.MaxValue, max + 1));
    }

    static string Radix(long i, int radix, string prefix)
    {
        string digits = Convert.ToString(Math.Abs(i), radix);
        if (i == long.MinValue) digits = Convert.ToString(i, radix).TrimStart('-');
        return (i < 0 ? "-" : "") + prefix + digits;
    }
}

/// PyTorch's C++ `operator<<(std::ostream&, const IValue&)`, used by `str.format` and `print`:
/// floats print integral values as `1.` and others with 17 significant digits.
public static class CppPrinter
{
    public static string Str(IValue v) => v.Tag switch
    {
        IValueTag.String => v.ToStr(),
        _ => Repr(v, topLevel: true),
    };

    static string Repr(IValue v, bool topLevel)
    {
        switch (v.Tag)
        {
            case IValueTag.None: return "None";
            case IValueTag.Bool: return v.ToBool() ? "True" : "False";
            case IValueTag.Int: return v.ToInt().ToString(CultureInfo.InvariantCulture);
            case IValueTag.Double: return Double(v.ToDouble());
            case IValueTag.String: return topLevel ? v.ToStr() : IValuePrinter.PythonStringRepr(v.ToStr());
            case IValueTag.List: return "[" + string.Join(", ", v.ToList().Items.Select(x => Repr(x, false))) + "]";
            case IValueTag.Tuple:
                var t = v.ToTuple();
                return t.Count == 1 ? $"({Repr(t[0], false)},)" : "(" + string.Join(", ", t.Elements.Select(x => Repr(x, false))) + ")";
            case IValueTag.Dict:
                return "{" + string.Join(", ", v.ToDict().Entries.Select(e => Repr(e.Key, false) + ": " + Repr(e.Value, false))) + "}";
            default: return IValuePrinter.Str(v);
        }
    }

    public static string Double(double d)
    {
        if ((double.IsNormal(d) || d == 0) && Math.Abs(d) < 1e10 && Math.Truncate(d) == d)
            return (d == 0 && double.IsNegative(d) ? "-0" : ((long)d).ToString(CultureInfo.InvariantCulture)) + ".";
        if (double.IsNaN(d)) return "nan";
        if (double.IsInfinity(d)) return d > 0 ? "inf" : "-inf";
        return G17(d);
    }

    /// printf("%.17g").
    static string G17(double d)
    {
        string e = d.ToString("E16", CultureInfo.InvariantCulture); // d.dddddddddddddddde+XXX
        int exp = int.Parse(e[(e.IndexOf('E') + 1)..], CultureInfo.InvariantCulture);
        if (exp < -4 || exp >= 17)
        {
            string mant = e[..e.IndexOf('E')];
            if (mant.Contains('.')) mant = mant.TrimEnd('0').TrimEnd('.');
            return mant + "e" + (exp < 0 ? "-" : "+") + Math.Abs(exp).ToString("00", CultureInfo.InvariantCulture);
        }
        string f = d.ToString("F" + Math.Max(0, 16 - exp), CultureInfo.InvariantCulture);
        if (f.Contains('.')) f = f.TrimEnd('0').TrimEnd('.');
        return f;
    }
}
