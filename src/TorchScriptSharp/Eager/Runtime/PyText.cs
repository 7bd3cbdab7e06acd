using System.Globalization;
using System.Text;
using TorchScriptSharp.Serialization;
using TorchSharp;

namespace TorchScriptSharp.Eager;

/// Python's str() and repr() of evaluator values. Instances use their __str__/__repr__ when an
/// interpreter is available to call them.
public static class PyText
{
    public static string Str(Interpreter? ev, object? v) => v switch
    {
        string s => s,
        PyException e when ev != null && !HasDunder(e, "__str__") =>
            e.Class.IsSubclassOf(BuiltinTypes.KeyError) && e.Args.Count == 1 ? Repr(ev, e.Args[0]) : e.Message(ev),
        PyInstance i when ev != null && HasDunder(i, "__str__") => CallText(ev, i, "__str__"),
        torch.Tensor t => Torch.TensorRepr.Format(t),
        TorchDevice d => d.ToString(),
        _ => Repr(ev, v),
    };

    public static string Repr(Interpreter? ev, object? v)
    {
        var sb = new StringBuilder();
        Write(ev, sb, v, new HashSet<object>(ReferenceEqualityComparer.Instance));
        return sb.ToString();
    }

    static bool HasDunder(PyInstance i, string name) =>
        i.Class.TryLookup(name, out _, out var owner) && !ReferenceEquals(owner, BuiltinTypes.Object);

    static string CallText(Interpreter ev, PyInstance i, string name)
    {
        var r = ev.Call(Interpreter.Bind(i.Class.Lookup(name), i, i.Class), CallArgs.Empty);
        return r as string ?? throw Interpreter.TypeError($"{name} returned non-string (type {PyOps.TypeOf(r).Name})");
    }

    static void Write(Interpreter? ev, StringBuilder sb, object? v, HashSet<object> active)
    {
        switch (v)
        {
            case null: sb.Append("None"); return;
            case bool b: sb.Append(b ? "True" : "False"); return;
            case long or int: sb.Append(Convert.ToInt64(v).ToString(CultureInfo.InvariantCulture)); return;
            case double d: sb.Append(Float(d)); return;
            case System.Numerics.Complex c: sb.Append(ComplexRepr(c)); return;
            case string s: sb.Append(Quote(s)); return;
            case torch.ScalarType st: sb.Append("torch.").Append(Torch.DTypes.Name(st)); return;
            case TorchDevice dev:
                sb.Append("device(type='").Append(dev.Type).Append('\'');
                if (dev.Index is int idx) sb.Append(", index=").Append(idx);
                sb.Append(')');
                return;
            case torch.Tensor t: sb.Append(Torch.TensorRepr.Format(t)); return;
            case PyTuple size when Torch.TorchSize.IsSize(size): sb.Append(Torch.TorchSize.Repr(size)); return;
            case PyClass c: sb.Append(c.ToString()); return;
            case PyException e when ev == null || !HasDunder(e, "__repr__"):
                sb.Append(e.Class.Name).Append(Repr(ev, e.Args).Replace(",)", ")"));
                return;
            case PyInstance i:
                if (ev != null && HasDunder(i, "__repr__")) { sb.Append(CallText(ev, i, "__repr__")); return; }
                sb.Append('<').Append(i.Class.Module).Append('.').Append(i.Class.QualName).Append(" object>");
                return;
            case PyFunction f: sb.Append("<function ").Append(f.QualName).Append('>'); return;
            case BuiltinFunction bf: sb.Append("<built-in function ").Append(bf.Name).Append('>'); return;
            case BoundMethod m: sb.Append("<bound method ").Append(m.Name).Append(" of ").Append(Repr(ev, m.Self)).Append('>'); return;
            case PySlice sl: sb.Append("slice(").Append(Repr(ev, sl.Start)).Append(", ").Append(Repr(ev, sl.Stop)).Append(", ").Append(Repr(ev, sl.Step)).Append(')'); return;
        }
        if (v is PyList or PyTuple or PyDict or PySet)
        {
            if (!active.Add(v)) { sb.Append(v is PyDict ? "{...}" : "[...]"); return; }
            switch (v)
            {
                case PyList l: Seq(ev, sb, "[", "]", l, active); break;
                case PyTuple t: Seq(ev, sb, "(", t.Count == 1 ? ",)" : ")", t, active); break;
                case PySet s:
                    if (s.Count == 0) sb.Append(s.IsFrozen ? "frozenset()" : "set()");
                    else if (s.IsFrozen) { sb.Append("frozenset("); Seq(ev, sb, "{", "}", s, active); sb.Append(')'); }
                    else Seq(ev, sb, "{", "}", s, active);
                    break;
                case PyDict d:
                    sb.Append(d.IsOrdered ? (d.Count == 0 ? "OrderedDict(" : "OrderedDict([") : "{");
                    bool first = true;
                    foreach (var (k, x) in d)
                    {
                        if (!first) sb.Append(", ");
                        first = false;
                        if (d.IsOrdered) sb.Append('(');
                        Write(ev, sb, k, active);
                        sb.Append(d.IsOrdered ? ", " : ": ");
                        Write(ev, sb, x, active);
                        if (d.IsOrdered) sb.Append(')');
                    }
                    sb.Append(d.IsOrdered ? (d.Count == 0 ? ")" : "])") : "}");
                    break;
            }
            active.Remove(v);
            return;
        }
        sb.Append(v);
    }

    static void Seq(Interpreter? ev, StringBuilder sb, string open, string close, IEnumerable<object?> items, HashSet<object> active)
    {
        sb.Append(open);
        bool first = true;
        foreach (var x in items)
        {
            if (!first) sb.Append(", ");
            first = false;
            Write(ev, sb, x, active);
        }
        sb.Append(close);
    }

    /// Python's repr of a str: single quotes unless the text contains ' and no ".
    public static string Quote(string s)
    {
        char q = s.Contains('\'') && !s.Contains('"') ? '"' : '\'';
        var sb = new StringBuilder().Append(q);
        foreach (var c in s)
        {
            switch (c)
            {
                case '\\': sb.Append("\\\\"); break;
                case '\n': sb.Append("\\n"); break;
                case '\r': sb.Append("\\r"); break;
                case '\t': sb.Append("\\t"); break;
                default:
                    if (c == q) sb.Append('\\').Append(c);
                    else if (c < 0x20 || c == 0x7f) sb.Append($"\\x{(int)c:x2}");
                    else sb.Append(c);
                    break;
            }
        }
        return sb.Append(q).ToString();
    }

    /// Python's float repr: the shortest round-tripping digits, scientific below 1e-4 and from 1e16.
    public static string Float(double d)
    {
        if (double.IsNaN(d)) return "nan";
        if (double.IsPositiveInfinity(d)) return "inf";
        if (double.IsNegativeInfinity(d)) return "-inf";
        if (d == 0) return double.IsNegative(d) ? "-0.0" : "0.0";
        // Shortest round-trip digits come from "R"; re-derive the decimal exponent from them.
        var shortest = d.ToString("R", CultureInfo.InvariantCulture);
        var (digits, exp) = Decompose(shortest);
        bool negative = d < 0;
        string body;
        if (exp < -4 || exp >= 16)
        {
            var mant = digits.Length == 1 ? digits : digits[0] + "." + digits[1..];
            body = mant + "e" + (exp < 0 ? "-" : "+") + Math.Abs(exp).ToString("00", CultureInfo.InvariantCulture);
        }
        else if (exp < 0) body = "0." + new string('0', -exp - 1) + digits;
        else if (digits.Length <= exp + 1) body = digits + new string('0', exp + 1 - digits.Length) + ".0";
        else body = digits[..(exp + 1)] + "." + digits[(exp + 1)..];
        return negative ? "-" + body : body;
    }

    /// "1.2345E-05" / "123.45" -> significant digits without leading/trailing zeros and the exponent of the first digit.
    static (string Digits, int Exp) Decompose(string s)
    {
        s = s.TrimStart('-');
        int e = 0;
        int ePos = s.IndexOfAny(new[] { 'E', 'e' });
        if (ePos >= 0) { e = int.Parse(s[(ePos + 1)..], CultureInfo.InvariantCulture); s = s[..ePos]; }
        int dot = s.IndexOf('.');
        string intPart = dot < 0 ? s : s[..dot], frac = dot < 0 ? "" : s[(dot + 1)..];
        var all = intPart + frac;
        int firstNonZero = 0;
        while (firstNonZero < all.Length - 1 && all[firstNonZero] == '0') firstNonZero++;
        int exp = intPart.Length - 1 - firstNonZero + e;
        var digits = all[firstNonZero..].TrimEnd('0');
        if (digits.Length == 0) digits = "0";
        return (digits, exp);
    }

    static string ComplexRepr(System.Numerics.Complex c)
    {
        string Part(double x) => x == Math.Floor(x) && Math.Abs(x) < 1e16 ? ((long)x).ToString(CultureInfo.InvariantCulture) : Float(x);
        if (c.Real == 0 && !double.IsNegative(c.Real)) return Part(c.Imaginary) + "j";
        return "(" + Part(c.Real) + (c.Imaginary >= 0 || double.IsNaN(c.Imaginary) ? "+" : "-") + Part(Math.Abs(c.Imaginary)) + "j)";
    }

    /// A callable's name for error messages.
    public static string CallableName(object? f) => f switch
    {
        PyFunction pf => pf.QualName,
        BuiltinFunction b => b.Name,
        BoundMethod m => m.Name,
        PyClass c => c.Name,
        _ => PyOps.TypeOf(f).Name,
    };
}
