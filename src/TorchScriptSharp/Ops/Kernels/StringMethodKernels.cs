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
            // PyTorch pads in front of any sign: "-42".zfill(5) is "00-42"
            return new string('0', (int)pad) + s;
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
        Multi("aten::partition", (string s, string sep) => Partition(s, sep, reverse: false));
        Multi("aten::rpartition", (string s, string sep) => Partition(s, sep, reverse: true));

        OperatorRegistry.RegisterNodeKernel("aten::percentFormat", node =>
        {
            int n = node.Inputs.Count;
            // `fmt % (a, b)` arrives as (fmt, tuple); PercentFormat unpacks it
            return stack => stack.Push(PercentFormat(stack.PopN(n)));
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

    /// PyTorch's splitlines: every delimiter character ends a line (so "\r\n" makes an empty line),
    /// and keepends adds the delimiter as an item of its own.
    static string[] SplitLines(string s, bool keepends)
    {
        var lines = new List<string>();
        int prev = 0;
        for (int i = 0; i < s.Length; i++)
        {
            if (s[i] is not ('\n' or '\r' or '\v' or '\f' or '\x1c' or '\x1d' or '\x1e' or '\x85' or '\u2028' or '\u2029')) continue;
            lines.Add(s[prev..i]);
            if (keepends) lines.Add(s[i].ToString());
            prev = i + 1;
        }
        if (prev != s.Length) lines.Add(s[prev..]);
        return lines.ToArray();
    }

    static IValue[] Partition(string s, string sep, bool reverse)
    {
        // std::string::find/rfind: an empty separator is found at the start (find) or the end (rfind)
        int at = sep.Length == 0 ? (reverse ? s.Length : 0)
            : reverse ? s.LastIndexOf(sep, StringComparison.Ordinal) : s.IndexOf(sep, StringComparison.Ordinal);
        string[] parts = at < 0
            ? (reverse ? new[] { "", "", s } : new[] { s, "", "" })
            : new[] { s[..at], sep, s[(at + sep.Length)..] };
        return parts.Select(IValue.FromString).ToArray();
    }

    /// `"%d %s" % (a, b)`: PyTorch's percentFormat (vararg_functions.cpp). The second input is the
    /// argument tuple, or the single argument itself.
    public static string PercentFormat(IValue[] inputs)
    {
        string fmt = inputs[0].ToStr();
        var given = inputs.Length > 1 ? inputs[1] : IValue.None;
        var args = given.IsTuple ? given.ToTuple().Elements.ToArray() : new[] { given };
        var sb = new StringBuilder();
        int used = 0, begin = 0;
        while (true)
        {
            int at = fmt.IndexOf('%', begin);
            if (at < 0) { sb.Append(fmt, begin, fmt.Length - begin); break; }
            if (at >= fmt.Length - 1) throw KernelError.Runtime("Incomplete format specifier");
            sb.Append(fmt, begin, at - begin);
            char key = fmt[at + 1];
            begin = at + 2;
            if (key == '%') { sb.Append('%'); continue; }
            if (used >= args.Length) throw KernelError.Runtime("Too few arguments for format string");
            AddFormattedArg(sb, key, args[used++]);
        }
        if (used != args.Length) throw KernelError.Runtime("Too many arguments for format string");
        return sb.ToString();
    }

    static void AddFormattedArg(StringBuilder sb, char key, IValue v)
    {
        bool scalar = v.Tag is IValueTag.Int or IValueTag.Double or IValueTag.Complex or IValueTag.Bool;
        void RequireNumber()
        {
            if (!scalar) throw KernelError.Runtime($"%{key} requires a number for formatting, but got {TagKind(v)}");
        }
        // the number goes through static_cast<float> before printing
        float AsFloat() => v.IsInt ? v.ToInt() : (float)v.ToDouble();
        switch (key)
        {
            case 'd': case 'i':
                RequireNumber();
                sb.Append(v.IsInt ? v.ToInt() : (long)(int)v.ToDouble());
                break;
            case 'e': case 'E':
                RequireNumber();
                sb.Append(CppFormat.Scientific(AsFloat(), 6, upper: key == 'E'));
                break;
            case 'f': case 'F':
                RequireNumber();
                sb.Append(CppFormat.Fixed(AsFloat(), 6));
                break;
            case 'c':
                if (!(v.IsInt || (v.IsString && System.Text.Encoding.UTF8.GetByteCount(v.ToStr()) == 1)))
                    throw KernelError.Runtime($"%{key} requires an int or char for formatting, but got {TagKind(v)}");
                sb.Append(v.IsInt ? ((char)(byte)v.ToInt()).ToString() : v.ToStr());
                break;
            case 's':
                sb.Append(CppPrinter.Str(v));
                break;
            default:
                throw KernelError.Runtime($"The specifier %{key} is not supported in TorchScript format strings");
        }
    }

    /// c10::IValue::tagKind(): the tag's name as error messages show it.
    public static string TagKind(IValue v) => v.Tag switch
    {
        IValueTag.Double => "Double",
        IValueTag.Complex => "ComplexDouble",
        IValueTag.List => "GenericList",
        IValueTag.Dict => "GenericDict",
        IValueTag.Generic => "PyObject",
        var t => t.ToString(),
    };
}
