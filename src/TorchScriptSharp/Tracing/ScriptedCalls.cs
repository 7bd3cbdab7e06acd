using System.Runtime.CompilerServices;
using TorchScriptSharp.Compiler;
using TorchScriptSharp.Eager;
using TorchScriptSharp.IR;
using TorchScriptSharp.Runtime;
using TorchScriptSharp.Syntax;
using TorchScriptSharp.Types;
using Interpreter = TorchScriptSharp.Eager.Interpreter;

namespace TorchScriptSharp.Tracing;

/// Compiled functions meet a trace as one call: PyTorch's tracer does not look inside a ScriptFunction,
/// it records `prim::CallFunction` of it (and tracing a ScriptFunction itself gives a wrapper that calls it).
static class ScriptedCalls
{
    /// torch.jit.trace(script_function, inputs): `def g(argument_0: Tensor) -> Tensor: return __torch__.g(argument_0, )`.
    public static GraphFunction TraceScriptFunction(GraphFunction fn, IReadOnlyList<object?> inputs)
    {
        var graph = new Graph();
        var arguments = inputs.Select(x =>
        {
            var input = graph.AddInput(Tracer.TypeOfExample(x));
            input.TracedType = TracedTypes.OfExample(x);
            return input;
        }).ToList();
        graph.RegisterOutput(InsertCall(graph, fn, arguments));
        return Tracer.Finish(graph, fn.QualifiedName);
    }

    static Value InsertCall(Graph graph, GraphFunction fn, IReadOnlyList<Value> arguments)
    {
        var call = graph.Insert("prim::CallFunction", arguments.Prepend(graph.InsertFunctionConstant(fn)));
        call.Output.Type = fn.Schema.Returns.Count == 1 ? fn.Schema.Returns[0].Type : TorchType.None;
        return call.Output;
    }

    static readonly ConditionalWeakTable<SourceText, CompilationUnit> Units = new();

    /// Marked by `@torch.jit.script` in eagerly run code.
    public static bool IsScripted(PyFunction f) => f.Definition != null
        && f.Attributes.TryGetValue(Eager.Torch.JitModule.ModifierAttribute, out var modifier) && modifier as string == "script";

    /// The compiled form of a `@torch.jit.script` function, from the unit of its source file.
    public static GraphFunction Compiled(PyFunction f)
    {
        var def = f.Definition!;
        var moduleName = f.ModuleName == "__main__" ? "" : f.ModuleName; // a unit's name for a script run without a file
        var unit = Units.GetValue(def.Range.Source, text => new CompilationUnit(Parser.ParseModule(text), moduleName));
        return unit.GetOrCompile(def.Name);
    }

    /// A `@torch.jit.script` function called from traced Python: compiled from its file, run by the
    /// interpreter, recorded as one call. False (run it as Python) when not tracing or given keywords.
    public static bool TryCall(Interpreter ev, PyFunction f, CallArgs args, out object? result)
    {
        result = null;
        if (TracingState.Current is not { } state || args.Keywords.Count > 0 || !IsScripted(f)) return false;
        var fn = Compiled(f);
        var formals = fn.Schema.Arguments;
        if (args.Positional.Count > formals.Count)
            throw Interpreter.TypeError($"{f.Name}() takes {formals.Count} arguments but {args.Positional.Count} were given");
        var graph = state.Frame.Graph;
        var values = new List<IValue>();
        var arguments = new List<Value>();
        for (int i = 0; i < formals.Count; i++)
        {
            var given = i < args.Positional.Count;
            values.Add(given ? ValueConversion.ToIValue(args.Positional[i], formals[i].Type)
                : formals[i].HasDefault ? formals[i].Default : throw Interpreter.TypeError($"{f.Name}() missing argument '{formals[i].Name}'"));
            arguments.Add(given && args.Positional[i] is TorchSharp.torch.Tensor t ? state.ValueOf(t) : graph.InsertConstant(values[i], formals[i].Type));
        }
        var output = InsertCall(graph, fn, arguments);
        result = Eager.Torch.OpDispatch.FromIValue(TracingState.Suspended(() => Runtime.Interpreter.Run(fn, values)));
        Tracer.BindResult(state, output, result);
        return true;
    }
}
