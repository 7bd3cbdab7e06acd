using TorchScriptSharp.Compiler;
using TorchScriptSharp.Syntax;

namespace TorchScriptSharp;

/// The torch.jit entry points, named as in PyTorch so a PyTorch user reads C# code without a
/// dictionary: `var foo = jit.script(source); var r = foo.call(x, y);`.
public static partial class jit
{
    /// Compiles the single `def` in <paramref name="source"/> (the last one when helpers precede it).
    public static ScriptFunction script(string source, string fileName = "<string>")
    {
        var unit = compile(source, fileName);
        var names = unit.FunctionNames.ToList();
        if (names.Count == 0) throw new CompileError("expected a function definition", new SourceRange(new SourceText(source, fileName), 0, 0));
        return unit[names[^1]];
    }

    /// Compiles every `def` of a source file into a compilation unit.
    public static ScriptCompilationUnit compile(string source, string fileName = "<string>")
    {
        var text = new SourceText(source, fileName);
        var module = Parser.ParseModule(text);
        var moduleName = Stem(fileName);
        var unit = new CompilationUnit(module, moduleName);
        unit.CompileAll();
        return new ScriptCompilationUnit(unit);
    }
}

/// The functions of one compiled source, by name.
public sealed class ScriptCompilationUnit
{
    readonly CompilationUnit _unit;
    internal ScriptCompilationUnit(CompilationUnit unit) => _unit = unit;

    public IEnumerable<string> FunctionNames => _unit.FunctionNames;
    public ScriptFunction this[string name] => new(_unit.GetOrCompile(name));
    public bool Contains(string name) => _unit.HasFunction(name);
}
