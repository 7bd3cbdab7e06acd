using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using TorchScriptSharp.Eager;

namespace TorchScriptSharp.Tests.Eager;

/// Runs Python source in a fresh evaluator and captures what it prints.
static class Py
{
    public static string Dir([CallerFilePath] string path = "") => Path.GetDirectoryName(path)!;

    public static (EagerInterpreter Interp, string Output) Run(string source, string file = "test.py")
    {
        var interp = new EagerInterpreter();
        var output = new StringWriter();
        interp.Stdout = output;
        interp.Stderr = output;
        interp.Run(source, file);
        return (interp, output.ToString());
    }

    public static string Output(string source) => Run(source).Output;

    /// `### name` sections of a file.
    public static Dictionary<string, string> Sections(string file)
    {
        var text = File.ReadAllText(Path.Combine(Dir(), file));
        var parts = Regex.Split(text, @"^### (\w+)\n", RegexOptions.Multiline);
        var result = new Dictionary<string, string>();
        for (int i = 1; i + 1 < parts.Length; i += 2) result[parts[i]] = parts[i + 1];
        return result;
    }
}
