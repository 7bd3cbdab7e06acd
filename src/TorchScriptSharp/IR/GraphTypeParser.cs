using System.Text;
using TorchScriptSharp.Types;

namespace TorchScriptSharp.IR;

/// Reads types in their `.graph` spelling (`Type::str()`): `int[]?`, `Tensor?[]`, `Dict(str, int)`,
/// `(int, Tensor)`, `NamedTuple(x : int, y : Tensor)`, `Union(int, str)`, `Future[int]`, qualified
/// class names, and profiled tensor types such as `Float(2, 3, strides=[3, 1], requires_grad=0,
/// device=cpu)`, which all mean Tensor here (we do not model shapes).
public static class GraphTypeParser
{
    public static TorchType Parse(string text)
    {
        int pos = 0;
        var t = Parse(text, ref pos);
        SkipSpaces(text, ref pos);
        if (pos != text.Length) throw Error(text, pos, "unexpected text after the type");
        return t;
    }

    /// Parses one type starting at <paramref name="pos"/> and leaves pos after it.
    public static TorchType Parse(string text, ref int pos)
    {
        SkipSpaces(text, ref pos);
        var t = ParsePrimary(text, ref pos);
        // postfix forms bind tighter than anything else: `int[]?`, `Tensor?[]`, `float[][]`
        while (pos < text.Length)
        {
            if (text[pos] == '?') { pos++; t = new OptionalType(t); }
            else if (pos + 1 < text.Length && text[pos] == '[' && text[pos + 1] == ']') { pos += 2; t = new ListType(t); }
            else break;
        }
        return t;
    }

    static TorchType ParsePrimary(string text, ref int pos)
    {
        if (pos >= text.Length) throw Error(text, pos, "expected a type");
        if (text[pos] == '(')
        {
            pos++;
            var elements = ParseList(text, ref pos, ')');
            return new TupleType(elements);
        }
        string name = ReadName(text, ref pos);
        if (name.Length == 0) throw Error(text, pos, "expected a type");
        switch (name)
        {
            case "Dict":
            {
                Expect(text, ref pos, '(');
                var kv = ParseList(text, ref pos, ')');
                if (kv.Count != 2) throw Error(text, pos, "Dict needs a key and a value type");
                return new DictType(kv[0], kv[1]);
            }
            case "Union":
            {
                Expect(text, ref pos, '(');
                return new UnionType(ParseList(text, ref pos, ')'));
            }
            case "NamedTuple":
            {
                Expect(text, ref pos, '(');
                var names = new List<string>();
                var types = new List<TorchType>();
                SkipSpaces(text, ref pos);
                while (text[pos] != ')')
                {
                    SkipSpaces(text, ref pos);
                    names.Add(ReadName(text, ref pos));
                    Expect(text, ref pos, ':');
                    types.Add(Parse(text, ref pos));
                    SkipSpaces(text, ref pos);
                    if (text[pos] == ',') pos++;
                    SkipSpaces(text, ref pos);
                }
                pos++;
                return new TupleType(types, names);
            }
            case "Future":
            case "RRef":
            case "Await":
            {
                Expect(text, ref pos, '[');
                var inner = Parse(text, ref pos);
                Expect(text, ref pos, ']');
                return name == "Future" ? new FutureType(inner) : new NamedType($"{name}[{inner.Str()}]", $"{name}[{inner.AnnotationStr()}]");
            }
            case "Enum":
            case "InterfaceType":
            {
                // `Enum<__torch__.Color>`: the annotation spelling is the qualified name
                Expect(text, ref pos, '<');
                int close = text.IndexOf('>', pos);
                if (close < 0) throw Error(text, pos, "missing '>'");
                string inner = text[pos..close].Trim();
                pos = close + 1;
                return new NamedType($"{name}<{inner}>", inner);
            }
        }
        if (TensorScalarNames.Contains(name) || name == "Tensor")
        {
            // a profiled tensor type: skip the shape/stride/device details
            if (pos < text.Length && text[pos] == '(') SkipBalanced(text, ref pos);
            return TorchType.Tensor;
        }
        return Named(name);
    }

    static TorchType Named(string name) => name switch
    {
        "int" => TorchType.Int,
        "float" => TorchType.Float,
        "complex" => TorchType.Complex,
        "bool" => TorchType.Bool,
        "str" => TorchType.Str_,
        "NoneType" => TorchType.None,
        "Device" => TorchType.Device,
        "Generator" => TorchType.Generator,
        "Stream" => TorchType.Stream,
        "Storage" => TorchType.Storage,
        "Scalar" or "number" => TorchType.Number,
        "Any" => TorchType.Any,
        "Function" => TorchType.Function,
        "AnyList" => TorchType.AnyList,
        "AnyTuple" => TorchType.AnyTuple,
        "AnyClassType" => TorchType.AnyClass,
        // no distinct types for these in 1.13 graphs: they are ints
        "ScalarType" or "Layout" or "MemoryFormat" or "QScheme" => TorchType.Int,
        _ => new NamedType(name), // a class or module type: `__torch__.Net`
    };

    /// Scalar-type names of profiled tensor types (`Float(2, 3)`, `Long(requires_grad=0, device=cpu)`).
    static readonly HashSet<string> TensorScalarNames = new()
    {
        "Float", "Double", "Half", "BFloat16", "Long", "Int", "Short", "Char", "Byte", "Bool",
        "ComplexFloat", "ComplexDouble", "ComplexHalf", "QInt8", "QUInt8", "QInt32", "QUInt4x2", "QUInt2x4",
    };

    static List<TorchType> ParseList(string text, ref int pos, char close)
    {
        var items = new List<TorchType>();
        SkipSpaces(text, ref pos);
        if (pos < text.Length && text[pos] == close) { pos++; return items; }
        while (true)
        {
            items.Add(Parse(text, ref pos));
            SkipSpaces(text, ref pos);
            if (pos >= text.Length) throw Error(text, pos, $"missing '{close}'");
            if (text[pos] == ',') { pos++; continue; }
            if (text[pos] == close) { pos++; return items; }
            throw Error(text, pos, $"expected ',' or '{close}'");
        }
    }

    static string ReadName(string text, ref int pos)
    {
        int start = pos;
        while (pos < text.Length && (char.IsLetterOrDigit(text[pos]) || text[pos] is '_' or '.')) pos++;
        return text[start..pos];
    }

    static void SkipBalanced(string text, ref int pos)
    {
        int depth = 0;
        do
        {
            if (text[pos] is '(' or '[') depth++;
            else if (text[pos] is ')' or ']') depth--;
            pos++;
        } while (depth > 0 && pos < text.Length);
    }

    static void Expect(string text, ref int pos, char c)
    {
        SkipSpaces(text, ref pos);
        if (pos >= text.Length || text[pos] != c) throw Error(text, pos, $"expected '{c}'");
        pos++;
    }

    static void SkipSpaces(string text, ref int pos)
    {
        while (pos < text.Length && text[pos] == ' ') pos++;
    }

    static FormatException Error(string text, int pos, string message)
    {
        int lineStart = text.LastIndexOf('\n', Math.Max(0, Math.Min(pos, text.Length) - 1)) + 1;
        int lineEnd = text.IndexOf('\n', Math.Min(pos, text.Length));
        if (lineEnd < 0) lineEnd = text.Length;
        return new FormatException($"type syntax: {message} at column {pos - lineStart}: {text[lineStart..lineEnd]}");
    }
}
