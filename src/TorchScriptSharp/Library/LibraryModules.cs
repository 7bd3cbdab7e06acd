using System.Collections.Concurrent;
using System.Text.RegularExpressions;
using TorchScriptSharp.Compiler;
using TorchScriptSharp.Syntax;

namespace TorchScriptSharp.Library;

/// The parts of PyTorch's Python library that TorchScript code calls (`torch.nn.functional`...),
/// shipped as TorchScript source inside this assembly and compiled on first use, so calls to them
/// compile to the same qualified functions PyTorch's do (`__torch__.torch.nn.functional.dropout`).
public static class LibraryModules
{
    static readonly ConcurrentDictionary<string, Lazy<Module?>> Modules = new();

    /// A library module and its boolean-dispatch table (`max_pool2d(return_indices=...)`).
    public sealed record Module(CompilationUnit Unit, IReadOnlyDictionary<string, BooleanDispatch> Dispatch, IReadOnlyDictionary<string, string> Aliases);

    /// `max_pool2d return_indices 6 False max_pool2d_with_indices _max_pool2d`: which function a call
    /// means depends on a constant bool argument.
    public sealed record BooleanDispatch(string Name, string ArgName, int ArgIndex, bool Default, string IfTrue, string IfFalse);

    public static Module? Get(string moduleName) =>
        Modules.GetOrAdd(moduleName, name => new Lazy<Module?>(() => Load(name))).Value;

    static Module? Load(string moduleName)
    {
        var resource = "Library/" + moduleName.Replace('.', '/') + ".py";
        using var stream = typeof(LibraryModules).Assembly.GetManifestResourceStream(resource);
        if (stream == null) return null;
        var text = new StreamReader(stream).ReadToEnd();
        var source = new SourceText(text, moduleName.Replace('.', '/') + ".py");
        var unit = new CompilationUnit(Parser.ParseModule(source), moduleName) { IsLibrary = true };
        var dispatch = Regex.Matches(text, @"^# boolean_dispatch: (\w+) (\w+) (\d+) (True|False) (\w+) (\w+)\s*$", RegexOptions.Multiline)
            .Select(m => new BooleanDispatch(m.Groups[1].Value, m.Groups[2].Value, int.Parse(m.Groups[3].Value), m.Groups[4].Value == "True", m.Groups[5].Value, m.Groups[6].Value))
            .ToDictionary(d => d.Name);
        // `# alias: threshold _threshold`: the public name is another function (PyTorch's qualified name is the target's)
        var aliases = Regex.Matches(text, @"^# alias: (\w+) (\w+)\s*$", RegexOptions.Multiline).ToDictionary(m => m.Groups[1].Value, m => m.Groups[2].Value);
        return new Module(unit, dispatch, aliases);
    }
}
