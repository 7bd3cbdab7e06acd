namespace TorchScriptSharp.Runtime;

/// A graph lowered for execution: a flat instruction array over a register file, plus the pooled
/// constants. Built once per GraphFunction (and kernel resolver) and shared by all calls.
public sealed class Code
{
    internal Code(string qualifiedName, Instruction[] instructions, IValue[] constants, int registerCount,
        int[] inputRegisters, IKernelResolver? resolver)
    {
        QualifiedName = qualifiedName;
        Instructions = instructions;
        Constants = constants;
        RegisterCount = registerCount;
        InputRegisters = inputRegisters;
        Resolver = resolver;
    }

    public string QualifiedName { get; }
    public Instruction[] Instructions { get; }
    public IValue[] Constants { get; }
    public int RegisterCount { get; }
    /// Where the graph inputs go when a frame starts.
    public int[] InputRegisters { get; }
    /// The resolver the kernels were bound with (the cache is rebuilt for a different one).
    internal IKernelResolver? Resolver { get; }
    /// The graph it was lowered from (a pass replacing GraphFunction.Graph invalidates the cache).
    internal IR.Graph? Graph { get; init; }

    /// One instruction per line, numbered: for debugging and tests.
    public string Dump() => string.Join("\n", Instructions.Select((ins, i) => $"{i,3} {ins}"));
    public override string ToString() => Dump();
}
