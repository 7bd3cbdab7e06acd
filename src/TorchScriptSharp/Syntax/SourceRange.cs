namespace TorchScriptSharp.Syntax;

/// A span [Start, End) of a source file. Printed as `file:line:col` (1-based line, 0-based column),
/// the way PyTorch prints ranges in `.graph` comments.
public readonly record struct SourceRange(SourceText Source, int Start, int End)
{
    public int Line => Source.FirstLine + Source.LineColumn(Start).Line;
    public int Column => Source.LineColumn(Start).Column;

    public override string ToString() => $"{Source.FileName}:{Line}:{Column}";

    public SourceRange To(SourceRange end) => new(Source, Start, Math.Max(End, end.End));

    /// The source line(s) of this range with a caret row under the span, e.g.
    /// <code>
    ///   return x + y
    ///          ~~~~~ &lt;--- HERE
    /// </code>
    public string Excerpt()
    {
        var (line, col) = Source.LineColumn(Start);
        var text = Source.LineText(line);
        int lineEnd = col + (text.Length - col);
        int width = Math.Max(1, Math.Min(End, Start + (lineEnd - col)) - Start);
        var sb = new System.Text.StringBuilder();
        sb.Append(text).Append('\n');
        sb.Append(' ', col).Append('~', width).Append(" <--- HERE");
        return sb.ToString();
    }
}
