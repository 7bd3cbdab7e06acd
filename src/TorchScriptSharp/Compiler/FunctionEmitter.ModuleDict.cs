using TorchScriptSharp.IR;
using TorchScriptSharp.Syntax;
using TorchScriptSharp.Types;
using Ast = TorchScriptSharp.Syntax.Ast;

namespace TorchScriptSharp.Compiler;

/// nn.ModuleDict (and nn.ParameterDict) in scripted code, as PyTorch 1.13 compiles it: its keys are
/// compile-time strings, so `for k, m in self.d.items()`, `.values()`, `.keys()` and `for k in self.d`
/// are unrolled (the entries read up front, each named by its key), and `self.d["key"]` with a string
/// literal reads that entry.
public sealed partial class FunctionEmitter
{
    static bool IsModuleDict(ClassType t) => t.Container is ModuleContainerKind.Dict or ModuleContainerKind.ParameterDict;

    static IEnumerable<string> ModuleDictKeys(ClassType t) => ContainerEntries(t);

    /// What a container holds: submodules, or (ParameterList / ParameterDict) parameters.
    static IEnumerable<string> ContainerEntries(ClassType t) => t.Container is ModuleContainerKind.ParameterList or ModuleContainerKind.ParameterDict
        ? t.Attributes.Where(a => a.Type == TorchType.Tensor).Select(a => a.Name)
        : t.Attributes.Where(a => a.Type is ClassType { IsModule: true }).Select(a => a.Name);

    /// The elements an unrolled loop over a ModuleDict (or one of its views) binds, or null.
    List<Value>? ModuleDictElements(SugaredValue iterable, SourceRange range)
    {
        var (dict, view) = iterable switch
        {
            ModuleDictView v => (v.Dict, v.Kind),
            SimpleValue { Value.Type: ClassType { IsModule: true } t } sv when IsModuleDict(t) => (sv.Value, "keys"),
            _ => (null, null),
        };
        if (dict == null) return null;
        var type = (ClassType)dict.Type;
        var keys = ModuleDictKeys(type).ToList();
        if (view == "keys") return keys.Select(k => StrConst(k, range)).ToList();
        var modules = keys.Select(k => ReadAttribute(dict, type, k, range)).ToList();
        if (view == "values") return modules;
        return keys.Zip(modules, (k, m) => MakeTuple(range, new[] { StrConst(k, range), m })).ToList();
    }

    /// `self.d["key"]`: the submodule under a constant key.
    Value ModuleDictItem(Value dict, ClassType type, Ast.Expr index, SourceRange range)
    {
        // PyTorch reads the literal from the syntax: not even a loop's (constant) key will do
        if (index is not Ast.StringLiteral key)
            throw new CompileError($"Unable to extract string literal index. {type.Name} indexing is only supported with string literals. "
                + $"Enumeration of {type.Name} is supported, e.g. 'for k, v in self.items(): ...'", range);
        if (!ModuleDictKeys(type).Contains(key.Value))
            throw new CompileError($"{type.Name} has no entry '{key.Value}' (its keys: {string.Join(", ", ModuleDictKeys(type).Select(k => $"'{k}'"))})", range);
        return ReadAttribute(dict, type, key.Value, range);
    }

    /// `self.d.items` / `.values` / `.keys`, before the call.
    sealed class ModuleDictMethod : SugaredValue
    {
        readonly Value _dict;
        readonly string _kind;
        public ModuleDictMethod(Value dict, string kind) { _dict = dict; _kind = kind; }
        public override string Kind => "method";
        public override SugaredValue Call(FunctionEmitter e, SourceRange range, Ast.Call call)
        {
            if (call.Args.Count > 0 || call.Keywords.Count > 0) throw new CompileError($"ModuleDict.{_kind}() takes no arguments", range);
            return new ModuleDictView(_dict, _kind);
        }
    }

    /// `self.d.items()`: only iterable, by unrolling.
    sealed class ModuleDictView : SugaredValue
    {
        public ModuleDictView(Value dict, string kind) { Dict = dict; Kind = kind; }
        public Value Dict { get; }
        public override string Kind { get; }
    }
}
