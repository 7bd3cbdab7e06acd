using System.Globalization;
using System.Text;

namespace TorchScriptSharp.IR;

public static partial class GraphParser
{
    /// Character-level reading of graph text: whitespace and `# ...` comments between tokens are
    /// skipped (the parser asks for a node's trailing comment explicitly, before skipping it).
    sealed class Reader
    {
        public Reader(string text) => Text = text;

        public string Text { get; }
        public int Pos;

        public bool AtEnd { get { SkipTrivia(); return Pos >= Text.Length; } }
        public char Peek() { SkipTrivia(); return Pos < Text.Length ? Text[Pos] : '\0'; }

        public void SkipTrivia()
        {
            while (Pos < Text.Length)
            {
                char c = Text[Pos];
                if (char.IsWhiteSpace(c)) Pos++;
                else if (c == '#') { while (Pos < Text.Length && Text[Pos] != '\n') Pos++; }
                else break;
            }
        }

        /// Skips spaces on the current line only and returns the `# ...` comment there, if any.
        public string? TrailingComment()
        {
            while (Pos < Text.Length && Text[Pos] is ' ' or '\t') Pos++;
            if (Pos >= Text.Length || Text[Pos] != '#') return null;
            int start = Pos + 1;
            while (Pos < Text.Length && Text[Pos] != '\n') Pos++;
            return Text[start..Pos].Trim();
        }

        public bool TryConsume(char c)
        {
            if (Peek() != c) return false;
            Pos++;
            return true;
        }

        public bool TryConsume(string s)
        {
            SkipTrivia();
            if (string.CompareOrdinal(Text, Pos, s, 0, s.Length) != 0) return false;
            Pos += s.Length;
            return true;
        }

        public void Expect(char c)
        {
            if (!TryConsume(c)) throw Error($"expected '{c}'");
        }

        public void Expect(string s)
        {
            if (!TryConsume(s)) throw Error($"expected '{s}'");
        }

        /// True when the next word is <paramref name="word"/> (not just a prefix of a longer name).
        public bool LookingAtWord(string word)
        {
            SkipTrivia();
            if (string.CompareOrdinal(Text, Pos, word, 0, word.Length) != 0) return false;
            int end = Pos + word.Length;
            return end >= Text.Length || !IsNameChar(Text[end]);
        }

        public static bool IsNameChar(char c) => char.IsLetterOrDigit(c) || c is '_' or '.';

        /// `%name` → `name`.
        public string ValueName()
        {
            Expect('%');
            int start = Pos;
            while (Pos < Text.Length && IsNameChar(Text[Pos])) Pos++;
            if (Pos == start) throw Error("expected a value name after '%'");
            return Text[start..Pos];
        }

        /// A word such as a node kind `aten::add` or `prim::fork_0`, or an attribute name.
        public string Word()
        {
            SkipTrivia();
            int start = Pos;
            while (Pos < Text.Length && (IsNameChar(Text[Pos]) || Text[Pos] == ':' && Pos + 1 < Text.Length && (Text[Pos + 1] == ':' || Pos > start && Text[Pos - 1] == ':')))
                Pos++;
            if (Pos == start) throw Error("expected a name");
            return Text[start..Pos];
        }

        public string QuotedString()
        {
            Expect('"');
            var bytes = new List<byte>();
            while (true)
            {
                if (Pos >= Text.Length) throw Error("unterminated string");
                char c = Text[Pos++];
                if (c == '"') break;
                if (c != '\\') { bytes.AddRange(Encoding.UTF8.GetBytes(c.ToString())); continue; }
                char e = Text[Pos++];
                switch (e)
                {
                    case 'n': bytes.Add((byte)'\n'); break;
                    case 't': bytes.Add((byte)'\t'); break;
                    case 'r': bytes.Add((byte)'\r'); break;
                    case 'a': bytes.Add(7); break;
                    case 'b': bytes.Add(8); break;
                    case 'f': bytes.Add(12); break;
                    case 'v': bytes.Add(11); break;
                    case >= '0' and <= '7':
                        int value = e - '0';
                        for (int k = 0; k < 2 && Pos < Text.Length && Text[Pos] is >= '0' and <= '7'; k++)
                            value = value * 8 + (Text[Pos++] - '0');
                        bytes.Add((byte)value);
                        break;
                    default: bytes.AddRange(Encoding.UTF8.GetBytes(e.ToString())); break; // \\ \' \"
                }
            }
            return Encoding.UTF8.GetString(bytes.ToArray());
        }

        /// A number as written by the printer: `3`, `-1`, `2.`, `-0.`, `1e+20`, `0.10000000000000001`,
        /// `inf`, `nan`. Returns a long when there is no '.', exponent or inf/nan.
        public object Number()
        {
            SkipTrivia();
            int start = Pos;
            if (Pos < Text.Length && Text[Pos] is '-' or '+') Pos++;
            if (TryWord("inf")) return Text[start] == '-' ? double.NegativeInfinity : double.PositiveInfinity;
            if (TryWord("nan")) return double.NaN;
            bool isFloat = false;
            while (Pos < Text.Length)
            {
                char c = Text[Pos];
                if (char.IsDigit(c)) Pos++;
                else if (c is '.' or 'e' or 'E') { isFloat = true; Pos++; if (c is 'e' or 'E' && Pos < Text.Length && Text[Pos] is '+' or '-') Pos++; }
                else break;
            }
            string s = Text[start..Pos];
            if (s.Length == 0 || s == "-") throw Error("expected a number");
            if (!isFloat) return long.Parse(s, CultureInfo.InvariantCulture);
            if (s.EndsWith('.')) s += "0";
            return double.Parse(s, CultureInfo.InvariantCulture);
        }

        bool TryWord(string w)
        {
            if (string.CompareOrdinal(Text, Pos, w, 0, w.Length) != 0) return false;
            Pos += w.Length;
            return true;
        }

        public FormatException Error(string message)
        {
            int p = Math.Min(Pos, Text.Length);
            int line = 1;
            for (int i = 0; i < p; i++) if (Text[i] == '\n') line++;
            int lineStart = Text.LastIndexOf('\n', Math.Max(0, p - 1)) + 1;
            if (p == 0) lineStart = 0;
            int lineEnd = Text.IndexOf('\n', p);
            if (lineEnd < 0) lineEnd = Text.Length;
            return new FormatException($"graph text line {line}, column {p - lineStart}: {message}\n{Text[lineStart..lineEnd]}\n{new string(' ', Math.Max(0, p - lineStart))}^");
        }
    }
}
