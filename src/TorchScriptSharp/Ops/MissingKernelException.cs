namespace TorchScriptSharp.Ops;

/// An operator PyTorch registers (so it type-checks) but that has no kernel in this runtime yet.
/// Raised by <see cref="OperatorRegistry.RequireKernel"/> at compile time.
public sealed class MissingKernelException : Exception
{
    public MissingKernelException(FunctionSchema schema)
        : base($"operator {schema.FullName} ({schema}) has no kernel yet") => Schema = schema;

    public FunctionSchema Schema { get; }
}
