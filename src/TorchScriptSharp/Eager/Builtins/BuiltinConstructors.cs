using System.Globalization;
using TorchScriptSharp.Serialization;
using TorchSharp;

namespace TorchScriptSharp.Eager;

/// int(), float(), dict() and range(): the builtin constructors with more than one rule.
static class BuiltinConstructors
{
    public static object? Int(Interpreter ev, CallArgs a)
    {
        if (a.Positional.Count == 0) return 0L;
        var v = a.Positional[0];
        var baseArg = a.Positional.Count > 1 ? a.Positional[1] : a.Keyword("base");
        switch (v)
        {
            case bool b: return b ? 1L : 0L;
            case long l: return l;
            case double d:
                if (double.IsNaN(d)) throw Interpreter.ValueError("cannot convert float NaN to integer");
                if (double.IsInfinity(d) || Math.Abs(d) >= 9.2233720368547758e18) throw new PythonException(BuiltinTypes.OverflowError, "cannot convert float infinity to integer");
                return (long)Math.Truncate(d);
            case string s:
            {
                int radix = baseArg == null ? 10 : (int)PyConvert.ToLong(baseArg);
                var text = s.Trim().Replace("_", "");
                bool neg = text.StartsWith('-');
                if (text.StartsWith('-') || text.StartsWith('+')) text = text[1..];
                if (radix is 16 or 0 && text.StartsWith("0x", StringComparison.OrdinalIgnoreCase)) { text = text[2..]; radix = 16; }
                else if (radix is 8 or 0 && text.StartsWith("0o", StringComparison.OrdinalIgnoreCase)) { text = text[2..]; radix = 8; }
                else if (radix is 2 or 0 && text.StartsWith("0b", StringComparison.OrdinalIgnoreCase)) { text = text[2..]; radix = 2; }
                if (radix == 0) radix = 10;
                try
                {
                    if (text.Length == 0 || text.Any(c => !Uri.IsHexDigit(c))) throw new FormatException();
                    long r = radix == 10 ? long.Parse(text, NumberStyles.None, CultureInfo.InvariantCulture) : Convert.ToInt64(text, radix);
                    return neg ? -r : r;
                }
                catch (Exception e) when (e is FormatException or ArgumentException or OverflowException)
                {
                    throw Interpreter.ValueError($"invalid literal for int() with base {radix}: {PyText.Quote(s)}");
                }
            }
            case torch.Tensor t:
                if (t.numel() != 1) throw Interpreter.ValueError("only one element tensors can be converted to Python scalars");
                return Int(ev, CallArgs.Of(Torch.TensorAttributes.Item(t, "integer")));
            case PyInstance i:
                foreach (var name in new[] { "__int__", "__index__" })
                    if (i.Class.Lookup(name) is { } f) return ev.Call(Interpreter.Bind(f, i, i.Class), CallArgs.Empty);
                break;
        }
        throw Interpreter.TypeError($"int() argument must be a string, a bytes-like object or a real number, not '{PyOps.TypeOf(v).Name}'");
    }

    public static object? Float(Interpreter ev, CallArgs a)
    {
        if (a.Positional.Count == 0) return 0.0;
        var v = a.Positional[0];
        switch (v)
        {
            case bool or long or double: return PyConvert.ToDouble(v);
            case string s:
            {
                var t = s.Trim().ToLowerInvariant().Replace("_", "");
                switch (t)
                {
                    case "inf" or "+inf" or "infinity" or "+infinity": return double.PositiveInfinity;
                    case "-inf" or "-infinity": return double.NegativeInfinity;
                    case "nan" or "+nan" or "-nan": return double.NaN;
                }
                if (double.TryParse(t, NumberStyles.Float, CultureInfo.InvariantCulture, out var d)) return d;
                throw Interpreter.ValueError($"could not convert string to float: {PyText.Quote(s)}");
            }
            case torch.Tensor t:
                if (t.numel() != 1) throw Interpreter.ValueError("only one element tensors can be converted to Python scalars");
                return PyConvert.ToDouble(Torch.TensorAttributes.Item(t, "float"));
            case PyInstance i when i.Class.Lookup("__float__") is { } f:
                return ev.Call(Interpreter.Bind(f, i, i.Class), CallArgs.Empty);
        }
        throw Interpreter.TypeError($"float() argument must be a string or a real number, not '{PyOps.TypeOf(v).Name}'");
    }

    public static PyDict Dict(Interpreter ev, CallArgs a, bool ordered)
    {
        var d = new PyDict(ordered);
        if (a.Positional.Count > 1) throw Interpreter.TypeError($"dict expected at most 1 argument, got {a.Positional.Count}");
        if (a.Positional.Count == 1) Update(ev, d, a.Positional[0]);
        foreach (var (k, v) in a.Keywords) d[k] = v;
        return d;
    }

    /// dict.update(other): a mapping, or an iterable of key/value pairs.
    public static void Update(Interpreter ev, PyDict d, object? source)
    {
        if (source is PyDict || (source is PyInstance pi && pi.Class.Lookup("keys") != null))
        {
            foreach (var (k, v) in PyOps.MappingItems(ev, source)) d[k] = v;
            return;
        }
        int i = 0;
        foreach (var item in PyOps.Iterate(ev, source))
        {
            var pair = PyOps.Iterate(ev, item).ToList();
            if (pair.Count != 2)
                throw Interpreter.ValueError($"dictionary update sequence element #{i} has length {pair.Count}; 2 is required");
            d[PyOps.CheckHashable(pair[0])] = pair[1];
            i++;
        }
    }

    public static object? Range(Interpreter ev, CallArgs a)
    {
        var p = a.Positional.Select(PyConvert.ToIndex).ToList();
        return p.Count switch
        {
            1 => new PyRange(0, p[0], 1),
            2 => new PyRange(p[0], p[1], 1),
            3 => new PyRange(p[0], p[1], p[2]),
            _ => throw Interpreter.TypeError($"range expected at most 3 arguments, got {p.Count}"),
        };
    }
}
