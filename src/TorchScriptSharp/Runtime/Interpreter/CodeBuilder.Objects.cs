using TorchScriptSharp.IR;

namespace TorchScriptSharp.Runtime;

/// Lowering of the object nodes that need the frame: attribute writes (they change what the frame
/// owns) and method calls (they push a frame). Creating objects and reading attributes are ordinary
/// structural kernels (<see cref="ObjectKernels"/>).
sealed partial class CodeBuilder
{
    void EmitSetAttr(Node node, List<Value> dying)
    {
        Emit(new Instruction
        {
            Code = OpCode.SetAttr, Node = node,
            Site = new AttributeSite(node.Attributes.GetString("name"), node.Inputs[0].Type),
            In = node.Inputs.Select(Operand).ToArray(),
            Drops = Registers(dying),
        });
    }

    /// `prim::CallMethod[name=m](self, args...)`; `prim::Enter(o)` calls `o.__enter__()` and yields its
    /// result; `prim::Exit(o)` calls `o.__exit__(None, None, None)` (PyTorch inserts the same calls
    /// before interpreting a with-statement).
    void EmitMethodCall(Node node, List<Value> dying)
    {
        var (site, inputs) = node.Kind switch
        {
            "prim::Enter" => (new MethodSite("__enter__", MethodSite.Kind.Enter), node.Inputs.Select(Operand).ToArray()),
            "prim::Exit" => (new MethodSite("__exit__", MethodSite.Kind.Exit),
                node.Inputs.Select(Operand).Concat(Enumerable.Repeat(AddConstant(IValue.None), 3)).ToArray()),
            _ => (new MethodSite(node.Attributes.GetString("name")), node.Inputs.Select(Operand).ToArray()),
        };
        foreach (var o in node.Outputs) Define(o);
        var outs = node.Outputs.Select(Operand).ToList();
        var drops = Registers(dying.Concat(node.Outputs.Where(_lastUses.IsUnused))).ToList();
        // A method returns one value; a node that declares no output (an Exit built without one) still
        // needs a register to receive it, released at once.
        if (outs.Count == 0)
        {
            int scratch = NewRegister();
            outs.Add(scratch);
            drops.Add(scratch);
        }
        Emit(new Instruction { Code = OpCode.CallMethod, Node = node, Site = site, In = inputs, Out = outs.ToArray(), Drops = drops.ToArray() });
    }
}
