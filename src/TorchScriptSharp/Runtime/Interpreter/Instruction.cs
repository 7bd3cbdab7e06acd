using TorchScriptSharp.IR;
using TorchScriptSharp.Ops;

namespace TorchScriptSharp.Runtime;

/// What an instruction does. Operands are registers (>= 0) or constants (< 0: constant ~operand).
public enum OpCode : byte
{
    /// Push <see cref="Instruction.In"/>, run <see cref="Instruction.Kernel"/>, pop results into <see cref="Instruction.Out"/>.
    Op,
    /// Run the GraphFunction in In[0] with In[1..] as arguments in a new frame; results into Out.
    Call,
    /// Out[0] = In[0], the destination becoming one more holder of the value.
    Copy,
    /// Register B = register A and A is cleared: the holder changes, the hold count does not.
    Move,
    /// Only the drops (values whose last use was inside a nested block, or that are never used).
    Drop,
    /// pc = A.
    Jump,
    /// if !In[0] then pc = A.
    JumpIfFalse,
    /// Loop header. Registers: A = trip counter, B = loop condition; In[0] = max trip count; Out[0] = the
    /// body's trip-count parameter (or -1). Continues when trip &lt; max &amp;&amp; cond (writing Out[0] and
    /// incrementing the counter), else jumps to <see cref="Instruction.Target"/>.
    LoopTest,
    /// Leave the frame with In as results.
    Return,
    /// In[0].attr = In[1], attr given by the <see cref="AttributeSite"/> in <see cref="Instruction.Site"/>.
    SetAttr,
    /// Call the method named by the <see cref="MethodSite"/> in <see cref="Instruction.Site"/> on the class
    /// of In[0] (self), with In as arguments, in a new frame; results into Out.
    CallMethod,
}

/// How the values an Op pushes relate to what the frame already owns (see <see cref="Ownership"/>).
public enum ResultKind : byte
{
    /// A kernel: each result is either something the frame holds already (an alias), reachable from the
    /// inputs (borrowed), or new (owned by the frame from now on).
    Kernel,
    /// prim::TupleConstruct and friends: a new container holding (not copying) its inputs.
    NewContainer,
    /// prim::TupleUnpack and friends: the results are parts of the inputs, never new.
    Borrowed,
}

/// One step of lowered code. A class, not a struct: instructions are built once and shared by every
/// frame that runs the code, and the interpreter reads them in place.
public sealed class Instruction
{
    public OpCode Code;
    public int A, B;
    /// Jump target for JumpIfFalse / LoopTest / Jump.
    public int Target;
    public int[] In = Array.Empty<int>();
    public int[] Out = Array.Empty<int>();
    /// Registers released after the instruction's effect (last uses and unused values).
    public int[] Drops = Array.Empty<int>();
    public Kernel? Kernel;
    public ResultKind Results;
    /// Per input: an owned value passed here may be kept by the kernel (stored into a container,
    /// a mutated container), so the frame must stop managing it before the call.
    public bool[]? Captures;
    /// Per output: false when the schema says the result aliases something unknown (`t(*)`).
    public bool[]? MayBeNew;
    /// The node this came from: its source range is the frame's position for tracebacks.
    public Node? Node;
    /// SetAttr: an AttributeSite; CallMethod: a MethodSite.
    public object? Site;

    public override string ToString()
    {
        static string Ops(int[] a) => string.Join(" ", a.Select(o => o >= 0 ? "r" + o : "c" + ~o));
        string s = Code switch
        {
            OpCode.Op => $"OP {Node?.Kind} ({Ops(In)}) -> ({Ops(Out)})",
            OpCode.Call => $"CALL ({Ops(In)}) -> ({Ops(Out)})",
            OpCode.Copy => $"COPY {Ops(In)} -> {Ops(Out)}",
            OpCode.Move => $"MOVE r{A} -> r{B}",
            OpCode.Drop => "DROP",
            OpCode.Jump => $"JUMP {Target}",
            OpCode.JumpIfFalse => $"JF {Ops(In)} {Target}",
            OpCode.LoopTest => $"LOOP trip=r{A} cond=r{B} max={Ops(In)} -> {Ops(Out)} exit={Target}",
            OpCode.Return => $"RET ({Ops(In)})",
            OpCode.SetAttr => $"SETATTR {Site} ({Ops(In)})",
            OpCode.CallMethod => $"CALLMETHOD {Site} ({Ops(In)}) -> ({Ops(Out)})",
            _ => Code.ToString(),
        };
        return Drops.Length == 0 ? s : s + $" drop({string.Join(" ", Drops.Select(d => "r" + d))})";
    }
}
