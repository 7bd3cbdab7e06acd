using TorchScriptSharp.Syntax.Ast;

namespace TorchScriptSharp.Syntax;

/// Splits an f-string body into text and `{expr!c:spec}` fields. Field expressions are parsed by the
/// real expression parser over their exact source span, so their ranges point into the file.
/// Follows pre-3.12 rules: the literal already ended at its closing quote, so a field cannot reuse it.
sealed class FStringParser
{
    /// Python allows a replacement field inside a format spec, but not deeper.
    const int MaxSpecNesting = 2;

    readonly SourceText _source;
    readonly string _text;
    readonly bool _isRaw;

    public FStringParser(SourceText source, bool isRaw)
    {
        _source = source;
        _text = source.Text;
        _isRaw = isRaw;
    }

    public List<FStringPart> ParseParts(int start, int end) => Parser.MergeText(ParseParts(start, end, 0, out _));

    /// Parses [start, end) until the end or, inside a format spec (nesting > 0), an unmatched `}`.
    /// Returns the parts and where parsing stopped.
    List<FStringPart> ParseParts(int start, int end, int nesting, out int stop)
    {
        var parts = new List<FStringPart>();
        int textStart = start;
        int i = start;
        var literal = new System.Text.StringBuilder();
        int literalStart = start;

        void FlushText(int upTo)
        {
            if (literal.Length == 0) literalStart = textStart;
            if (upTo > textStart)
                literal.Append(nesting > 0 ? _text[textStart..upTo] : StringDecoder.Decode(_source, textStart, upTo, _isRaw, false));
            if (literal.Length > 0)
                parts.Add(new FStringText(new SourceRange(_source, literalStart, upTo), literal.ToString()));
            literal.Clear();
        }

        while (i < end)
        {
            char c = _text[i];
            if (c == '\\' && !_isRaw && i + 1 < end) { i += 2; continue; }   // escapes are decoded with the text
            if (c == '{')
            {
                if (nesting == 0 && i + 1 < end && _text[i + 1] == '{')
                {
                    FlushText(i + 1);      // keep one brace
                    textStart = i + 2;
                    i += 2;
                    continue;
                }
                FlushText(i);
                i = ParseField(i, end, nesting, parts);
                textStart = i;
                continue;
            }
            if (c == '}')
            {
                if (nesting > 0) break;
                if (i + 1 < end && _text[i + 1] == '}')
                {
                    FlushText(i + 1);
                    textStart = i + 2;
                    i += 2;
                    continue;
                }
                throw new CompileError("f-string: single '}' is not allowed", new SourceRange(_source, i, i + 1));
            }
            i++;
        }
        FlushText(Math.Min(i, end));
        stop = i;
        return parts;
    }

    /// Parses the field starting at the `{` at position open; returns the position after its `}`.
    int ParseField(int open, int end, int nesting, List<FStringPart> parts)
    {
        if (nesting >= MaxSpecNesting)
            throw Error("f-string: expressions nested too deeply", open, open + 1);
        int exprStart = open + 1;
        int i = ScanExpressionEnd(exprStart, end);
        if (_text.AsSpan(exprStart, i - exprStart).IsWhiteSpace())
            throw Error("f-string: empty expression not allowed", open, Math.Min(i + 1, end));
        int exprEnd = i;
        var value = Parser.ParseExpression(_source, exprStart, exprEnd);

        int docEnd = i;
        bool selfDocumenting = false;
        if (_text[i] == '=')
        {
            selfDocumenting = true;
            i++;
            while (i < end && char.IsWhiteSpace(_text[i])) i++;
            docEnd = i;
            if (i >= end) throw Error("f-string: expecting '}'", open, open + 1);
        }
        char? conversion = null;
        if (_text[i] == '!')
        {
            if (i + 1 >= end || _text[i + 1] is not ('s' or 'r' or 'a'))
                throw Error("f-string: invalid conversion character: expected 's', 'r', or 'a'", i, Math.Min(i + 2, end));
            conversion = _text[i + 1];
            i += 2;
            if (i >= end || _text[i] is not (':' or '}'))
                throw Error("f-string: expecting '}'", open, open + 1);
        }
        string? spec = null;
        List<FStringPart>? specParts = null;
        if (_text[i] == ':')
        {
            int specStart = i + 1;
            var nested = ParseParts(specStart, end, nesting + 1, out int stop);
            spec = _text[specStart..stop];
            if (nested.Any(p => p is FStringField)) specParts = Parser.MergeText(nested);
            i = stop;
        }
        if (i >= end || _text[i] != '}')
            throw Error("f-string: expecting '}'", open, open + 1);
        i++;

        if (selfDocumenting)
        {
            parts.Add(new FStringText(new SourceRange(_source, exprStart, docEnd), _text[exprStart..docEnd]));
            if (conversion is null && spec is null) conversion = 'r';
        }
        parts.Add(new FStringField(new SourceRange(_source, open, i), value, conversion, spec, specParts));
        return i;
    }

    /// Finds where a field's expression ends: a top-level `}`, `!` (not `!=`), `:` or a
    /// self-documenting `=`. Nested brackets and quoted strings are skipped.
    int ScanExpressionEnd(int i, int end)
    {
        int depth = 0;
        while (i < end)
        {
            char c = _text[i];
            switch (c)
            {
                case '\'' or '"':
                    i = SkipQuoted(i, end);
                    continue;
                case '(' or '[' or '{':
                    depth++;
                    break;
                case ')' or ']':
                    if (depth == 0) throw Error($"f-string: unmatched '{c}'", i, i + 1);
                    depth--;
                    break;
                case '}':
                    if (depth == 0) return i;
                    depth--;
                    break;
                case '!' when depth == 0 && !(i + 1 < end && _text[i + 1] == '='):
                    return i;
                case ':' when depth == 0:
                    return i;
                case '=' when depth == 0 && !(i + 1 < end && _text[i + 1] == '=') && !(i > 0 && _text[i - 1] is '=' or '!' or '<' or '>'):
                    return i;
                case '#':
                    throw Error("f-string expression part cannot include '#'", i, i + 1);
                case '\\':
                    throw Error("f-string expression part cannot include a backslash", i, i + 1);
            }
            i++;
        }
        throw Error("f-string: expecting '}'", i - 1, i);
    }

    int SkipQuoted(int i, int end)
    {
        char q = _text[i];
        bool triple = i + 2 < end && _text[i + 1] == q && _text[i + 2] == q;
        int j = i + (triple ? 3 : 1);
        while (j < end)
        {
            if (_text[j] == q && (!triple || (j + 2 < end && _text[j + 1] == q && _text[j + 2] == q)))
                return j + (triple ? 3 : 1);
            j++;
        }
        throw Error("f-string: unterminated string", i, i + 1);
    }

    CompileError Error(string message, int start, int end) => new(message, new SourceRange(_source, Math.Max(0, start), Math.Max(start, end)));
}
