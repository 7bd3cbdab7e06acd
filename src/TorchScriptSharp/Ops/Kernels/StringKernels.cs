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
        // std::string::size(): UTF-8 bytes, so len("héllo") is 6
        Op("aten::len.str", (string s) => (long)Encoding.UTF8.GetByteCount(s));
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

    /// PyTorch 1.13's format: each `{}` takes the next argument (nothing else is special, `{{` and
    /// `{0}` stay as they are), printed by the C++ IValue printer (`1.` for integral floats).
    public static string Format(IValue[] inputs)
    {
        string fmt = inputs[0].ToStr();
        var sb = new StringBuilder();
        int next = 1, pos = 0;
        while (true)
        {
            int at = fmt.IndexOf("{}", pos, StringComparison.Ordinal);
            if (at < 0) break;
            sb.Append(fmt, pos, at - pos);
            if (next >= inputs.Length) throw KernelError.Runtime($"Too few arguments for format string: {fmt}");
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

    /// PyTorch's aten::split.str: without a separator, splitNoneSeparator (ASCII whitespace, `max`
    /// ignored); with one, at most `max` splits.
    static string[] Split(string s, string? sep, long max)
    {
        var parts = new List<string>();
        if (sep == null)
        {
            int prev = 0;
            for (int i = 0; i < s.Length; i++)
            {
                if (s[i] is not (' ' or '\t' or '\n' or '\r' or '\v' or '\f')) continue;
                if (i > prev) parts.Add(s[prev..i]);
                prev = i + 1;
            }
            if (prev != s.Length) parts.Add(s[prev..]);
            return parts.ToArray();
        }
        if (sep.Length == 0) throw KernelError.Runtime("ValueError: empty separator");
        int pos = 0, start = 0, count = 0;
        while ((pos = s.IndexOf(sep, pos, StringComparison.Ordinal)) >= 0)
        {
            count++;
            if (max >= 0 && count > max) break;
            parts.Add(s[start..pos]);
            pos += sep.Length;
            start = pos;
        }
        parts.Add(s[start..]);
        return parts.ToArray();
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
    /// c10's operator<< prints strings bare, also inside containers: str(["a"]) is "[a]".
    public static string Str(IValue v)
    {
        switch (v.Tag)
        {
            case IValueTag.None: return "None";
            case IValueTag.Bool: return v.ToBool() ? "True" : "False";
            case IValueTag.Int: return v.ToInt().ToString(CultureInfo.InvariantCulture);
            case IValueTag.Double: return Double(v.ToDouble());
            case IValueTag.String: return v.ToStr();
            case IValueTag.Tensor: return CppTensorPrinter.Print(v.ToTensor());
            case IValueTag.List: return "[" + string.Join(", ", v.ToList().Items.Select(Str)) + "]";
            case IValueTag.Tuple:
                var t = v.ToTuple();
                return "(" + string.Join(", ", t.Elements.Select(Str)) + (t.Count == 1 ? ",)" : ")");
            case IValueTag.Dict:
                return "{" + string.Join(", ", v.ToDict().Entries.Select(e => Str(e.Key) + ": " + Str(e.Value))) + "}";
            case IValueTag.Complex:
                // printComplex: real, sign, |imag| as doubles, then "j"
                var c = v.ToComplex();
                return Double(c.Real) + (c.Imaginary >= 0 ? "+" : "-") + Double(Math.Abs(c.Imaginary)) + "j";
            case IValueTag.Uninitialized: return "Uninitialized";
            default: return IValuePrinter.Str(v);
        }
    }

    public static string Double(double d)
    {
        if ((double.IsNormal(d) || d == 0) && Math.Abs(d) < 1e10 && Math.Truncate(d) == d)
            return ((long)d).ToString(CultureInfo.InvariantCulture) + "."; // int64_t(-0.0) is 0: "0."
        if (double.IsNaN(d)) return "nan";
        if (double.IsInfinity(d)) return d > 0 ? "inf" : "-inf";
        // a %.17g that reads as an integer (1e16) still gets its "." as in PyTorch 1.13
        string g = G17(d);
        return g.All(c => c is '-' or (>= '0' and <= '9')) ? g + "." : g;
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
