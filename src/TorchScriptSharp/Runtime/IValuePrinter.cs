using System.Globalization;
using System.Text;
using TorchSharp;

namespace TorchScriptSharp.Runtime;

/// Python's str() and repr() of runtime values, as TorchScript's `print`, `str()` and `format` show them.
public static class IValuePrinter
{
    public static string Str(IValue v) => v.Tag == IValueTag.String ? v.ToStr() : Repr(v);

    public static string Repr(IValue v)
    {
        switch (v.Tag)
        {
            case IValueTag.None: return "None";
            case IValueTag.Uninitialized: return "<uninitialized>";
            case IValueTag.Int: return v.ToInt().ToString(CultureInfo.InvariantCulture);
            case IValueTag.Bool: return v.ToBool() ? "True" : "False";
            case IValueTag.Double: return PythonFloat(v.ToDouble());
            case IValueTag.String: return PythonStringRepr(v.ToStr());
            case IValueTag.Device: return v.ToDevice().ToString();
            case IValueTag.Tensor: return TensorStr(v.ToTensor());
            case IValueTag.List: return "[" + string.Join(", ", v.ToList().Items.Select(Repr)) + "]";
            case IValueTag.Tuple:
                var t = v.ToTuple();
                return t.Count == 1 ? $"({Repr(t[0])},)" : "(" + string.Join(", ", t.Elements.Select(Repr)) + ")";
            case IValueTag.Dict:
                return "{" + string.Join(", ", v.ToDict().Entries.Select(e => Repr(e.Key) + ": " + Repr(e.Value))) + "}";
            case IValueTag.Complex:
                var c = v.ToComplex();
                return $"({PythonFloat(c.Real)}{(c.Imaginary < 0 ? "-" : "+")}{PythonFloat(Math.Abs(c.Imaginary))}j)";
            default: return v.Reference?.ToString() ?? "None";
        }
    }

    /// Python's repr of a float: shortest text that round-trips, `1.0` for integral values,
    /// exponent form `1e-05` / `1e+16` as Python switches at 1e16 and 1e-4.
    public static string PythonFloat(double d)
    {
        if (double.IsNaN(d)) return "nan";
        if (double.IsPositiveInfinity(d)) return "inf";
        if (double.IsNegativeInfinity(d)) return "-inf";
        if (d == 0) return 1 / d < 0 ? "-0.0" : "0.0";
        string r = d.ToString("R", CultureInfo.InvariantCulture);
        // "R" gives digits + exponent in .NET's own thresholds; rebuild Python's layout from digits/exponent.
        var (digits, exp10) = Decompose(r);
        bool negative = d < 0;
        int pointPos = exp10 + 1; // position of the decimal point relative to digits
        string body;
        if (exp10 < -4 || exp10 >= 16)
        {
            string mant = digits.Length == 1 ? digits : digits[0] + "." + digits[1..];
            body = mant + "e" + (exp10 < 0 ? "-" : "+") + Math.Abs(exp10).ToString("00", CultureInfo.InvariantCulture);
        }
        else if (pointPos <= 0) body = "0." + new string('0', -pointPos) + digits;
        else if (pointPos >= digits.Length) body = digits + new string('0', pointPos - digits.Length) + ".0";
        else body = digits[..pointPos] + "." + digits[pointPos..];
        return negative ? "-" + body : body;
    }

    static (string Digits, int Exp10) Decompose(string r)
    {
        r = r.TrimStart('-');
        int exp = 0;
        int e = r.IndexOfAny(new[] { 'E', 'e' });
        if (e >= 0) { exp = int.Parse(r[(e + 1)..], CultureInfo.InvariantCulture); r = r[..e]; }
        int dot = r.IndexOf('.');
        string intPart = dot < 0 ? r : r[..dot], frac = dot < 0 ? "" : r[(dot + 1)..];
        string all = intPart + frac;
        int lead = 0;
        while (lead < all.Length - 1 && all[lead] == '0') lead++;
        string digits = all[lead..].TrimEnd('0');
        if (digits.Length == 0) digits = "0";
        int exp10 = exp + intPart.Length - 1 - lead;
        return (digits, exp10);
    }

    public static string PythonStringRepr(string s)
    {
        char quote = s.Contains('\'') && !s.Contains('"') ? '"' : '\'';
        var sb = new StringBuilder().Append(quote);
        foreach (char ch in s)
        {
            switch (ch)
            {
                case '\\': sb.Append("\\\\"); break;
                case '\n': sb.Append("\\n"); break;
                case '\r': sb.Append("\\r"); break;
                case '\t': sb.Append("\\t"); break;
                default:
                    if (ch == quote) sb.Append('\\').Append(ch);
                    else if (ch < 0x20 || ch == 0x7f) sb.Append($"\\x{(int)ch:x2}");
                    else sb.Append(ch);
                    break;
            }
        }
        return sb.Append(quote).ToString();
    }

    static string TensorStr(torch.Tensor t) => t.ToString(TensorStringStyle.Numpy);
}
