namespace TorchScriptSharp.Tests.Serialization;

/// Locates tests/fixtures/serialization from the test binaries, wherever the build put them.
internal static class Fixtures
{
    public static readonly string Dir = Find();

    public static string Path(string name) => System.IO.Path.Combine(Dir, name);

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = System.IO.Path.Combine(dir.FullName, "tests", "fixtures", "serialization");
            if (Directory.Exists(candidate)) return candidate;
        }
        throw new DirectoryNotFoundException("tests/fixtures/serialization not found above " + AppContext.BaseDirectory);
    }
}
