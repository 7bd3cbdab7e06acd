namespace TorchScriptSharp.Syntax;

/// String literals of every quote form and prefix. The lexer only finds where a literal ends; the
/// body is decoded by StringDecoder / FStringParser in the parser.
public sealed partial class Lexer
{
    void ReadString(int start, string prefix)
    {
        string p = prefix.ToLowerInvariant();
        char quote = _text[_pos];
        bool triple = _pos + 2 < _end && _text[_pos + 1] == quote && _text[_pos + 2] == quote;
        int quoteLength = triple ? 3 : 1;
        _pos += quoteLength;
        int bodyStart = _pos;
        while (true)
        {
            if (_pos >= _end) throw Unterminated(start, triple);
            char c = _text[_pos];
            if (c == '\\')
            {
                // A backslash always protects the next character from ending the literal, even in raw strings.
                _pos += 2;
                continue;
            }
            if (c == '\n' && !triple) throw Unterminated(start, triple);
            if (c == quote && (!triple || (_pos + 2 < _end && _text[_pos + 1] == quote && _text[_pos + 2] == quote)))
                break;
            _pos++;
        }
        int bodyEnd = _pos;
        _pos += quoteLength;
        var info = new StringTokenInfo(p.Contains('r'), p.Contains('b'), p.Contains('f'), quoteLength, bodyStart, bodyEnd);
        Emit(TokenKind.String, start, _pos, info);
    }

    CompileError Unterminated(int start, bool triple)
    {
        int line = Range(Math.Min(_pos, _end), Math.Min(_pos, _end)).Line;
        string what = triple ? "unterminated triple-quoted string literal" : "unterminated string literal";
        return new CompileError($"{what} (detected at line {line})", Range(start, start + 1));
    }
}
