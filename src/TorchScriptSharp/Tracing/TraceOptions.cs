namespace TorchScriptSharp.Tracing;

/// torch.jit.trace's options (PyTorch 1.13's names and defaults).
public sealed record TraceOptions
{
    /// Re-trace and run the trace against the Python code on the same inputs, warning about differences.
    public bool CheckTrace { get; init; } = true;
    /// Relative tolerance of that comparison.
    public double CheckTolerance { get; init; } = 1e-5;
    /// Warn about mutable containers (lists) in the output.
    public bool Strict { get; init; } = true;
    /// Argument lists to check the trace with (each re-traced and run against the Python code); null:
    /// the example inputs.
    public IReadOnlyList<IReadOnlyList<object?>>? CheckInputs { get; init; }
}
