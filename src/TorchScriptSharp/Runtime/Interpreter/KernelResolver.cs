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
        Operator? op;
        try
        {
            // Without a schema (graphs parsed from text) only an unambiguous name can be bound.
            op = node.Schema != null ? OperatorRegistry.Find(node.Schema.FullName)
                : OperatorRegistry.Lookup(node.Kind) is { Count: 1 } only ? only[0] : null;
        }
        catch (NotImplementedException) { return null; } // registry not built yet
        return op is { HasKernel: true } ? op.KernelFor(node) : null;
    }
}
