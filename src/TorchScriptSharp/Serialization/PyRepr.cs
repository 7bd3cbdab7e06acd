using System.Globalization;
using System.Text;
using TorchSharp;

namespace TorchScriptSharp.Serialization;

/// Python-like repr of loaded values for messages and debugging. Cycles print as `[...]`, and
/// the output is cut off after a few thousand characters so huge values cannot flood a message.
public static class PyRepr
{
    private const int MaxChars = 4000;

    public static string Of(object? value)
    {
        var sb = new StringBuilder();
        Write(sb, value, new HashSet<object>(ReferenceEqualityComparer.Instance), 0);
        return sb.Length > MaxChars ? sb.ToString(0, MaxChars) + "..." : sb.ToString();
    }

    private static void Write(StringBuilder sb, object? v, HashSet<object> active, int depth)
    {
        if (sb.Length > MaxChars) return;
        if (depth > 50) { sb.Append("..."); return; }
        switch (v)
        {
            case null: sb.Append("None"); return;
            case bool b: sb.Append(b ? "True" : "False"); return;
            case long l: sb.Append(l.ToString(CultureInfo.InvariantCulture)); return;
            case double d: sb.Append(Float(d)); return;
            case string s: sb.Append('\'').Append(s.Replace("\\", "\\\\").Replace("'", "\\'")).Append('\''); return;
            case torch.Tensor t:
                sb.Append("tensor(shape=[").Append(string.Join(", ", t.shape)).Append("], dtype=").Append(t.dtype).Append(')');
                return;
            case TorchDevice dev: sb.Append("device(type='").Append(dev.Type).Append('\'');
                if (dev.Index is int i) sb.Append(", index=").Append(i);
                sb.Append(')'); return;
        }
        if (v is PyList or PyDict or PyTuple)
        {
            if (!active.Add(v)) { sb.Append(v is PyDict ? "{...}" : "[...]"); return; }
            if (v is PyList list) Seq(sb, "[", "]", list, active, depth);
            else if (v is PyTuple tup) Seq(sb, "(", tup.Count == 1 ? ",)" : ")", tup, active, depth);
            else
            {
                var dict = (PyDict)v;
                sb.Append(dict.IsOrdered ? "OrderedDict({" : "{");
                bool first = true;
                foreach (var (k, x) in dict)
                {
                    if (!first) sb.Append(", ");
                    first = false;
                    Write(sb, k, active, depth + 1);
                    sb.Append(": ");
                    Write(sb, x, active, depth + 1);
                }
                sb.Append(dict.IsOrdered ? "})" : "}");
            }
            active.Remove(v);
            return;
        }
        sb.Append(v);
    }

    private static void Seq(StringBuilder sb, string open, string close, IEnumerable<object?> items, HashSet<object> active, int depth)
    {
        sb.Append(open);
        bool first = true;
        foreach (var x in items)
        {
            if (!first) sb.Append(", ");
            first = false;
            Write(sb, x, active, depth + 1);
        }
        sb.Append(close);
    }

    public static string Float(double d)
    {
        if (double.IsNaN(d)) return "nan";
        if (double.IsPositiveInfinity(d)) return "inf";
        if (double.IsNegativeInfinity(d)) return "-inf";
        var s = d.ToString("R", CultureInfo.InvariantCulture);
        return s.Contains('.') || s.Contains('E') ? s : s + ".0";
    }
}
