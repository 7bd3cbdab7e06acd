using TorchScriptSharp.Compiler;
using TorchScriptSharp.Eager;
using TorchScriptSharp.Eager.Nn;
using TorchScriptSharp.Runtime;
using TorchScriptSharp.Syntax;
using TorchScriptSharp.Types;

namespace TorchScriptSharp.Modules;

/// A module's `register_forward_pre_hook` / `register_forward_hook` functions, compiled as PyTorch
/// 1.13 scripts them: each one a function named `<module type>.<hook name>` whose first parameter is
/// the module, checked against the module's forward (the input is a tuple of forward's argument types;
/// a pre-hook returns None, that tuple, or its single element; a forward hook's output parameter has
/// the type the previous hook or forward returned). Calls of the module run them (FunctionEmitter.EmitModuleCall).
static class ModuleHooks
{
    /// A stable identity for type sharing: modules with different hooks get different types.
    public static string Signature(ModuleState state) =>
        string.Join(",", state.ForwardPreHooks.Select(h => Identity(h.Hook))) + "/" + string.Join(",", state.ForwardHooks.Select(h => Identity(h.Hook)));

    static string Identity(object? hook) => hook is PyFunction { Definition: { } def } fn ? $"{fn.ModuleName}.{fn.Name}@{def.Range.Start}" : hook?.ToString() ?? "None";

    public static void Compile(ClassType type, ModuleState state, Func<string, CompilationUnit?> unitFor, SourceRange moduleRange)
    {
        if (state.ForwardPreHooks.Count == 0 && state.ForwardHooks.Count == 0) return;
        var unit = (CompilationUnit)type.Owner!;
        var forward = unit.GetMethod(type, "forward", moduleRange)
            ?? throw new CompileError($"module '{type.Name}' has forward hooks but no forward method to run them around", moduleRange);
        var inputs = new TupleType(forward.Schema.Arguments.Skip(1).Select(a => a.Type).ToList());
        foreach (var (_, hook) in state.ForwardPreHooks)
        {
            var (fn, at) = CompileHook(type, hook, unitFor, moduleRange, "forward pre-hook");
            CheckPreHook(type, fn, inputs, at);
            type.ForwardPreHooks.Add(fn);
        }
        var output = forward.Schema.Returns[0].Type;
        foreach (var (_, hook) in state.ForwardHooks)
        {
            var (fn, at) = CompileHook(type, hook, unitFor, moduleRange, "forward hook");
            CheckForwardHook(type, fn, inputs, output, at);
            type.ForwardHooks.Add(fn);
            var returned = fn.Schema.Returns[0].Type;
            if (returned != TorchType.None) output = returned;
        }
    }

    static (GraphFunction Function, SourceRange Definition) CompileHook(ClassType type, object? hook, Func<string, CompilationUnit?> unitFor, SourceRange moduleRange, string kind)
    {
        if (hook is not PyFunction { Definition: { } def } fn || unitFor(fn.ModuleName) is not { } unit || !unit.HasFunction(fn.Name))
            throw new CompileError($"the {kind} {Describe(hook)} on module '{type.Name}' cannot be scripted: hooks must be functions defined with `def` at the top level of a module's source. "
                + "If you did not want to script it, remove it from the module before scripting.", moduleRange);
        return (FunctionEmitter.Compile(unit, def, type.QualifiedName + "." + def.Name, type), def.Range);
    }

    static string Describe(object? hook) => hook switch
    {
        PyFunction f => $"'{f.Name}'",
        Eager.BuiltinFunction b => $"'{b.Name}'",
        _ => $"of type '{hook?.GetType().Name ?? "None"}'",
    };

    static void CheckPreHook(ClassType type, GraphFunction hook, TupleType inputs, SourceRange at)
    {
        var args = hook.Schema.Arguments;
        var single = inputs.Elements.Count == 1 ? $"'{inputs.Elements[0].AnnotationStr()}', " : "";
        string Expected() => $"This error occured while scripting the forward pre-hook '{hook.Name}' on module '{type.Name}'. If you did not want to script this pre-hook remove it from the original NN module before scripting. "
            + $"Pre-hooks for module '{type.Name}' are expected to have the following signature: {hook.Name}(self, input: {inputs.AnnotationStr()}) with a return type of either 'None', {single}or '{inputs.AnnotationStr()}'.";
        if (args.Count != 2)
            throw new CompileError($"Pre-hook '{hook.Name}' on module '{type.Name}' was expected to only have exactly 2 inputs but it had {args.Count} inputs. " + Expected(), at);
        CheckInput(hook, type, args[1].Type, inputs, "Pre-hook", Expected, at);
        var returned = hook.Schema.Returns[0].Type;
        bool ok = returned == TorchType.None || returned.Equals(inputs) || (inputs.Elements.Count == 1 && returned.Equals(inputs.Elements[0]));
        if (!ok) throw new CompileError($"Pre-hook '{hook.Name}' on module '{type.Name}' returned the wrong type of: '{returned.AnnotationStr()}'. " + Expected(), at);
    }

    static void CheckForwardHook(ClassType type, GraphFunction hook, TupleType inputs, TorchType output, SourceRange at)
    {
        var args = hook.Schema.Arguments;
        string Expected() => $"This error occured while scripting the forward hook '{hook.Name}' on module {type.Name}. If you did not want to script this hook remove it from the original NN module before scripting. "
            + $"This hook was expected to have the following signature: {hook.Name}(self, input: {inputs.AnnotationStr()}, output: {output.AnnotationStr()}). "
            + "The type of the output arg is the returned type from either the forward method or the previous hook if it exists.";
        if (args.Count != 3)
            throw new CompileError($"Forward hook '{hook.Name}' on module '{type.Name}' was expected to only have exactly 3 inputs but it had {args.Count} inputs. " + Expected(), at);
        CheckInput(hook, type, args[1].Type, inputs, "Hook", Expected, at);
        if (!args[2].Type.Equals(output))
            throw new CompileError($"Hook '{hook.Name}' on module '{type.Name}' has the wrong type for the output argument. Received type: '{args[2].Type.AnnotationStr()}'. Expected type: '{output.AnnotationStr()}'.\n" + Expected(), at);
    }

    static void CheckInput(GraphFunction hook, ClassType type, TorchType input, TupleType expected, string what, Func<string> explain, SourceRange at)
    {
        if (input is not TupleType tuple)
            throw new CompileError($"{what} '{hook.Name}' on module '{type.Name}' expected the input argument to be typed as a Tuple but found type: '{input.AnnotationStr()}' instead.\n" + explain(), at);
        if (tuple.Elements.Count != expected.Elements.Count)
            throw new CompileError($"{what} '{hook.Name}' on module '{type.Name}' has the wrong number of contained types for the input argument's Tuple. Received type: '{input.AnnotationStr()}'.\n" + explain(), at);
        for (int i = 0; i < tuple.Elements.Count; i++)
            if (!tuple.Elements[i].Equals(expected.Elements[i]))
                throw new CompileError($"{what} '{hook.Name}' on module '{type.Name}' has the wrong inner types for the input tuple argument. Received type: '{input.AnnotationStr()}'.\n" + explain(), at);
    }
}
