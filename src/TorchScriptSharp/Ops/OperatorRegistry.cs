namespace TorchScriptSharp.Ops;

/// Every known operator, by qualified name, in registration order (overload resolution tries them in
/// this order, as PyTorch does).
public static class OperatorRegistry
{
    /// All overloads of `ns::name`, in registration order; empty when unknown.
    public static IReadOnlyList<Operator> Lookup(string qualifiedName) => throw new NotImplementedException();

    /// The overload `ns::name.overload` (or `ns::name` for the default overload), or null.
    public static Operator? Find(string fullName) => throw new NotImplementedException();
}
