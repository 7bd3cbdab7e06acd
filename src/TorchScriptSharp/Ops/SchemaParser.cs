using System.Globalization;
using System.Text;
using TorchScriptSharp.Runtime;
using TorchScriptSharp.Types;

namespace TorchScriptSharp.Ops;

/// Thrown for schema text that does not follow PyTorch's schema grammar.
public sealed class SchemaParseException : Exception
{
    public SchemaParseException(string message) : base(message) { }
}

/// Parses PyTorch operator schemas (torch/csrc/jit/frontend/function_schema_parser.cpp):
/// `ns::name[.overload](type name[=default], ..., *, kwarg, ...) -> returns`.
///
/// Type mapping follows TorchScript's view of schemas: SymInt, ScalarType, Layout and MemoryFormat
/// are `int`; Scalar is `number`; Dimname is `str`; lower-case unknown names are type variables;
/// `__torch__.torch.classes.*` are custom classes (a <see cref="NamedType"/> with the qualified name).
///
/// Defaults are converted to the declared type the way PyTorch does: `float eps=1` is 1.0, a
/// `number` default is float if written with a point or exponent, and a single value given for a
/// fixed-size list (`int[2] padding=0`) is repeated N times (`[0, 0]`), which is also what PyTorch's
/// parser stores and what the compiler materializes.
public sealed class SchemaParser
{
    readonly string _text;
    int _pos;

    SchemaParser(string text) { _text = text; }

    public static FunctionSchema Parse(string text)
    {
        var p = new SchemaParser(text);
        try
        {
            var schema = p.ParseSchema();
            return schema;
        }
        catch (SchemaParseException e)
        {
            throw new SchemaParseException($"{e.Message} at column {p._pos} in schema: {text}");
        }
    }

    /// The qualified name and overload of a schema (`aten::add.Tensor`), without parsing the rest.
    public static string FullNameOf(string text)
    {
        int paren = text.IndexOf('(');
        return (paren < 0 ? text : text[..paren]).Trim();
    }

    FunctionSchema ParseSchema()
    {
        SkipSpace();
        string name = ParseQualifiedName();
        string overload = "";
        if (TryEat('.')) overload = ParseIdentifier();

        var args = new List<Argument>();
        bool isVararg = false, kwargOnly = false;
        Expect('(');
        if (!TryEat(')'))
        {
            do
            {
                if (isVararg) throw Error("'...' must be the last argument");
                if (TryEat("...")) { isVararg = true; continue; }
                if (TryEat('*')) { kwargOnly = true; continue; }
                args.Add(ParseArgument(isReturn: false, kwargOnly));
            } while (TryEat(','));
            Expect(')');
        }

        // PyTorch allows a schema without returns when only the declaration is needed.
        var returns = new List<Argument>();
        bool isVarret = false;
        if (TryEat("->"))
        {
            if (TryEat("...")) isVarret = true;
            else if (Peek() == '(')
            {
                Expect('(');
                if (!TryEat(')'))
                {
                    do
                    {
                        if (TryEat("...")) { isVarret = true; continue; }
                        returns.Add(ParseArgument(isReturn: true, false));
                    } while (TryEat(','));
                    Expect(')');
                }
            }
            else returns.Add(ParseArgument(isReturn: true, false));
        }
        SkipSpace();
        if (_pos != _text.Length) throw Error($"unexpected '{_text[_pos..]}'");
        return new FunctionSchema(name, overload, args, returns, isVararg, isVarret, _text.Trim());
    }

    Argument ParseArgument(bool isReturn, bool kwargOnly)
    {
        var (type, n, alias) = ParseType();
        string name = "";
        SkipSpace();
        if (_pos < _text.Length && IsIdentStart(_text[_pos])) name = ParseIdentifier();
        else if (!isReturn) throw Error("expected an argument name");
        if (!isReturn && TryEat('='))
        {
            var value = ParseDefault(type, n);
            return new Argument(name, type, n, true, value, kwargOnly, alias);
        }
        return new Argument(name, type, n, false, default, kwargOnly, alias);
    }

    // ---- types ----

    /// A type with its broadcasting-list size (`int[2]`) and alias annotation (`Tensor(a!)`).
    (TorchType Type, int? N, AliasInfo? Alias) ParseType()
    {
        SkipSpace();
        TorchType type;
        if (Peek() == '(')
        {
            // Tuple type `(Tensor, Tensor)`.
            Expect('(');
            var elements = new List<TorchType>();
            if (!TryEat(')'))
            {
                do elements.Add(ParseType().Type); while (TryEat(','));
                Expect(')');
            }
            type = new TupleType(elements);
        }
        else
        {
            string ident = ParseQualifiedName();
            type = ident switch
            {
                "Future" => new FutureType(ParseParenthesizedType()),
                "RRef" => new RRefType(ParseParenthesizedType()),
                "Dict" => ParseDictType(),
                _ => BaseType(ident),
            };
        }

        int? n = null;
        var alias = TryParseAlias();
        while (true)
        {
            SkipSpace();
            if (TryEat('['))
            {
                SkipSpace();
                if (char.IsDigit(Peek())) n = (int)ParseInteger();
                Expect(']');
                type = new ListType(type);
                // An annotation on the element (`Tensor(a!)[]`) makes the list itself part of the
                // contract: PyTorch records it as a contained alias with the same write flag.
                if (alias != null) alias = new AliasInfo("", alias.IsWrite) { Contained = alias };
                var listAlias = TryParseAlias();
                if (listAlias != null) alias = listAlias;
            }
            else if (TryEat('?')) type = new OptionalType(type);
            else break;
        }
        return (type, n, alias);
    }

    TorchType ParseParenthesizedType()
    {
        Expect('(');
        var t = ParseType().Type;
        Expect(')');
        return t;
    }

    TorchType ParseDictType()
    {
        Expect('(');
        var key = ParseType().Type;
        Expect(',');
        var value = ParseType().Type;
        Expect(')');
        return new DictType(key, value);
    }

    TorchType BaseType(string name) => name switch
    {
        "Tensor" => TorchType.Tensor,
        "int" or "SymInt" or "ScalarType" or "Layout" or "MemoryFormat" => TorchType.Int,
        "float" => TorchType.Float,
        "complex" => TorchType.Complex,
        "bool" => TorchType.Bool,
        "str" or "Dimname" => TorchType.Str_,
        "Scalar" or "number" => TorchType.Number,
        "None" or "NoneType" => TorchType.None,
        "Device" => TorchType.Device,
        "Generator" => TorchType.Generator,
        "Stream" => TorchType.Stream,
        "Storage" => TorchType.Storage,
        "Any" => TorchType.Any,
        "AnyClassType" => TorchType.AnyClass,
        "AnyEnumType" => SchemaTypes.AnyEnum,
        "QScheme" => SchemaTypes.QScheme,
        "Capsule" => SchemaTypes.Capsule,
        "ConstQuantizerPtr" => SchemaTypes.ConstQuantizerPtr,
        _ when name.StartsWith("__torch__.", StringComparison.Ordinal) => new NamedType(name),
        // PyTorch's rule: any other lower-case name is a type variable (`t`, `tVal`, `t1`).
        _ when char.IsLower(name[0]) => new TypeVariable(name),
        _ => throw Error($"unknown type '{name}'"),
    };

    /// `(a)`, `(a!)`, `(a -> *)`, `(b|a)`, `(*)`; null when no annotation follows.
    AliasInfo? TryParseAlias()
    {
        SkipSpace();
        if (Peek() != '(') return null;
        // Only an alias annotation starts with a set name or `*`; anything else is not ours.
        int save = _pos;
        _pos++;
        SkipSpace();
        char c = Peek();
        if (!(char.IsLetter(c) || c == '*')) { _pos = save; return null; }
        string before = ParseAliasSets();
        bool write = TryEat('!');
        IReadOnlyList<string>? after = null;
        if (TryEat("->"))
        {
            after = ParseAliasSets().Split('|');
            if (TryEat('!')) write = true;
        }
        Expect(')');
        return new AliasInfo(before, write) { AfterSets = after! };
    }

    string ParseAliasSets()
    {
        var sb = new StringBuilder();
        do
        {
            SkipSpace();
            if (sb.Length > 0) sb.Append('|');
            if (TryEat('*')) sb.Append('*');
            else sb.Append(ParseIdentifier());
        } while (TryEat('|'));
        return sb.ToString();
    }

    // ---- defaults ----

    IValue ParseDefault(TorchType declared, int? n)
    {
        SkipSpace();
        if (TryEatWord("None")) return IValue.None;
        var type = declared is OptionalType o ? o.Element : declared;
        if (type is ListType list)
        {
            if (TryEat('['))
            {
                var items = new List<IValue>();
                if (!TryEat(']'))
                {
                    do items.Add(ParseConstant(list.Element)); while (TryEat(','));
                    Expect(']');
                }
                return IValue.FromList(new ScriptList(list.Element, items));
            }
            // `int[2] stride=1` means [1, 1].
            var single = ParseConstant(list.Element);
            var repeated = Enumerable.Repeat(single, n ?? 1).ToList();
            return IValue.FromList(new ScriptList(list.Element, repeated));
        }
        return ParseConstant(type);
    }

    IValue ParseConstant(TorchType type)
    {
        SkipSpace();
        char c = Peek();
        if (c == '"' || c == '\'') return IValue.FromString(ParseStringLiteral());
        if (TryEatWord("True")) return true;
        if (TryEatWord("False")) return false;
        if (TryEatWord("None")) return IValue.None;
        if (char.IsDigit(c) || c == '-' || c == '.' || StartsWithWord("inf") || StartsWithWord("nan"))
            return ParseNumber(type);
        if (IsIdentStart(c))
        {
            // Enum spellings older schemas used (`MemoryFormat memory_format=contiguous_format`,
            // `int reduction=Mean`, `ScalarType dtype=long`): PyTorch stores their integer codes.
            string word = ParseIdentifier();
            return word switch
            {
                "contiguous_format" => 0L,
                "preserve_format" => 1L,
                "channels_last" => 2L,
                "channels_last_3d" => 3L,
                "strided" => 0L,
                "Mean" => 1L,
                "Sum" => 2L,
                "long" => 4L,
                "float" => 6L,
                "double" => 7L,
                _ => throw Error($"unknown default value '{word}'"),
            };
        }
        throw Error("expected a default value");
    }

    IValue ParseNumber(TorchType type)
    {
        int start = _pos;
        if (Peek() == '-') _pos++;
        if (TryEatWord("inf")) return ToNumber(type, double.PositiveInfinity * (_text[start] == '-' ? -1 : 1), isFloat: true);
        if (TryEatWord("nan")) return ToNumber(type, double.NaN, isFloat: true);
        while (_pos < _text.Length && (char.IsLetterOrDigit(_text[_pos]) || _text[_pos] == '.'
               || ((_text[_pos] == '-' || _text[_pos] == '+') && (_text[_pos - 1] == 'e' || _text[_pos - 1] == 'E'))))
            _pos++;
        string s = _text[start.._pos];
        bool isFloat = s.IndexOfAny(new[] { '.', 'e', 'E' }) >= 0 && !s.Contains("0x");
        if (isFloat)
        {
            if (!double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out double d)) throw Error($"bad number '{s}'");
            return ToNumber(type, d, true);
        }
        if (!long.TryParse(s, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out long l)) throw Error($"bad number '{s}'");
        return ToNumber(type, l, false);
    }

    IValue ToNumber(TorchType type, double value, bool isFloat)
    {
        if (type == TorchType.Float) return value;
        if (type == TorchType.Complex) return IValue.FromComplex(value);
        if (type == TorchType.Int || type == TorchType.Bool && !isFloat)
        {
            if (isFloat) throw Error($"float default for int argument");
            return type == TorchType.Bool ? IValue.FromBool(value != 0) : IValue.FromInt((long)value);
        }
        // number, type variables, Any: keep the literal's own kind.
        return isFloat ? IValue.FromDouble(value) : IValue.FromInt((long)value);
    }

    string ParseStringLiteral()
    {
        char quote = _text[_pos++];
        var sb = new StringBuilder();
        while (true)
        {
            if (_pos >= _text.Length) throw Error("unterminated string");
            char c = _text[_pos++];
            if (c == quote) break;
            if (c != '\\') { sb.Append(c); continue; }
            char e = _text[_pos++];
            sb.Append(e switch
            {
                'n' => '\n', 't' => '\t', 'r' => '\r', 'f' => '\f', 'v' => '\v', 'a' => '\a', 'b' => '\b', '0' => '\0',
                _ => e, // \\ \' \" and unknown escapes keep the character
            });
        }
        return sb.ToString();
    }

    // ---- lexical helpers ----

    string ParseQualifiedName()
    {
        SkipSpace();
        var sb = new StringBuilder(ParseIdentifier());
        while (true)
        {
            if (string.CompareOrdinal(_text, _pos, "::", 0, 2) == 0) { _pos += 2; sb.Append("::").Append(ParseIdentifier()); }
            // Dots belong to a class name (`__torch__.torch.classes.x.Y`) but separate the overload
            // name of an operator (`aten::add.Tensor`), which always follows `::`.
            else if (Peek() == '.' && !sb.ToString().Contains("::") && _pos + 1 < _text.Length && IsIdentStart(_text[_pos + 1]))
            {
                _pos++;
                sb.Append('.').Append(ParseIdentifier());
            }
            else return sb.ToString();
        }
    }

    string ParseIdentifier()
    {
        SkipSpace();
        int start = _pos;
        if (_pos >= _text.Length || !IsIdentStart(_text[_pos])) throw Error("expected an identifier");
        while (_pos < _text.Length && (char.IsLetterOrDigit(_text[_pos]) || _text[_pos] == '_')) _pos++;
        return _text[start.._pos];
    }

    long ParseInteger()
    {
        int start = _pos;
        while (_pos < _text.Length && char.IsDigit(_text[_pos])) _pos++;
        return long.Parse(_text[start.._pos], CultureInfo.InvariantCulture);
    }

    static bool IsIdentStart(char c) => char.IsLetter(c) || c == '_';

    char Peek()
    {
        SkipSpace();
        return _pos < _text.Length ? _text[_pos] : '\0';
    }

    void SkipSpace()
    {
        while (_pos < _text.Length && char.IsWhiteSpace(_text[_pos])) _pos++;
    }

    bool TryEat(char c)
    {
        if (Peek() != c) return false;
        _pos++;
        return true;
    }

    bool TryEat(string s)
    {
        SkipSpace();
        if (string.CompareOrdinal(_text, _pos, s, 0, s.Length) != 0) return false;
        _pos += s.Length;
        return true;
    }

    bool StartsWithWord(string w)
    {
        SkipSpace();
        return string.CompareOrdinal(_text, _pos, w, 0, w.Length) == 0
               && (_pos + w.Length >= _text.Length || !(char.IsLetterOrDigit(_text[_pos + w.Length]) || _text[_pos + w.Length] == '_'));
    }

    bool TryEatWord(string w)
    {
        if (!StartsWithWord(w)) return false;
        _pos += w.Length;
        return true;
    }

    void Expect(char c)
    {
        if (!TryEat(c)) throw Error($"expected '{c}'");
    }

    SchemaParseException Error(string message) => new(message);
}
