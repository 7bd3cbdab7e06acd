using System.Globalization;
using System.Numerics;

namespace TorchScriptSharp.Syntax;

/// Numeric literals: decimal/hex/octal/binary ints with underscores, floats, imaginary numbers.
public sealed partial class Lexer
{
    void ReadNumber()
    {
        int start = _pos;
        if (_text[_pos] == '0' && _pos + 1 < _end && char.ToLowerInvariant(_text[_pos + 1]) is 'x' or 'o' or 'b')
        {
            ReadRadixInteger(start);
            return;
        }

        bool isFloat = false;
        if (_text[_pos] != '.') ReadDigits(start, "decimal", char.IsAsciiDigit, allowLeadingUnderscore: false);
        if (_pos < _end && _text[_pos] == '.')
        {
            isFloat = true;
            _pos++;
            if (_pos < _end && char.IsAsciiDigit(_text[_pos]))
                ReadDigits(start, "decimal", char.IsAsciiDigit, allowLeadingUnderscore: false);
        }
        if (_pos < _end && _text[_pos] is 'e' or 'E')
        {
            int save = _pos;
            _pos++;
            if (_pos < _end && _text[_pos] is '+' or '-') _pos++;
            if (_pos < _end && char.IsAsciiDigit(_text[_pos]))
            {
                isFloat = true;
                ReadDigits(start, "decimal", char.IsAsciiDigit, allowLeadingUnderscore: false);
            }
            else
            {
                _pos = save;
                throw new CompileError("invalid decimal literal", Range(start, save + 1));
            }
        }
        bool imaginary = false;
        if (_pos < _end && _text[_pos] is 'j' or 'J') { imaginary = true; _pos++; }
        if (_pos < _end && IsIdentifierPart(_text[_pos]))
            throw new CompileError(imaginary ? "invalid imaginary literal" : "invalid decimal literal", Range(start, _pos + 1));

        string text = _text[start.._pos];
        string clean = text.Replace("_", "");
        if (imaginary)
        {
            Emit(TokenKind.Imaginary, start, _pos, ParseDouble(clean[..^1]));
        }
        else if (isFloat)
        {
            Emit(TokenKind.Float, start, _pos, ParseDouble(clean));
        }
        else
        {
            if (clean.Length > 1 && clean[0] == '0' && clean.Any(ch => ch != '0'))
                throw new CompileError("leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers",
                    Range(start, _pos));
            Emit(TokenKind.Int, start, _pos, BigInteger.Parse(clean, CultureInfo.InvariantCulture));
        }
    }

    static double ParseDouble(string s) => double.Parse(s, NumberStyles.Float, CultureInfo.InvariantCulture);

    void ReadRadixInteger(int start)
    {
        char kind = char.ToLowerInvariant(_text[_pos + 1]);
        _pos += 2;
        var (name, radix, isDigit) = kind switch
        {
            'x' => ("hexadecimal", 16, (Func<char, bool>)char.IsAsciiHexDigit),
            'o' => ("octal", 8, c => c is >= '0' and <= '7'),
            _ => ("binary", 2, (Func<char, bool>)(c => c is '0' or '1')),
        };
        ReadDigits(start, name, isDigit, allowLeadingUnderscore: true);
        if (_pos < _end && (IsIdentifierPart(_text[_pos]) || _text[_pos] == '.'))
            throw new CompileError($"invalid {name} literal", Range(start, _pos + 1));
        BigInteger value = BigInteger.Zero;
        foreach (char c in _text.AsSpan(start + 2, _pos - start - 2))
            if (c != '_') value = value * radix + Convert.ToInt32(c.ToString(), 16);
        Emit(TokenKind.Int, start, _pos, value);
    }

    /// Digits with single underscores between them (and, after a radix prefix, one leading underscore).
    void ReadDigits(int literalStart, string name, Func<char, bool> isDigit, bool allowLeadingUnderscore)
    {
        int count = 0;
        if (allowLeadingUnderscore && _pos < _end && _text[_pos] == '_') _pos++;
        while (_pos < _end)
        {
            char c = _text[_pos];
            if (isDigit(c)) { count++; _pos++; continue; }
            if (c == '_')
            {
                if (_pos + 1 < _end && isDigit(_text[_pos + 1])) { _pos++; continue; }
                throw new CompileError($"invalid {name} literal", Range(literalStart, _pos + 1));
            }
            break;
        }
        if (count == 0)
            throw new CompileError($"invalid {name} literal", Range(literalStart, Math.Min(_pos + 1, _end)));
    }
}
