namespace TorchScriptSharp.Syntax;

/// The text of one source file plus its name, with a line index so offsets map to line/column.
public sealed class SourceText
{
    readonly int[] _lineStarts;

    public SourceText(string text, string fileName = "<string>", int firstLine = 1)
    {
        Text = text;
        FileName = fileName;
        FirstLine = firstLine;
        var starts = new List<int> { 0 };
        for (int i = 0; i < text.Length; i++)
            if (text[i] == '\n') starts.Add(i + 1);
        _lineStarts = starts.ToArray();
    }

    public string Text { get; }
    public string FileName { get; }
    /// Line number of the first line of Text (1-based), so a function cut out of a file keeps its line numbers.
    public int FirstLine { get; }

    /// 0-based line index within Text and 0-based column of an offset.
    public (int Line, int Column) LineColumn(int offset)
    {
        int line = Array.BinarySearch(_lineStarts, offset);
        if (line < 0) line = ~line - 1;
        return (line, offset - _lineStarts[line]);
    }

    public string LineText(int lineIndex)
    {
        int start = _lineStarts[lineIndex];
        int end = lineIndex + 1 < _lineStarts.Length ? _lineStarts[lineIndex + 1] : Text.Length;
        return Text[start..end].TrimEnd('\n', '\r');
    }

    public int LineCount => _lineStarts.Length;

    /// Offset of the first character of a 0-based line.
    public int LineStart(int lineIndex) => _lineStarts[lineIndex];
}
