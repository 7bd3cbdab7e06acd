using TorchScriptSharp.Compiler;
using TorchScriptSharp.Eager;
using TorchScriptSharp.Modules;
using TorchScriptSharp.Syntax;

namespace TorchScriptSharp;

public static partial class jit
{
    /// torch.jit.script on a module: runs <paramref name="source"/> eagerly (as CPython would),
    /// builds the instance with <paramref name="constructor"/> (e.g. `MyModule(3, 4)`), optionally
    /// loads a state dict into it, and scripts it. A named file is imported as a module of its
    /// stem's name, as `import model` would (so its `if __name__ == "__main__":` block does not run).
    /// <paramref name="importPath"/> lists directories where the file's own imports are found (Python's
    /// sys.path); classes from those modules are scripted from their sources too. With
    /// <paramref name="seed"/>, torch's generator is seeded (`torch.manual_seed(seed)`) just before the
    /// constructor runs, so its initialisers draw PyTorch's values.
    public static ScriptModule script_module(string source, string constructor, string fileName = "<string>", object? stateDict = null, bool eval = false,
        IEnumerable<string>? importPath = null, long? seed = null)
    {
        var py = Session(source, fileName, null, importPath);
        var stem = Stem(fileName);
        var moduleName = ModuleNameOf(fileName);
        if (seed != null) TorchSharp.torch.manual_seed(seed.Value);
        if (py.Evaluate(constructor) is not PyInstance instance) throw new ArgumentException($"'{constructor}' did not create a module instance");
        if (stateDict != null) py.CallMethod(instance, "load_state_dict", stateDict);
        if (eval) py.CallMethod(instance, "eval");
        var userUnit = new CompilationUnit(Parser.ParseModule(new SourceText(source, fileName)), stem);
        var importedUnits = new Dictionary<string, CompilationUnit>();
        CompilationUnit? UnitFor(string module)
        {
            if (module == moduleName) return userUnit;
            if (Library.LibraryModules.Get(module) is { } library) return library.Unit;
            if (importedUnits.TryGetValue(module, out var unit)) return unit;
            if (py.ModuleSource(module) is not { } imported) return null;
            return importedUnits[module] = new CompilationUnit(Parser.ParseModule(new SourceText(imported.Text, imported.FileName)), module);
        }
        return new ModuleScripter(UnitFor, py).Script(instance);
    }

    /// Runs <paramref name="source"/> eagerly, a named file as the module its stem names (as `import`
    /// would, so its `__main__` block does not run), `<string>` as `__main__`.
    static EagerInterpreter Session(string source, string fileName, List<string>? warnings, IEnumerable<string>? importPath)
    {
        var py = new EagerInterpreter();
        if (warnings != null) py.Engine.WarningLog = warnings;
        foreach (var dir in importPath ?? Array.Empty<string>()) py.ImportPath.Add(dir);
        py.Run(source, fileName, ModuleNameOf(fileName));
        return py;
    }

    static string Stem(string fileName) => fileName.StartsWith('<') ? "" : Path.GetFileNameWithoutExtension(fileName);

    static string ModuleNameOf(string fileName) => Stem(fileName) is { Length: > 0 } stem ? stem : "__main__";
}
