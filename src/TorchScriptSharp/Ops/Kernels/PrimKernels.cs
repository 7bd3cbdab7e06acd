using TorchScriptSharp.Runtime;
using TorchScriptSharp.Types;
using static TorchScriptSharp.Ops.Kernels.Def;
using TorchSharp;
using static TorchSharp.torch;

namespace TorchScriptSharp.Ops.Kernels;

/// prim ops that are plain operators (the interpreter implements the structural ones itself:
/// Constant, If, Loop, ListConstruct, TupleConstruct, CallFunction, GetAttr, ...).
internal static class PrimKernels
{
    /// Where prim::Print writes; the runtime may redirect it (tests capture it).
    public static TextWriter PrintOutput { get; set; } = Console.Out;

    public static void Register()
    {
        // A cast the compiler proved safe: the value stays on the stack untouched.
        Raw("prim::unchecked_cast", _ => { });
        Raw("prim::Uninitialized", s => s.Push(IValue.Uninitialized));
        Void("prim::RaiseException", (string msg, string? cls) =>
            throw new KernelError(cls ?? "builtins.RuntimeError", msg));
        OperatorRegistry.RegisterNodeKernel("prim::Print", node =>
        {
            int n = node.Inputs.Count;
            return s => PrintOutput.WriteLine(string.Join(" ", s.PopN(n).Select(CppPrinter.Str)));
        });
        // x.tolist(): the node's static output type says how deep and of which element type.
        OperatorRegistry.RegisterNodeKernel("prim::tolist", node =>
        {
            int n = node.Inputs.Count;
            var type = node.Outputs[0].Type;
            return s =>
            {
                var args = s.PopN(n);
                s.Push(ToList(args[0].ToTensor(), type));
            };
        });
        Void("aten::manual_seed", (long seed) => torch.manual_seed(seed));
    }

    static IValue ToList(Tensor t, TorchType type)
    {
        if (type is not ListType lt)
            return type == TorchType.Float ? Conversions.TensorToDouble(t)
                 : type == TorchType.Bool ? Conversions.TensorToBool(t)
                 : IValue.FromInt(Conversions.TensorToInt(t));
        if (t.dim() == 0) throw KernelError.Runtime("Output annotation list dimension and runtime tensor dimension must match for tolist()");
        var items = new List<IValue>();
        for (long i = 0; i < t.shape[0]; i++)
        {
            using var row = t.select(0, i);
            items.Add(ToList(row, lt.Element));
        }
        return IValue.FromList(new ScriptList(lt.Element, items));
    }
}
