using System.Text;

namespace TorchScriptSharp.Syntax;

/// Decodes the escape sequences of a (non-raw) string literal body. Unknown escapes are kept
/// verbatim, as Python does. For bytes, \u and \U are not escapes and non-ASCII characters are errors.
public static class StringDecoder
{
    public static string Decode(SourceText source, int start, int end, bool isRaw, bool isBytes)
    {
        string text = source.Text;
        var sb = new StringBuilder(end - start);
        for (int i = start; i < end; i++)
        {
            char c = text[i];
            if (isBytes && c > 127)
                throw new CompileError("bytes can only contain ASCII literal characters", new SourceRange(source, i, i + 1));
            if (c == '\r' && i + 1 < end && text[i + 1] == '\n') continue;   // normalize CRLF inside triple quotes
            if (c != '\\' || isRaw || i + 1 >= end)
            {
                sb.Append(c);
                if (isRaw && c == '\\' && i + 1 < end) sb.Append(text[++i]);   // `r"\""`: keep both chars
                continue;
            }
            int escStart = i;
            char e = text[++i];
            switch (e)
            {
                case '\n': break;   // backslash-newline joins lines inside a literal
                case '\r':
                    if (i + 1 < end && text[i + 1] == '\n') i++;
                    break;
                case '\\': sb.Append('\\'); break;
                case '\'': sb.Append('\''); break;
                case '"': sb.Append('"'); break;
                case 'a': sb.Append('\a'); break;
                case 'b': sb.Append('\b'); break;
                case 'f': sb.Append('\f'); break;
                case 'n': sb.Append('\n'); break;
                case 'r': sb.Append('\r'); break;
                case 't': sb.Append('\t'); break;
                case 'v': sb.Append('\v'); break;
                case >= '0' and <= '7':
                {
                    int value = 0, n = 0;
                    while (n < 3 && i < end && text[i] is >= '0' and <= '7')
                    {
                        value = value * 8 + (text[i] - '0');
                        i++;
                        n++;
                    }
                    i--;
                    if (isBytes) value &= 0xFF;
                    sb.Append((char)value);
                    break;
                }
                case 'x':
                    i = AppendHex(source, sb, escStart, i, end, 2, "\\xXX");
                    break;
                case 'u' when !isBytes:
                    i = AppendHex(source, sb, escStart, i, end, 4, "\\uXXXX");
                    break;
                case 'U' when !isBytes:
                    i = AppendHex(source, sb, escStart, i, end, 8, "\\UXXXXXXXX");
                    break;
                default:
                    sb.Append('\\').Append(e);
                    break;
            }
        }
        return sb.ToString();
    }

    /// Reads exactly `digits` hex digits after position i; returns the index of the last one consumed.
    static int AppendHex(SourceText source, StringBuilder sb, int escStart, int i, int end, int digits, string form)
    {
        string text = source.Text;
        int value = 0;
        for (int k = 1; k <= digits; k++)
        {
            if (i + k >= end || !char.IsAsciiHexDigit(text[i + k]))
                throw new CompileError($"(unicode error) truncated {form} escape",
                    new SourceRange(source, escStart, Math.Min(end, i + k + 1)));
            value = value * 16 + Convert.ToInt32(text[i + k].ToString(), 16);
        }
        if (value > 0x10FFFF)
            throw new CompileError("(unicode error) illegal Unicode character", new SourceRange(source, escStart, i + digits + 1));
        sb.Append(char.ConvertFromUtf32(value >= 0xD800 && value <= 0xDFFF ? 0xFFFD : value));
        return i + digits;
    }
}
