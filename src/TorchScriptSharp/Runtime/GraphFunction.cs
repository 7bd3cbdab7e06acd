using TorchScriptSharp.IR;
using TorchScriptSharp.Ops;

namespace TorchScriptSharp.Runtime;

/// A compiled TorchScript function: its qualified name, schema (parameters with types and defaults)
/// and graph. Function constants in graphs (`prim::Constant[name="f"]`) hold one of these, and
/// `prim::CallFunction` runs it in a new interpreter frame.
public sealed class GraphFunction
{
    public GraphFunction(string qualifiedName, Graph graph, FunctionSchema schema)
    {
        QualifiedName = qualifiedName;
        Graph = graph;
        Schema = schema;
    }

    /// e.g. `__torch__.foo`.
    public string QualifiedName { get; }
    public string Name => QualifiedName[(QualifiedName.LastIndexOf('.') + 1)..];
    public Graph Graph { get; set; }
    public FunctionSchema Schema { get; set; }

    /// Interpreter code for the graph, built on first call and cached (owned by the runtime).
    internal object? CompiledCode { get; set; }

    public override string ToString() => QualifiedName;
}
