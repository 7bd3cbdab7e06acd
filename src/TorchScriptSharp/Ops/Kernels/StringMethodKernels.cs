using System.Globalization;
using System.Text;
using TorchScriptSharp.Runtime;
using TorchScriptSharp.Types;
using static TorchScriptSharp.Ops.Kernels.Def;

namespace TorchScriptSharp.Ops.Kernels;

/// The rest of the str methods (register_prim_ops.cpp). PyTorch implements them on std::string with
/// the C locale's <cctype> functions, so only ASCII letters have case and only ASCII digits are
/// digits (`"ß".upper()` is `"ß"`, `"²".isdigit()` is False); these kernels do the same per char.
internal static class StringMethodKernels
{
    static bool IsAlpha(char c) => c is >= 'a' and <= 'z' or >= 'A' and <= 'Z';
    static bool IsDigit(char c) => c is >= '0' and <= '9';
    static bool IsAlnum(char c) => IsAlpha(c) || IsDigit(c);
    static bool IsLower(char c) => c is >= 'a' and <= 'z';
    static bool IsUpper(char c) => c is >= 'A' and <= 'Z';
    static bool IsSpace(char c) => c is ' ' or '\t' or '\n' or '\v' or '\f' or '\r';
    static bool IsPrint(char c) => c is >= ' ' and <= '~';
    static char ToUpper(char c) => IsLower(c) ? (char)(c - 32) : c;
    static char ToLower(char c) => IsUpper(c) ? (char)(c + 32) : c;

    public static void Register()
    {
        Op("aten::isdigit", (string s) => s.Length > 0 && s.All(IsDigit));
        Op("aten::isalpha", (string s) => s.Length > 0 && s.All(IsAlpha));
        Op("aten::isalnum", (string s) => s.Length > 0 && s.All(IsAlnum));
        Op("aten::isspace", (string s) => s.Length > 0 && s.All(IsSpace));
        Op("aten::isdecimal", (string s) => s.Length > 0 && s.All(IsDigit));
        Op("aten::isnumeric", (string s) => s.Length > 0 && s.All(IsDigit));
        Op("aten::isprintable", (string s) => s.All(IsPrint));
        Op("aten::islower", (string s) => s.Any(IsAlpha) && !s.Any(IsUpper));
        Op("aten::isupper", (string s) => s.Any(IsAlpha) && !s.Any(IsLower));
        Op("aten::istitle", (string s) => IsTitle(s));
        Op("aten::isidentifier", (string s) => s.Length > 0 && !IsDigit(s[0]) && s.All(c => IsAlnum(c) || c == '_'));
        Op("aten::lower", (string s) => Map(s, ToLower));
        Op("aten::upper", (string s) => Map(s, ToUpper));
        Op("aten::swapcase", (string s) => Map(s, c => IsLower(c) ? ToUpper(c) : ToLower(c)));
        Op("aten::capitalize", (string s) => s.Length == 0 ? s : ToUpper(s[0]) + Map(s[1..], ToLower));
        Op("aten::title", (string s) =>
        {
            var sb = new StringBuilder(s.Length);
            bool prevNonAlpha = true;
            foreach (char c in s)
            {
                sb.Append(prevNonAlpha ? ToUpper(c) : ToLower(c));
                prevNonAlpha = !IsAlpha(c);
            }
            return sb.ToString();
        });

        Op("aten::ljust", (string s, long width, string fill) => Pad(s, width, fill, Math.Max(0, width - s.Length), 0));
        Op("aten::rjust", (string s, long width, string fill) => Pad(s, width, fill, 0, Math.Max(0, width - s.Length)));
        Op("aten::center", (string s, long width, string fill) =>
        {
            long pad = Math.Max(0, width - s.Length);
            // CPython: left = pad/2 + (pad & width & 1).
            long left = pad / 2 + (pad & width & 1);
            return Pad(s, width, fill, pad - left, left);
        });
        Op("aten::zfill", (string s, long width) =>
        {
            long pad = width - s.Length;
            if (pad <= 0) return s;
            string zeros = new('0', (int)pad);
            return s.Length > 0 && (s[0] == '+' || s[0] == '-') ? s[0] + zeros + s[1..] : zeros + s;
        });

        Op("aten::strip", (string s, string chars) => chars.Length == 0 ? s : s.Trim(chars.ToCharArray()));
        Op("aten::lstrip", (string s, string chars) => chars.Length == 0 ? s : s.TrimStart(chars.ToCharArray()));
        Op("aten::rstrip", (string s, string chars) => chars.Length == 0 ? s : s.TrimEnd(chars.ToCharArray()));

        Op("aten::rfind", (string s, string sub, long start, long end) => (long)Find(s, sub, start, end, reverse: true));
        Op("aten::rindex", (string s, string sub, long start, long end) =>
        {
            long i = Find(s, sub, start, end, reverse: true);
            return i < 0 ? throw KernelError.Runtime("ValueError: substring not found") : i;
        });
        Op("aten::count", (string s, string sub, long start, long end) =>
        {
            var (st, r) = Window(s, start, end);
            if (sub.Length == 0) return (long)r.Length + 1;
            long n = 0;
            for (int at = r.IndexOf(sub, StringComparison.Ordinal); at >= 0; at = r.IndexOf(sub, at + sub.Length, StringComparison.Ordinal)) n++;
            return n;
        });

        Op("aten::rsplit", (string s, string sep, long max) => RSplit(s, sep, max));
        Op("aten::splitlines", (string s, bool keepends) => SplitLines(s, keepends));
        Op("aten::expandtabs", (string s, long tabsize) =>
        {
            var sb = new StringBuilder();
            long col = 0;
            foreach (char c in s)
            {
                if (c == '\t')
                {
                    if (tabsize > 0) { long n = tabsize - col % tabsize; sb.Append(' ', (int)n); col += n; }
                }
                else
                {
                    sb.Append(c);
                    col = c is '\n' or '\r' ? 0 : col + 1;
                }
            }
            return sb.ToString();
        });
        Op("aten::partition", (string s, string sep) => Partition(s, sep, reverse: false));
        Op("aten::rpartition", (string s, string sep) => Partition(s, sep, reverse: true));

        OperatorRegistry.RegisterNodeKernel("aten::percentFormat", node =>
        {
            int n = node.Inputs.Count;
            return stack =>
            {
                // `fmt % (a, b)` arrives as one tuple operand: its elements are the arguments
                var args = stack.PopN(n);
                if (args.Length == 2 && args[1].IsTuple) args = args[1].ToTuple().Elements.Prepend(args[0]).ToArray();
                stack.Push(PercentFormat(args));
            };
        });
        Op("prim::type", (TorchSharp.torch.Device d) => d.type == TorchSharp.DeviceType.CUDA ? "cuda" : d.type.ToString().ToLowerInvariant());
        Op("prim::StringIndex", (string s, long i) =>
        {
            long j = i < 0 ? i + s.Length : i;
            if (j < 0 || j >= s.Length) throw KernelError.Runtime("string index out of range");
            return s[(int)j].ToString();
        });
    }

    static string Map(string s, Func<char, char> f)
    {
        var a = s.ToCharArray();
        for (int i = 0; i < a.Length; i++) a[i] = f(a[i]);
        return new string(a);
    }

    static bool IsTitle(string s)
    {
        bool cased = false, prevCased = false;
        foreach (char c in s)
        {
            if (IsUpper(c)) { if (prevCased) return false; prevCased = cased = true; }
            else if (IsLower(c)) { if (!prevCased) return false; prevCased = cased = true; }
            else prevCased = false;
        }
        return cased;
    }

    static string Pad(string s, long width, string fill, long right, long left)
    {
        if (fill.Length != 1) throw KernelError.Runtime("TypeError: The fill character must be exactly one character long");
        if (width <= s.Length) return s;
        return new string(fill[0], (int)left) + s + new string(fill[0], (int)right);
    }

    static (int Start, string Text) Window(string s, long start, long end)
    {
        int n = s.Length;
        if (start < 0) start = Math.Max(0, start + n);
        if (end < 0) end = Math.Max(0, end + n + 1);
        start = Math.Min(start, n);
        end = Math.Min(end, n);
        return ((int)start, end > start ? s[(int)start..(int)end] : "");
    }

    static long Find(string s, string sub, long start, long end, bool reverse)
    {
        var (st, r) = Window(s, start, end);
        if (r.Length < sub.Length) return -1;
        int i = reverse ? r.LastIndexOf(sub, StringComparison.Ordinal) : r.IndexOf(sub, StringComparison.Ordinal);
        if (reverse && sub.Length == 0) i = r.Length;
        return i < 0 ? -1 : st + i;
    }

    static string[] RSplit(string s, string sep, long max)
    {
        if (sep.Length == 0) throw KernelError.Runtime("ValueError: empty separator");
        var parts = new List<string>();
        int end = s.Length;
        long splits = 0;
        while (max < 0 || splits < max)
        {
            int at = end - sep.Length < 0 ? -1 : s.LastIndexOf(sep, end - 1, end, StringComparison.Ordinal);
            if (at < 0 || at + sep.Length > end) break;
            parts.Add(s[(at + sep.Length)..end]);
            end = at;
            splits++;
        }
        parts.Add(s[..end]);
        parts.Reverse();
        return parts.ToArray();
    }

    static string[] SplitLines(string s, bool keepends)
    {
        var lines = new List<string>();
        int start = 0, i = 0;
        while (i < s.Length)
        {
            char c = s[i];
            if (c is '\n' or '\r' or '\v' or '\f' or '\x1c' or '\x1d' or '\x1e' or '\x85')
            {
                int eol = i + 1;
                if (c == '\r' && eol < s.Length && s[eol] == '\n') eol++;
                lines.Add(keepends ? s[start..eol] : s[start..i]);
                start = i = eol;
            }
            else i++;
        }
        if (start < s.Length) lines.Add(s[start..]);
        return lines.ToArray();
    }

    static ScriptTuple Partition(string s, string sep, bool reverse)
    {
        if (sep.Length == 0) throw KernelError.Runtime("ValueError: empty separator");
        int at = reverse ? s.LastIndexOf(sep, StringComparison.Ordinal) : s.IndexOf(sep, StringComparison.Ordinal);
        string[] parts = at < 0
            ? (reverse ? new[] { "", "", s } : new[] { s, "", "" })
            : new[] { s[..at], sep, s[(at + sep.Length)..] };
        return new ScriptTuple(parts.Select(IValue.FromString).ToArray(),
            new TupleType(new[] { TorchType.Str_, TorchType.Str_, TorchType.Str_ }));
    }

    /// `"%d %s" % (a, b)`: PyTorch's percentFormat (%s, %d, %i, %f, %e, %c, %% ; other specifiers fail).
    public static string PercentFormat(IValue[] inputs)
    {
        string fmt = inputs[0].ToStr();
        var args = inputs.Skip(1).ToList();
        if (args.Count == 1 && args[0].IsTuple) args = args[0].ToTuple().Elements.ToList();
        var sb = new StringBuilder();
        int next = 0;
        for (int i = 0; i < fmt.Length; i++)
        {
            char c = fmt[i];
            if (c != '%') { sb.Append(c); continue; }
            if (i + 1 >= fmt.Length) throw KernelError.Runtime("Incomplete format specifier");
            char spec = fmt[++i];
            if (spec == '%') { sb.Append('%'); continue; }
            if (next >= args.Count) throw KernelError.Runtime("Too few arguments for format string");
            var v = args[next++];
            switch (spec)
            {
                case 's': sb.Append(CppPrinter.Str(v)); break;
                case 'd': case 'i':
                    if (!v.IsNumber) throw KernelError.Runtime($"%{spec} requires a number for formatting, but got {v.Tag}");
                    sb.Append(v.IsInt ? v.ToInt() : Conversions.DoubleToInt(v.ToDouble())); break;
                case 'f': sb.Append(v.ToDouble().ToString("F6", CultureInfo.InvariantCulture)); break;
                case 'e': sb.Append(v.ToDouble().ToString("0.000000e+00", CultureInfo.InvariantCulture)); break;
                case 'c': sb.Append(v.IsInt ? ((char)v.ToInt()).ToString() : v.ToStr()); break;
                default: throw KernelError.Runtime($"The specifier %{spec} is not supported in TorchScript format strings");
            }
        }
        return sb.ToString();
    }
}
