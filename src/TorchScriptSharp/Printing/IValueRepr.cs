using System.Globalization;
using System.Text;
using TorchScriptSharp.Runtime;

namespace TorchScriptSharp.Printing;

/// PyTorch's `IValue::repr`, the spelling of constants in `.graph` attributes and `.code` text.
/// It differs from Python's repr (<see cref="IValuePrinter"/>): floats print as `2.` or with 17
/// significant digits (`0.10000000000000001`), strings always use double quotes with C escapes.
public static class IValueRepr
{
    /// <param name="custom">Called first for every (nested) value; a non-null result replaces the
    /// default spelling (the `.code` printer uses it to send tensors to `CONSTANTS.cN`).</param>
    public static string Repr(IValue v, Func<IValue, string?>? custom = null)
    {
        var sb = new StringBuilder();
        Append(sb, v, custom);
        return sb.ToString();
    }

    static void Append(StringBuilder sb, IValue v, Func<IValue, string?>? custom)
    {
        if (custom?.Invoke(v) is { } replaced) { sb.Append(replaced); return; }
        switch (v.Tag)
        {
            case IValueTag.None: sb.Append("None"); break;
            case IValueTag.Int: sb.Append(v.ToInt().ToString(CultureInfo.InvariantCulture)); break;
            case IValueTag.Bool: sb.Append(v.ToBool() ? "True" : "False"); break;
            case IValueTag.Double: sb.Append(Float(v.ToDouble())); break;
            case IValueTag.String: sb.Append(QuotedString(v.ToStr())); break;
            case IValueTag.Device: sb.Append("torch.device(").Append(QuotedString(DeviceText(v))).Append(')'); break;
            case IValueTag.List: AppendSequence(sb, v.ToList().Items, "[", "]", custom); break;
            case IValueTag.Tuple:
                var t = v.ToTuple();
                AppendSequence(sb, t.Elements, "(", t.Count == 1 ? ",)" : ")", custom);
                break;
            case IValueTag.Dict:
                sb.Append('{');
                bool first = true;
                foreach (var e in v.ToDict().Entries)
                {
                    if (!first) sb.Append(", ");
                    first = false;
                    Append(sb, e.Key, custom);
                    sb.Append(": ");
                    Append(sb, e.Value, custom);
                }
                sb.Append('}');
                break;
            case IValueTag.Complex:
                var c = v.ToComplex();
                sb.Append(Float(c.Real)).Append(c.Imaginary < 0 ? "-" : "+").Append(Float(Math.Abs(c.Imaginary))).Append('j');
                break;
            case IValueTag.Tensor: sb.Append("<Tensor>"); break;
            default: sb.Append(v.Reference?.ToString() ?? "None"); break;
        }
    }

    static void AppendSequence(StringBuilder sb, IEnumerable<IValue> items, string open, string close, Func<IValue, string?>? custom)
    {
        sb.Append(open);
        bool first = true;
        foreach (var item in items)
        {
            if (!first) sb.Append(", ");
            first = false;
            Append(sb, item, custom);
        }
        sb.Append(close);
    }

    /// The device as PyTorch spells it (`cpu`, `cuda:0`).
    public static string DeviceText(IValue v) => v.Tag == IValueTag.String ? v.ToStr() : v.ToDevice().ToString();

    /// c10's double repr: integral values below 1e10 print as `2.` / `-0.`, everything else as
    /// printf `%.17g` (`0.10000000000000001`, `1e+20`, `10000000000`, `inf`).
    public static string Float(double d)
    {
        if (double.IsNaN(d)) return "nan";
        if (double.IsInfinity(d)) return d > 0 ? "inf" : "-inf";
        bool normalOrZero = d == 0 || double.IsNormal(d);
        if (normalOrZero && Math.Abs(d) < 1e10)
        {
            long i = (long)d;
            if (i == d)
                return (i == 0 && double.IsNegative(d) ? "-0" : i.ToString(CultureInfo.InvariantCulture)) + ".";
        }
        return FormatG(d, 17);
    }

    /// printf's `%.{precision}g`: scientific when the exponent is below -4 or at least the precision,
    /// trailing zeros removed, exponent with a sign and at least two digits.
    public static string FormatG(double d, int precision)
    {
        if (double.IsNaN(d)) return "nan";
        if (double.IsInfinity(d)) return d > 0 ? "inf" : "-inf";
        string e = d.ToString("E" + (precision - 1), CultureInfo.InvariantCulture); // -d.ddddE+xxx
        bool negative = e[0] == '-';
        if (negative) e = e[1..];
        int ePos = e.IndexOf('E');
        string digits = e[..ePos].Replace(".", "");
        int exp = int.Parse(e[(ePos + 1)..], CultureInfo.InvariantCulture);
        string body;
        if (exp < -4 || exp >= precision)
        {
            string mant = digits[..1] + "." + digits[1..];
            mant = TrimZeros(mant);
            body = mant + "e" + (exp < 0 ? "-" : "+") + Math.Abs(exp).ToString("00", CultureInfo.InvariantCulture);
        }
        else if (exp < 0)
            body = TrimZeros("0." + new string('0', -exp - 1) + digits);
        else
            body = TrimZeros(digits[..(exp + 1)] + "." + digits[(exp + 1)..]);
        return negative ? "-" + body : body;
    }

    static string TrimZeros(string s) => s.Contains('.') ? s.TrimEnd('0').TrimEnd('.') : s;

    /// c10::printQuotedString: double quotes, C escapes (`\'` included), other non-printable bytes as
    /// three octal digits. Non-ASCII text is written as its UTF-8 bytes in octal.
    public static string QuotedString(string s)
    {
        var sb = new StringBuilder("\"");
        foreach (byte b in Encoding.UTF8.GetBytes(s))
        {
            switch ((char)b)
            {
                case '\\': sb.Append("\\\\"); break;
                case '\'': sb.Append("\\'"); break;
                case '"': sb.Append("\\\""); break;
                case '\a': sb.Append("\\a"); break;
                case '\b': sb.Append("\\b"); break;
                case '\f': sb.Append("\\f"); break;
                case '\n': sb.Append("\\n"); break;
                case '\r': sb.Append("\\r"); break;
                case '\t': sb.Append("\\t"); break;
                case '\v': sb.Append("\\v"); break;
                default:
                    if (b > 0x1f && b < 0x7f) sb.Append((char)b);
                    else sb.Append('\\').Append(Convert.ToString(b, 8).PadLeft(3, '0'));
                    break;
            }
        }
        return sb.Append('"').ToString();
    }
}
