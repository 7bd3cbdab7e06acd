using System.Globalization;
using System.Text;
using TorchScriptSharp.Serialization;
using TorchSharp;

namespace TorchScriptSharp.Eager;

/// Python's format() mini-language (f-strings, str.format) and printf-style `%` formatting.
/// Supported: fill/align (< > ^ =), sign (+ - space), #, 0, width, grouping (, _), precision and the
/// types d n b o x X c s e E f F g G %.
static class PyFormat
{
    sealed record Spec(char Fill, char Align, char Sign, bool Alternate, bool ZeroPad, int Width, char Grouping, int Precision, char Type);

    static Spec Parse(string spec)
    {
        int i = 0;
        char fill = ' ', align = '\0', sign = '-', grouping = '\0', type = '\0';
        bool alt = false, zero = false;
        int width = -1, precision = -1;
        static bool IsAlign(char c) => c is '<' or '>' or '^' or '=';
        if (spec.Length >= 2 && IsAlign(spec[1])) { fill = spec[0]; align = spec[1]; i = 2; }
        else if (spec.Length >= 1 && IsAlign(spec[0])) { align = spec[0]; i = 1; }
        if (i < spec.Length && spec[i] is '+' or '-' or ' ') sign = spec[i++];
        if (i < spec.Length && spec[i] == 'z') i++;
        if (i < spec.Length && spec[i] == '#') { alt = true; i++; }
        if (i < spec.Length && spec[i] == '0') { zero = true; i++; }
        int start = i;
        while (i < spec.Length && char.IsDigit(spec[i])) i++;
        if (i > start) width = int.Parse(spec[start..i], CultureInfo.InvariantCulture);
        if (i < spec.Length && spec[i] is ',' or '_') grouping = spec[i++];
        if (i < spec.Length && spec[i] == '.')
        {
            i++;
            start = i;
            while (i < spec.Length && char.IsDigit(spec[i])) i++;
            if (i == start) throw Interpreter.ValueError("Format specifier missing precision");
            precision = int.Parse(spec[start..i], CultureInfo.InvariantCulture);
        }
        if (i < spec.Length) type = spec[i++];
        if (i != spec.Length) throw Interpreter.ValueError("Invalid format specifier");
        if (zero && align == '\0') { fill = '0'; align = '='; }
        return new Spec(fill, align, sign, alt, zero, width, grouping, precision, type);
    }

    /// format(value, spec).
    public static string Format(Interpreter ev, object? value, string spec)
    {
        if (value is PyInstance inst && inst.Class.TryLookup("__format__", out var f, out var owner) && !ReferenceEquals(owner, BuiltinTypes.Object))
            return ev.Call(Interpreter.Bind(f, inst, inst.Class), CallArgs.Of(spec)) as string ?? throw Interpreter.TypeError("__format__ must return a str");
        if (value is torch.Tensor t && t.dim() == 0 && spec.Length > 0) value = Torch.TensorAttributes.Item(t);
        if (spec.Length == 0) return PyText.Str(ev, value);
        var s = Parse(spec);
        switch (value)
        {
            case bool b when s.Type is '\0' or 's': return Pad(b ? "True" : "False", s, '<');
            case long or int or bool: return FormatInt(PyConvert.ToLong(value), s);
            case double d: return FormatFloat(d, s);
            case string str:
                if (s.Type is not ('\0' or 's')) throw Interpreter.ValueError($"Unknown format code '{s.Type}' for object of type 'str'");
                if (s.Precision >= 0 && str.Length > s.Precision) str = str[..s.Precision];
                return Pad(str, s, '<');
        }
        if (s.Type is not ('\0' or 's') || s.Precision >= 0)
            throw Interpreter.TypeError($"unsupported format string passed to {PyOps.TypeOf(value).Name}.__format__");
        return Pad(PyText.Str(ev, value), s, '<');
    }

    static string FormatInt(long v, Spec s)
    {
        switch (s.Type)
        {
            case 'e' or 'E' or 'f' or 'F' or 'g' or 'G' or '%': return FormatFloat(v, s);
            case 'c': return Pad(char.ConvertFromUtf32((int)v), s, '<');
            case 's': throw Interpreter.ValueError("Unknown format code 's' for object of type 'int'");
        }
        ulong mag = v < 0 ? (ulong)(-(v + 1)) + 1 : (ulong)v;
        string digits = s.Type switch
        {
            'x' => Convert.ToString((long)mag, 16),
            'X' => Convert.ToString((long)mag, 16).ToUpperInvariant(),
            'o' => Convert.ToString((long)mag, 8),
            'b' => Convert.ToString((long)mag, 2),
            '\0' or 'd' or 'n' => mag.ToString(CultureInfo.InvariantCulture),
            _ => throw Interpreter.ValueError($"Unknown format code '{s.Type}' for object of type 'int'"),
        };
        if (s.Grouping != '\0') digits = Group(digits, s.Grouping, s.Type is 'x' or 'X' or 'o' or 'b' ? 4 : 3);
        string prefix = s.Alternate ? s.Type switch { 'x' => "0x", 'X' => "0X", 'o' => "0o", 'b' => "0b", _ => "" } : "";
        return PadNumber(SignOf(v < 0, s) + prefix, digits, s);
    }

    static string FormatFloat(double v, Spec s)
    {
        int p = s.Precision;
        bool neg = v < 0 || (v == 0 && double.IsNegative(v));
        double a = Math.Abs(v);
        string body;
        if (double.IsNaN(v)) body = s.Type is 'E' or 'F' or 'G' ? "NAN" : "nan";
        else if (double.IsInfinity(v)) body = s.Type is 'E' or 'F' or 'G' ? "INF" : "inf";
        else
        {
            switch (s.Type)
            {
                case 'f' or 'F': body = Fixed(a, p < 0 ? 6 : p, s.Alternate); break;
                case 'e' or 'E': body = Sci(a, p < 0 ? 6 : p, s.Alternate); if (s.Type == 'E') body = body.ToUpperInvariant(); break;
                case '%': body = Fixed(a * 100, p < 0 ? 6 : p, s.Alternate) + "%"; break;
                case 'g' or 'G': body = General(a, p < 0 ? 6 : p == 0 ? 1 : p, s.Alternate); if (s.Type == 'G') body = body.ToUpperInvariant(); break;
                case '\0':
                    body = p < 0 ? PyText.Float(a) : General(a, p == 0 ? 1 : p, s.Alternate, keepPoint: true);
                    break;
                default: throw Interpreter.ValueError($"Unknown format code '{s.Type}' for object of type 'float'");
            }
            if (s.Grouping != '\0')
            {
                int end = body.IndexOfAny(new[] { '.', 'e', 'E', '%' });
                if (end < 0) end = body.Length;
                body = Group(body[..end], s.Grouping, 3) + body[end..];
            }
        }
        return PadNumber(SignOf(neg, s), body, s);
    }

    static string Fixed(double a, int p, bool alt)
    {
        var r = a.ToString("F" + p, CultureInfo.InvariantCulture);
        return alt && p == 0 ? r + "." : r;
    }

    static string Sci(double a, int p, bool alt)
    {
        var r = a.ToString((p == 0 ? "0" : "0." + new string('0', p)) + "e+00", CultureInfo.InvariantCulture);
        if (alt && p == 0) r = r.Insert(1, ".");
        return r;
    }

    /// The 'g' presentation: scientific when the exponent is < -4 or >= precision, trailing zeros
    /// removed (unless #). With keepPoint (no type given) a fixed result keeps at least one decimal.
    static string General(double a, int p, bool alt, bool keepPoint = false)
    {
        if (a == 0) return keepPoint ? "0.0" : alt ? "0." + new string('0', p - 1) : "0";
        var sci = a.ToString("E" + (p - 1), CultureInfo.InvariantCulture);
        int exp = int.Parse(sci[(sci.IndexOf('E') + 1)..], CultureInfo.InvariantCulture);
        string r;
        if (exp < -4 || exp >= (keepPoint ? p - 1 : p))
        {
            var mant = sci[..sci.IndexOf('E')];
            if (!alt && mant.Contains('.')) mant = mant.TrimEnd('0').TrimEnd('.');
            r = mant + "e" + (exp < 0 ? "-" : "+") + Math.Abs(exp).ToString("00", CultureInfo.InvariantCulture);
        }
        else
        {
            r = a.ToString("F" + Math.Max(0, p - 1 - exp), CultureInfo.InvariantCulture);
            if (!alt && r.Contains('.')) r = r.TrimEnd('0').TrimEnd('.');
            if (keepPoint && !r.Contains('.')) r += ".0";
        }
        return r;
    }

    static string SignOf(bool negative, Spec s) => negative ? "-" : s.Sign == '+' ? "+" : s.Sign == ' ' ? " " : "";

    static string Group(string digits, char sep, int size)
    {
        var sb = new StringBuilder();
        for (int i = 0; i < digits.Length; i++)
        {
            if (i > 0 && (digits.Length - i) % size == 0) sb.Append(sep);
            sb.Append(digits[i]);
        }
        return sb.ToString();
    }

    static string PadNumber(string sign, string body, Spec s)
    {
        if (s.Align == '=' && s.Width > sign.Length + body.Length)
            return sign + new string(s.Fill, s.Width - sign.Length - body.Length) + body;
        return Pad(sign + body, s, '>');
    }

    static string Pad(string text, Spec s, char defaultAlign)
    {
        if (s.Width <= text.Length) return text;
        int pad = s.Width - text.Length;
        return (s.Align == '\0' ? defaultAlign : s.Align) switch
        {
            '<' => text + new string(s.Fill, pad),
            '^' => new string(s.Fill, pad / 2) + text + new string(s.Fill, pad - pad / 2),
            _ => new string(s.Fill, pad) + text,
        };
    }

    /// `"..." % args`.
    public static string Percent(Interpreter ev, string fmt, object? args)
    {
        var values = args is PyTuple t ? t.ToList() : new List<object?> { args };
        var dict = args as PyDict;
        int next = 0;
        var sb = new StringBuilder();
        for (int i = 0; i < fmt.Length; i++)
        {
            char c = fmt[i];
            if (c != '%') { sb.Append(c); continue; }
            if (++i >= fmt.Length) throw Interpreter.ValueError("incomplete format");
            if (fmt[i] == '%') { sb.Append('%'); continue; }
            object? value;
            if (fmt[i] == '(')
            {
                int close = fmt.IndexOf(')', i);
                var key = fmt[(i + 1)..close];
                value = dict != null ? dict[key] : throw Interpreter.TypeError("format requires a mapping");
                i = close + 1;
            }
            else value = null;
            int specStart = i;
            while (i < fmt.Length && "-+ #0123456789.".Contains(fmt[i])) i++;
            if (i >= fmt.Length) throw Interpreter.ValueError("incomplete format");
            var flags = fmt[specStart..i];
            char type = fmt[i];
            if (value == null && fmt[specStart - 1] != ')')
            {
                if (next >= values.Count) throw Interpreter.TypeError("not enough arguments for format string");
                value = values[next++];
            }
            string spec = flags.Replace("-", "<");
            if (spec.StartsWith("<")) spec = "<" + spec[1..];
            switch (type)
            {
                case 's': sb.Append(Format(ev, PyText.Str(ev, value), spec)); break;
                case 'r': sb.Append(Format(ev, PyText.Repr(ev, value), spec)); break;
                case 'd' or 'i' or 'u': sb.Append(Format(ev, value is double d ? (long)Math.Truncate(d) : value, spec + "d")); break;
                case 'f' or 'F' or 'e' or 'E' or 'g' or 'G' or 'x' or 'X' or 'o' or 'c':
                    sb.Append(Format(ev, type is 'x' or 'X' or 'o' or 'c' ? value : PyConvert.ToDouble(value), spec + type));
                    break;
                default: throw Interpreter.ValueError($"unsupported format character '{type}'");
            }
        }
        if (dict == null && next < values.Count && args is PyTuple) throw Interpreter.TypeError("not all arguments converted during string formatting");
        return sb.ToString();
    }

    /// `str.format(*args, **kwargs)`.
    public static string StrFormat(Interpreter ev, string fmt, CallArgs args)
    {
        var sb = new StringBuilder();
        int auto = 0;
        for (int i = 0; i < fmt.Length; i++)
        {
            char c = fmt[i];
            if (c == '{' && i + 1 < fmt.Length && fmt[i + 1] == '{') { sb.Append('{'); i++; continue; }
            if (c == '}' && i + 1 < fmt.Length && fmt[i + 1] == '}') { sb.Append('}'); i++; continue; }
            if (c != '{') { sb.Append(c); continue; }
            int depth = 1, j = i + 1;
            while (j < fmt.Length && depth > 0) { if (fmt[j] == '{') depth++; else if (fmt[j] == '}') depth--; j++; }
            if (depth != 0) throw Interpreter.ValueError("Single '{' encountered in format string");
            var field = fmt[(i + 1)..(j - 1)];
            i = j - 1;
            string spec = "";
            char? conv = null;
            int colon = field.IndexOf(':');
            if (colon >= 0) { spec = field[(colon + 1)..]; field = field[..colon]; }
            int bang = field.IndexOf('!');
            if (bang >= 0) { conv = field[bang + 1]; field = field[..bang]; }
            if (spec.Contains('{')) spec = StrFormat(ev, spec, args);
            // field: name or index, then .attr / [key] parts
            int k = 0;
            while (k < field.Length && field[k] != '.' && field[k] != '[') k++;
            var head = field[..k];
            object? value;
            if (head.Length == 0) value = args.Positional[auto++];
            else if (int.TryParse(head, out int idx)) value = idx < args.Positional.Count ? args.Positional[idx] : throw new PythonException(BuiltinTypes.IndexError, "Replacement index " + idx + " out of range for positional args tuple");
            else value = args.HasKeyword(head) ? args.Keyword(head) : throw new PythonException(new PyException(BuiltinTypes.KeyError, new object?[] { head }));
            while (k < field.Length)
            {
                if (field[k] == '.')
                {
                    int e = k + 1;
                    while (e < field.Length && field[e] != '.' && field[e] != '[') e++;
                    value = ev.GetAttr(value, field[(k + 1)..e]);
                    k = e;
                }
                else
                {
                    int e = field.IndexOf(']', k);
                    var key = field[(k + 1)..e];
                    value = PyOps.GetItem(ev, value, long.TryParse(key, out var n) ? n : key);
                    k = e + 1;
                }
            }
            if (conv == 'r') value = PyText.Repr(ev, value);
            else if (conv == 's') value = PyText.Str(ev, value);
            sb.Append(Format(ev, value, spec));
        }
        return sb.ToString();
    }
}
