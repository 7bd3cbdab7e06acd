using TorchScriptSharp.IR;
using TorchScriptSharp.Runtime;
using TorchScriptSharp.Syntax;
using TorchScriptSharp.Types;

namespace TorchScriptSharp.Compiler;

public sealed partial class FunctionEmitter
{
    /// `self.sub(x)`: the submodule's forward, with its forward pre-hooks and forward hooks called
    /// around it at the call site, as PyTorch's ModuleValue::call inlines them. The hooks see the
    /// positional arguments as one tuple; a pre-hook's result (a tuple, or one value wrapped in one)
    /// replaces it unless it is None, and a forward hook's result replaces the output unless it is None.
    public Value EmitModuleCall(SourceRange range, Value module, ClassType type, IReadOnlyList<NamedValue> args)
    {
        if (type.ForwardPreHooks.Count == 0 && type.ForwardHooks.Count == 0)
            return EmitMethodCall(range, module, type, "forward", args);
        var positional = args.Where(a => a.Name == null).ToList();
        var keywords = args.Where(a => a.Name != null).ToList();
        var input = MakeTuple(range, positional.Select(a => a.Value).ToList());
        foreach (GraphFunction hook in type.ForwardPreHooks)
        {
            var result = CallHook(range, hook, module, input);
            if (result.Type != TorchType.None) input = result.Type is TupleType ? result : MakeTuple(range, new[] { result });
        }
        if (type.ForwardPreHooks.Count > 0)
        {
            var parts = InsertNode("prim::TupleUnpack", new[] { input }, range, ((TupleType)input.Type).Elements.ToArray()).Outputs;
            if (positional.Count > 0) positional = parts.Select(p => new NamedValue(range, null, p)).ToList();
        }
        var output = EmitMethodCall(range, module, type, "forward", positional.Concat(keywords).ToList());
        foreach (GraphFunction hook in type.ForwardHooks)
        {
            var result = CallHook(range, hook, module, input, output);
            if (result.Type != TorchType.None) output = result;
        }
        return output;
    }

    Value CallHook(SourceRange range, GraphFunction hook, params Value[] args) =>
        ((SimpleValue)EmitFunctionCall(range, hook, args.Select(a => new NamedValue(range, null, a)).ToList())).Value;
}
