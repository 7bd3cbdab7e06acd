using System.Runtime.CompilerServices;
using TorchScriptSharp.IR;
using TorchScriptSharp.Ops;
using TorchScriptSharp.Passes;
using TorchScriptSharp.Runtime;
using TorchScriptSharp.Types;

namespace TorchScriptSharp.Tracing;

/// PyTorch lifts a submodule's part of a trace into a method whose results are the values its caller
/// goes on to use, so `out, _ = self.lstm(x)` calls a method returning `out` alone. Our submodule
/// methods are traced with the whole Python result; this drops the tuple elements a caller never used
/// from the callee (a method traced for this one call) and from the call.
static class UnusedResults
{
    static readonly ConditionalWeakTable<GraphFunction, object> Traced = new();

    /// Marks a method as traced for one call (so its results may be narrowed to what that call uses).
    public static void MarkTraced(GraphFunction fn) => Traced.AddOrUpdate(fn, fn);

    public static void Prune(Graph caller)
    {
        foreach (var call in caller.Block.Nodes.Where(n => n.Kind == "prim::CallMethod").ToList())
        {
            if (call.Output.Uses is not [{ User: { Kind: "prim::TupleUnpack" } unpack }]) continue;
            var used = Enumerable.Range(0, unpack.Outputs.Count).Where(i => unpack.Outputs[i].Uses.Count > 0).ToList();
            if (used.Count == unpack.Outputs.Count || used.Count == 0) continue;
            if (call.Inputs[0].Type is not ClassType type || type.Method((string)call.Attributes["name"]!) is not GraphFunction callee
                || !Traced.TryGetValue(callee, out _) || callee.Graph.Outputs[0].Node is not { Kind: "prim::TupleConstruct" } returned) continue;

            var graph = callee.Graph;
            var result = used.Count == 1 ? returned.Inputs[used[0]]
                : graph.WithInsertPoint(graph.Block.ReturnNode, () => Tracer.InsertTuple(graph, used.Select(i => returned.Inputs[i]).ToList()));
            graph.Block.ReturnNode.ReplaceInput(0, result);
            DeadCodeElimination.Run(graph);
            callee.Schema = new FunctionSchema(callee.Schema.Name, "", callee.Schema.Arguments, new[] { new Argument("", result.Type) });

            call.Output.Type = result.Type;
            if (used.Count == 1) unpack.Outputs[used[0]].ReplaceAllUsesWith(call.Output);
            else
            {
                var narrowed = caller.Create("prim::TupleUnpack", new[] { call.Output }, used.Count);
                narrowed.InsertAfter(unpack);
                for (int k = 0; k < used.Count; k++)
                {
                    narrowed.Outputs[k].CopyMetadata(unpack.Outputs[used[k]]);
                    unpack.Outputs[used[k]].ReplaceAllUsesWith(narrowed.Outputs[k]);
                }
            }
            unpack.Destroy();
        }
    }
}
