namespace TorchScriptSharp.Runtime;

/// One activation of a function: its registers, its position and the tensors it owns.
sealed class Frame
{
    public Frame(GraphFunction function, Code code, Frame? caller = null)
    {
        Owned = new Ownership(caller?.Owned);
        Function = function;
        Code = code;
        Registers = new IValue[code.RegisterCount];
    }

    public readonly GraphFunction Function;
    public readonly Code Code;
    public readonly IValue[] Registers;
    public readonly Ownership Owned;
    public int Pc;

    public IValue Operand(int operand) => operand >= 0 ? Registers[operand] : Code.Constants[~operand];

    /// Writes a register; a value still in it loses that holder first, so a missed drop can delay a
    /// release but never lose one.
    public void Store(int register, in IValue v)
    {
        var old = Registers[register];
        Registers[register] = v;
        Owned.Release(old);
    }

    public void Drop(int register)
    {
        var old = Registers[register];
        Registers[register] = default;
        Owned.Release(old);
    }

    public void RunDrops(int[] drops)
    {
        foreach (var r in drops) Drop(r);
    }

    /// Unwinding: forget the registers and dispose what only this frame could reach.
    public void Abandon()
    {
        Array.Clear(Registers);
        Owned.DisposeAll();
    }
}
