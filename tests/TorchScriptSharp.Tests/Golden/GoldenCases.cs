using System.Text.RegularExpressions;

namespace TorchScriptSharp.Tests.Golden;

/// Locates the PyTorch-generated golden files (tests/golden, written by tests/golden/generate.py).
public static class GoldenCases
{
    public static string RepoRoot { get; } = FindRoot();

    static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir != null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "TorchScriptSharp.sln"))) return dir.FullName;
        throw new InvalidOperationException("repository root (TorchScriptSharp.sln) not found");
    }

    public static string FunctionsDir => Path.Combine(RepoRoot, "tests", "golden", "functions");
    public static string ErrorsDir => Path.Combine(RepoRoot, "tests", "golden", "errors");

    public static IEnumerable<object[]> Functions() => Stems(FunctionsDir).Select(s => new object[] { s });
    public static IEnumerable<object[]> Errors() => Stems(ErrorsDir).Select(s => new object[] { s });

    static IEnumerable<string> Stems(string dir) =>
        Directory.GetFiles(dir, "*.py").Select(Path.GetFileNameWithoutExtension).OrderBy(s => s, StringComparer.Ordinal)!;

    /// The path PyTorch saw, relative to the repository root, so `.graph` comments and messages match.
    public static string RelativePath(string dir, string stem) => Path.GetRelativePath(RepoRoot, Path.Combine(dir, stem + ".py")).Replace('\\', '/');

    /// The entry function: `# entry: NAME`, else the last top-level def.
    public static string EntryName(string source)
    {
        var entry = Regex.Match(source, @"^# entry:\s*(\w+)", RegexOptions.Multiline);
        if (entry.Success) return entry.Groups[1].Value;
        return Regex.Matches(source, @"^def\s+(\w+)", RegexOptions.Multiline).Last().Groups[1].Value;
    }
}
