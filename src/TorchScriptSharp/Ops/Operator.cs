using TorchScriptSharp.IR;
using TorchScriptSharp.Runtime;

namespace TorchScriptSharp.Ops;

/// A kernel pops its inputs from the stack (first argument deepest) and pushes its outputs.
public delegate void Kernel(Stack stack);

/// A schema bound to its implementation. Most kernels are the same for every node; a few ops
/// (varargs, list construction with a static type) build a kernel per node from the node's shape.
public sealed class Operator
{
    public Operator(FunctionSchema schema, Kernel? kernel = null, Func<Node, Kernel>? nodeKernel = null)
    {
        Schema = schema;
        Kernel = kernel;
        NodeKernel = nodeKernel;
    }

    public FunctionSchema Schema { get; }
    public Kernel? Kernel { get; }
    public Func<Node, Kernel>? NodeKernel { get; }
    public bool HasKernel => Kernel != null || NodeKernel != null;

    public Kernel KernelFor(Node node) =>
        NodeKernel?.Invoke(node) ?? Kernel ?? throw new InvalidOperationException($"operator {Schema.FullName} ({Schema}) has no kernel yet");
}
