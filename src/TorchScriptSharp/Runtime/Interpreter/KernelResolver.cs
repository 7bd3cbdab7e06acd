using TorchScriptSharp.IR;
using TorchScriptSharp.Ops;

namespace TorchScriptSharp.Runtime;

/// Supplies kernels for operator nodes before the operator registry is asked: tests and embedders
/// use it to add or override ops. Return null to fall through to the registry.
public interface IKernelResolver
{
    Kernel? Resolve(Node node);
}

/// The production path: the registry's operator for the node's schema, bound to the node.
static class RegistryKernels
{
    public static Kernel? Resolve(Node node)
    {
        if (node.Schema == null) return null;
        Operator? op;
        try { op = OperatorRegistry.Find(node.Schema.FullName); }
        catch (NotImplementedException) { return null; } // registry not built yet
        return op is { HasKernel: true } ? op.KernelFor(node) : null;
    }
}
