using System.Text;
using TorchScriptSharp.Syntax;

namespace TorchScriptSharp.Runtime;

/// Renders a TorchScript call stack the way PyTorch does: per frame a `File "...", line N, in fn`
/// header, up to two lines of context before and after, and `~~~ <--- HERE` under the failing range.
/// Frames without a source range (nodes made by passes) are left out, as PyTorch leaves them out.
public static class Traceback
{
    const int ContextLines = 2;

    public static string Render(IReadOnlyList<ScriptFrame> frames)
    {
        var sb = new StringBuilder("Traceback of TorchScript (most recent call last):\n");
        foreach (var f in frames)
        {
            if (f.Range is not { } r) continue;
            sb.Append($"  File \"{r.Source.FileName}\", line {r.Line}, in {f.Name}\n");
            sb.Append(Highlight(r));
        }
        return sb.ToString();
    }

    /// The range's lines with a tilde row under each, surrounded by context lines; every line ends in '\n'.
    public static string Highlight(SourceRange r)
    {
        var src = r.Source;
        var (firstLine, firstCol) = src.LineColumn(r.Start);
        var (lastLine, _) = src.LineColumn(Math.Max(r.Start, r.End - 1));
        int before = Math.Max(0, firstLine - ContextLines), after = Math.Min(src.LineCount - 1, lastLine + ContextLines);
        // PyTorch's source is the function's own text, so its context never shows the blank lines
        // between functions; trimming blank edge lines gives the same excerpt from a whole file.
        while (before < firstLine && string.IsNullOrWhiteSpace(src.LineText(before))) before++;
        while (after > lastLine && string.IsNullOrWhiteSpace(src.LineText(after))) after--;

        var sb = new StringBuilder();
        for (int line = before; line < firstLine; line++) sb.Append(src.LineText(line)).Append('\n');
        var (endLine, endCol) = src.LineColumn(r.End);
        for (int line = firstLine; line <= lastLine; line++)
        {
            string text = src.LineText(line);
            int from = line == firstLine ? firstCol : text.Length - text.TrimStart().Length;
            int to = line == endLine ? Math.Min(endCol, text.Length) : text.Length;
            sb.Append(text).Append('\n');
            sb.Append(' ', from).Append('~', Math.Max(1, to - from));
            sb.Append(line == lastLine ? " <--- HERE\n" : "\n");
        }
        for (int line = lastLine + 1; line <= after; line++) sb.Append(src.LineText(line)).Append('\n');
        return sb.ToString();
    }
}
