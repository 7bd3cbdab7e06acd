using Ast = TorchScriptSharp.Syntax.Ast;
using TorchScriptSharp.Types;

namespace TorchScriptSharp.Compiler;

/// Module methods declared with `@torch._jit_internal._overload_method` stubs (nn.LSTM's `forward`
/// takes a Tensor or a PackedSequence). As in PyTorch, the method itself is not compiled: the
/// implementation's body is compiled once per stub signature, as `forward__0`, `forward__1`... in
/// declaration order, and a call of `forward` picks the first variant its arguments match.
public sealed partial class CompilationUnit
{
    readonly Dictionary<(ClassType, string), IReadOnlyList<Ast.FunctionDef>> _methodOverloads = new();

    public void RegisterMethodOverloads(ClassType type, string name, IReadOnlyList<Ast.FunctionDef> stubs) =>
        _methodOverloads[(type, name)] = stubs;

    /// The compiled names of an overloaded method's variants (`forward__0`, ...), or null when it is not overloaded.
    public IReadOnlyList<string>? MethodOverloadNames(ClassType type, string name) =>
        _methodOverloads.TryGetValue((type, name), out var stubs) ? stubs.Select((_, i) => VariantName(name, i)).ToList() : null;

    /// Every overloaded method's variants of a type (PyTorch compiles all of them with the module).
    public IEnumerable<string> AllMethodOverloadNames(ClassType type) =>
        _methodOverloads.Where(p => p.Key.Item1 == type).SelectMany(p => MethodOverloadNames(type, p.Key.Item2)!);

    static string VariantName(string name, int index) => $"{name}__{index}";

    /// `forward__1`: the implementation of `forward` with the second stub's parameters and return
    /// annotation. Null when the name is no overload variant.
    Ast.FunctionDef? OverloadVariantDef(ClassType type, string name, Func<string, Ast.FunctionDef?> findMethod)
    {
        int sep = name.LastIndexOf("__", StringComparison.Ordinal);
        if (sep <= 0 || !int.TryParse(name[(sep + 2)..], out int index) || index < 0) return null;
        if (!_methodOverloads.TryGetValue((type, name[..sep]), out var stubs) || index >= stubs.Count) return null;
        var implementation = findMethod(name[..sep]);
        if (implementation == null) return null;
        var stub = stubs[index];
        return implementation with { Name = name, Parameters = stub.Parameters, Returns = stub.Returns };
    }
}
