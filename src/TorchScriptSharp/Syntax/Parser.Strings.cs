using System.Text;
using TorchScriptSharp.Syntax.Ast;

namespace TorchScriptSharp.Syntax;

/// Adjacent string literals concatenate (`"a" "b"`, also across lines inside brackets). If any piece
/// is an f-string the result is an FStringLiteral; mixing bytes and str is an error.
public sealed partial class Parser
{
    Expr ParseStrings()
    {
        var pieces = new List<Token>();
        while (At(TokenKind.String)) pieces.Add(Next());
        var range = From(pieces[0].Range.Start);

        bool anyBytes = pieces.Any(p => Info(p).IsBytes);
        if (anyBytes && pieces.Any(p => !Info(p).IsBytes))
            throw Error("cannot mix bytes and nonbytes literals", range);

        if (!pieces.Any(p => Info(p).IsFormat))
        {
            var sb = new StringBuilder();
            foreach (var p in pieces)
            {
                var info = Info(p);
                sb.Append(StringDecoder.Decode(_source, info.BodyStart, info.BodyEnd, info.IsRaw, info.IsBytes));
            }
            return new StringLiteral(range, sb.ToString(), anyBytes);
        }

        var parts = new List<FStringPart>();
        foreach (var p in pieces)
        {
            var info = Info(p);
            if (info.IsFormat)
            {
                parts.AddRange(new FStringParser(_source, info.IsRaw).ParseParts(info.BodyStart, info.BodyEnd));
            }
            else
            {
                string text = StringDecoder.Decode(_source, info.BodyStart, info.BodyEnd, info.IsRaw, false);
                parts.Add(new FStringText(new SourceRange(_source, info.BodyStart, info.BodyEnd), text));
            }
        }
        return new FStringLiteral(range, MergeText(parts));
    }

    static StringTokenInfo Info(Token t) => (StringTokenInfo)t.Value!;

    /// Adjacent text parts become one, and empty text parts disappear.
    internal static List<FStringPart> MergeText(List<FStringPart> parts)
    {
        var merged = new List<FStringPart>();
        foreach (var part in parts)
        {
            if (part is FStringText { Text.Length: 0 }) continue;
            if (part is FStringText t && merged.Count > 0 && merged[^1] is FStringText prev)
                merged[^1] = new FStringText(prev.Range.To(t.Range), prev.Text + t.Text);
            else
                merged.Add(part);
        }
        return merged;
    }
}
