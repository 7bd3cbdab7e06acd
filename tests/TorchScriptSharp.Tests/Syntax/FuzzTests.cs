using TorchScriptSharp.Syntax;

namespace TorchScriptSharp.Tests.Syntax;

/// Whatever the input, parsing must end, and the only failure allowed is a CompileError with a
/// range inside the text.
public class FuzzTests
{
    static void ParseOrCompileError(string text)
    {
        try
        {
            Parser.ParseModule(text);
        }
        catch (CompileError e)
        {
            Assert.InRange(e.Range.Start, 0, text.Length);
            Assert.InRange(e.Range.End, e.Range.Start, text.Length + 1);
            _ = e.FullMessage;   // rendering the excerpt must not throw either
        }
        catch (Exception e)
        {
            Assert.Fail($"{e.GetType().Name}: {e.Message}\n--- input ---\n{text}\n---\n{e.StackTrace}");
        }
    }

    static void RunWithin(TimeSpan limit, Action action)
    {
        var task = Task.Run(action);
        Assert.True(task.Wait(limit), "parsing did not terminate");
    }

    static readonly string[] Fragments =
    {
        "(", ")", "[", "]", "{", "}", ":", ",", ";", ".", "...", "=", "==", ":=", "->", "**", "*", "@", "\\\n", "\n", "    ", "\t",
        "#", "# type: (int) -> int\n", "'", "\"", "'''", "f'{", "}", "{x!r:>3}", "if ", "else ", "elif ", "def ", "class ", "lambda ",
        "for ", "in ", "not ", "is ", "and ", "or ", "return ", "yield ", "await ", "async ", "with ", "as ", "try:", "except ",
        "finally:", "import ", "from ", "x", "y1", "0x", "1_", "1.5e", "2j", "0b", "None", "True", "!", "$", "é", "\r\n", "\\",
    };

    [Fact]
    public void TruncatedSamplesOnlyThrowCompileError() => RunWithin(TimeSpan.FromSeconds(60), () =>
    {
        var text = SampleSources.Model;
        for (int cut = 0; cut <= text.Length; cut += 7) ParseOrCompileError(text[..cut]);
    });

    [Fact]
    public void MutatedSamplesOnlyThrowCompileError() => RunWithin(TimeSpan.FromSeconds(60), () =>
    {
        var rng = new Random(1234);
        var text = SampleSources.Model;
        for (int round = 0; round < 1500; round++)
        {
            var chars = text.ToCharArray().ToList();
            int edits = rng.Next(1, 4);
            for (int e = 0; e < edits; e++)
            {
                int at = rng.Next(chars.Count);
                switch (rng.Next(3))
                {
                    case 0: chars.RemoveAt(at); break;
                    case 1: chars.InsertRange(at, Fragments[rng.Next(Fragments.Length)]); break;
                    default: chars[at] = (char)rng.Next(32, 127); break;
                }
            }
            ParseOrCompileError(new string(chars.ToArray()));
        }
    });

    [Fact]
    public void RandomFragmentSoupOnlyThrowsCompileError() => RunWithin(TimeSpan.FromSeconds(60), () =>
    {
        var rng = new Random(42);
        for (int round = 0; round < 3000; round++)
        {
            var sb = new System.Text.StringBuilder();
            int n = rng.Next(1, 25);
            for (int i = 0; i < n; i++) sb.Append(Fragments[rng.Next(Fragments.Length)]).Append(rng.Next(3) == 0 ? " " : "");
            ParseOrCompileError(sb.ToString());
        }
    });

    [Theory]
    [InlineData("(", 500, "x", ")")]
    [InlineData("-", 100000, "x", "")]
    [InlineData("not ", 50000, "x", "")]
    [InlineData("~", 100000, "x", "")]
    [InlineData("lambda: ", 20000, "1", "")]
    [InlineData("x if y else ", 20000, "z", "")]
    [InlineData("2 ** ", 50000, "2", "")]
    [InlineData("await ", 50000, "x", "")]
    public void DeepNestingIsACompileErrorNotACrash(string open, int count, string middle, string close) =>
        RunWithin(TimeSpan.FromSeconds(60), () =>
        {
            var text = "x = " + string.Concat(Enumerable.Repeat(open, count)) + middle + string.Concat(Enumerable.Repeat(close, count));
            ParseOrCompileError(text);
        });

    [Fact]
    public void DeepIndentationIsACompileError()
    {
        var sb = new System.Text.StringBuilder();
        for (int i = 0; i < 150; i++) sb.Append(new string(' ', i)).Append("if x:\n");
        sb.Append(new string(' ', 150)).Append("pass\n");
        var e = Assert.Throws<CompileError>(() => Parser.ParseModule(sb.ToString()));
        Assert.Equal("too many levels of indentation", e.Message);
    }

    [Fact]
    public void ModeratelyDeepCodeStillParses()
    {
        var expr = string.Concat(Enumerable.Repeat("(", 150)) + "x" + string.Concat(Enumerable.Repeat(")", 150));
        Assert.Equal("x", AstPrinter.Print(Parser.ParseExpression(expr)));
        var sb = new System.Text.StringBuilder();
        for (int i = 0; i < 50; i++) sb.Append(new string(' ', i)).Append("if x:\n");
        sb.Append(new string(' ', 50)).Append("pass\n");
        Assert.Single(Parser.ParseModule(sb.ToString()).Body);
    }
}
