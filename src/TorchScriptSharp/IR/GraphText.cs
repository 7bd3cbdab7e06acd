using System.Text;

namespace TorchScriptSharp.IR;

/// Text-level helpers for comparing `.graph` output with expected text (PyTorch goldens or
/// hand-written graphs): two graphs are the same up to value naming iff their normalized texts are equal.
public static class GraphText
{
    /// Renames every value, in order of first appearance, to `%0`, `%1`, ...; removes the
    /// `# file:line:col` comments and trailing spaces. Text inside string literals is left alone.
    public static string Normalize(string graphText)
    {
        var names = new Dictionary<string, int>();
        var sb = new StringBuilder();
        foreach (var rawLine in SplitLines(graphText))
        {
            var line = StripComment(rawLine).TrimEnd();
            bool inString = false;
            for (int i = 0; i < line.Length; i++)
            {
                char c = line[i];
                if (inString)
                {
                    sb.Append(c);
                    if (c == '\\' && i + 1 < line.Length) sb.Append(line[++i]);
                    else if (c == '"') inString = false;
                    continue;
                }
                if (c == '"') { inString = true; sb.Append(c); continue; }
                if (c == '%')
                {
                    int start = i + 1, end = start;
                    while (end < line.Length && (char.IsLetterOrDigit(line[end]) || line[end] is '_' or '.')) end++;
                    string name = line[start..end];
                    if (!names.TryGetValue(name, out int id)) names[name] = id = names.Count;
                    sb.Append('%').Append(id);
                    i = end - 1;
                    continue;
                }
                sb.Append(c);
            }
            sb.Append('\n');
        }
        return sb.ToString().TrimEnd('\n') + "\n";
    }

    /// Removes the `# ...` comments (source locations) that follow nodes.
    public static string StripComments(string graphText) =>
        string.Join("\n", SplitLines(graphText).Select(l => StripComment(l).TrimEnd())).TrimEnd('\n') + "\n";

    static IEnumerable<string> SplitLines(string text) => text.Replace("\r\n", "\n").Split('\n');

    /// The line without a `#` comment that is outside string literals.
    static string StripComment(string line)
    {
        bool inString = false;
        for (int i = 0; i < line.Length; i++)
        {
            char c = line[i];
            if (inString)
            {
                if (c == '\\') i++;
                else if (c == '"') inString = false;
            }
            else if (c == '"') inString = true;
            else if (c == '#') return line[..i];
        }
        return line;
    }
}
