namespace TorchScriptSharp.Syntax;

/// Turns Python source into tokens, including the NEWLINE / INDENT / DEDENT structure tokens.
/// In expression mode (annotation strings, type comments, f-string fields) the whole input behaves
/// as if it were inside brackets: newlines are whitespace and no indentation tokens are produced.
public sealed partial class Lexer
{
    /// Python's tokenizer refuses deeper nesting; the limit also keeps the parser's recursion bounded.
    const int MaxBracketDepth = 200;
    const int MaxIndentDepth = 100;

    readonly SourceText _source;
    readonly string _text;
    readonly int _end;
    readonly bool _expressionMode;
    readonly List<Token> _tokens = new();
    readonly Stack<int> _indents = new();
    readonly Stack<(char Open, int Offset)> _brackets = new();
    int _pos;
    bool _atLineStart = true;
    bool _lineHasTokens;

    public Lexer(SourceText source) : this(source, 0, source.Text.Length, expressionMode: false) { }

    public Lexer(SourceText source, int start, int end, bool expressionMode)
    {
        _source = source;
        _text = source.Text;
        _pos = start;
        _end = end;
        _expressionMode = expressionMode;
        _indents.Push(0);
    }

    public static IReadOnlyList<Token> Tokenize(SourceText source) => new Lexer(source).Run();

    public IReadOnlyList<Token> Run()
    {
        while (true)
        {
            if (_atLineStart && !_expressionMode && _brackets.Count == 0)
            {
                ReadIndentation();
                continue;
            }
            SkipSpaces();
            if (_pos >= _end) break;
            char c = _text[_pos];
            if (c == '#') { ReadComment(); continue; }
            if (c == '\n') { EndLine(); continue; }
            if (c == '\\') { ReadContinuation(); continue; }
            if (IsIdentifierStart(c)) { ReadNameOrString(); continue; }
            if (char.IsAsciiDigit(c) || (c == '.' && _pos + 1 < _end && char.IsAsciiDigit(_text[_pos + 1])))
            {
                ReadNumber();
                continue;
            }
            if (c == '"' || c == '\'') { ReadString(_pos, ""); continue; }
            ReadOperator();
        }
        Finish();
        return _tokens;
    }

    void Finish()
    {
        if (_brackets.Count > 0)
        {
            var (open, offset) = _brackets.Peek();
            throw new CompileError($"'{open}' was never closed", Range(offset, offset + 1));
        }
        if (!_expressionMode)
        {
            if (_lineHasTokens) Emit(TokenKind.Newline, _end, _end);
            while (_indents.Count > 1)
            {
                _indents.Pop();
                Emit(TokenKind.Dedent, _end, _end);
            }
        }
        Emit(TokenKind.EndOfFile, _end, _end);
    }

    /// Measures the indentation of a new logical line and emits INDENT/DEDENT; blank and
    /// comment-only lines do not count (Python ignores their indentation).
    void ReadIndentation()
    {
        int lineStart = _pos;
        int column = 0;
        while (_pos < _end)
        {
            char c = _text[_pos];
            if (c == ' ') column++;
            else if (c == '\t') column = (column / 8 + 1) * 8;
            else if (c == '\f') column = 0;
            else if (c == '\r') { }
            else break;
            _pos++;
        }
        if (_pos >= _end) { _atLineStart = false; return; }
        char next = _text[_pos];
        if (next == '#') { ReadComment(); return; }           // stays at line start
        if (next == '\n') { _pos++; return; }
        if (next == '\\' && IsContinuationAt(_pos)) { _atLineStart = false; return; }

        _atLineStart = false;
        int current = _indents.Peek();
        if (column > current)
        {
            if (_indents.Count >= MaxIndentDepth)
                throw new CompileError("too many levels of indentation", Range(lineStart, _pos));
            _indents.Push(column);
            Emit(TokenKind.Indent, lineStart, _pos);
        }
        else if (column < current)
        {
            while (_indents.Peek() > column)
            {
                _indents.Pop();
                Emit(TokenKind.Dedent, _pos, _pos);
            }
            if (_indents.Peek() != column)
                throw new CompileError("unindent does not match any outer indentation level", Range(lineStart, _pos));
        }
    }

    bool IsContinuationAt(int i)
    {
        i++;
        if (i < _end && _text[i] == '\r') i++;
        return i < _end && _text[i] == '\n';
    }

    void SkipSpaces()
    {
        while (_pos < _end)
        {
            char c = _text[_pos];
            if (c == ' ' || c == '\t' || c == '\f' || c == '\r') _pos++;
            else if (c == '\n' && (_expressionMode || _brackets.Count > 0)) _pos++;   // implicit line joining
            else break;
        }
    }

    void EndLine()
    {
        if (_lineHasTokens) Emit(TokenKind.Newline, _pos, _pos + 1);
        _lineHasTokens = false;
        _pos++;
        _atLineStart = true;
    }

    void ReadContinuation()
    {
        if (IsContinuationAt(_pos))
        {
            _pos++;
            if (_text[_pos] == '\r') _pos++;
            _pos++;
            return;
        }
        if (_pos + 1 >= _end)
            throw new CompileError("unexpected EOF while parsing", Range(_pos, _pos + 1));
        throw new CompileError("unexpected character after line continuation character", Range(_pos, _pos + 1));
    }

    /// Comments are dropped except `# type: ...` (not `# type: ignore`), which PyTorch reads as a
    /// function signature when it follows a `def` header.
    void ReadComment()
    {
        int start = _pos;
        while (_pos < _end && _text[_pos] != '\n') _pos++;
        int end = _pos;
        while (end > start && (_text[end - 1] == '\r' || _text[end - 1] == ' ' || _text[end - 1] == '\t')) end--;
        int i = start + 1;
        while (i < end && (_text[i] == ' ' || _text[i] == '\t')) i++;
        if (string.CompareOrdinal(_text, i, "type:", 0, 5) != 0 || i + 5 > end) return;
        i += 5;
        while (i < end && (_text[i] == ' ' || _text[i] == '\t')) i++;
        string body = _text[i..end];
        if (body.StartsWith("ignore", StringComparison.Ordinal)
            && (body.Length == 6 || body[6] is '[' or ' ' or '\t' or '#')) return;
        _tokens.Add(new Token(TokenKind.TypeComment, Range(i, end), body));
    }

    void ReadNameOrString()
    {
        int start = _pos;
        _pos++;
        while (_pos < _end && IsIdentifierPart(_text[_pos])) _pos++;
        string name = _text[start.._pos];
        if (_pos < _end && (_text[_pos] == '\'' || _text[_pos] == '"') && IsStringPrefix(name))
        {
            ReadString(start, name);
            return;
        }
        var kind = Keywords.ByName.TryGetValue(name, out var k) ? k : TokenKind.Name;
        Emit(kind, start, _pos);
    }

    static bool IsStringPrefix(string s) => s.ToLowerInvariant() is "r" or "b" or "u" or "f" or "rb" or "br" or "fr" or "rf";

    void ReadOperator()
    {
        int start = _pos;
        foreach (var (text, kind) in Keywords.Operators)
        {
            if (string.CompareOrdinal(_text, _pos, text, 0, text.Length) != 0 || _pos + text.Length > _end) continue;
            _pos += text.Length;
            TrackBrackets(text[0], start);
            Emit(kind, start, _pos);
            return;
        }
        char c = _text[_pos];
        string shown = char.IsControl(c) ? "" : $" '{c}'";
        throw new CompileError($"invalid character{shown} (U+{(int)c:X4})", Range(_pos, _pos + 1));
    }

    void TrackBrackets(char c, int offset)
    {
        switch (c)
        {
            case '(' or '[' or '{':
                if (_brackets.Count >= MaxBracketDepth)
                    throw new CompileError("too many nested parentheses", Range(offset, offset + 1));
                _brackets.Push((c, offset));
                break;
            case ')' or ']' or '}':
                if (_brackets.Count == 0)
                    throw new CompileError($"unmatched '{c}'", Range(offset, offset + 1));
                var (open, openOffset) = _brackets.Pop();
                char expected = open switch { '(' => ')', '[' => ']', _ => '}' };
                if (c != expected)
                {
                    int openLine = new SourceRange(_source, openOffset, openOffset).Line;
                    int closeLine = Range(offset, offset).Line;
                    string where = openLine != closeLine ? $" on line {openLine}" : "";
                    throw new CompileError($"closing parenthesis '{c}' does not match opening parenthesis '{open}'{where}",
                        Range(offset, offset + 1));
                }
                break;
        }
    }

    static bool IsIdentifierStart(char c) =>
        c == '_' || char.IsAsciiLetter(c) || (c > 127 && (char.IsLetter(c) || char.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.LetterNumber));

    static bool IsIdentifierPart(char c) =>
        IsIdentifierStart(c) || char.IsAsciiDigit(c) || (c > 127 && char.GetUnicodeCategory(c) is
            System.Globalization.UnicodeCategory.DecimalDigitNumber or System.Globalization.UnicodeCategory.NonSpacingMark
            or System.Globalization.UnicodeCategory.SpacingCombiningMark or System.Globalization.UnicodeCategory.ConnectorPunctuation);

    SourceRange Range(int start, int end) => new(_source, start, end);

    void Emit(TokenKind kind, int start, int end, object? value = null)
    {
        _tokens.Add(new Token(kind, Range(start, end), _text[start..end], value));
        if (kind is not (TokenKind.Newline or TokenKind.Indent or TokenKind.Dedent or TokenKind.EndOfFile))
            _lineHasTokens = true;
    }
}
