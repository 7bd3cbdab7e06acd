// Def.Op2 / Def.Op3: ops with two or three tensor returns (`-> (Tensor values, Tensor indices)`),
// which the interpreter expects as separate stack entries, first return deepest.
using TorchScriptSharp.Runtime;
using TorchSharp;

namespace TorchScriptSharp.Ops.Kernels;

internal static partial class Def
{
    static void Push2(Stack s, (torch.Tensor, torch.Tensor) r)
    {
        s.Push(IValue.FromTensor(r.Item1));
        s.Push(IValue.FromTensor(r.Item2));
    }

    public static void Op2<A>(string name, Func<A, (torch.Tensor, torch.Tensor)> f) =>
        OperatorRegistry.Register(name, s => { var a0 = Arg<A>(s.Pop()); Push2(s, f(a0)); });

    public static void Op2<A, B>(string name, Func<A, B, (torch.Tensor, torch.Tensor)> f) =>
        OperatorRegistry.Register(name, s => { var a1 = Arg<B>(s.Pop()); var a0 = Arg<A>(s.Pop()); Push2(s, f(a0, a1)); });

    public static void Op2<A, B, C>(string name, Func<A, B, C, (torch.Tensor, torch.Tensor)> f) =>
        OperatorRegistry.Register(name, s =>
        {
            var a2 = Arg<C>(s.Pop()); var a1 = Arg<B>(s.Pop()); var a0 = Arg<A>(s.Pop());
            Push2(s, f(a0, a1, a2));
        });

    public static void Op2<A, B, C, D>(string name, Func<A, B, C, D, (torch.Tensor, torch.Tensor)> f) =>
        OperatorRegistry.Register(name, s =>
        {
            var a3 = Arg<D>(s.Pop()); var a2 = Arg<C>(s.Pop()); var a1 = Arg<B>(s.Pop()); var a0 = Arg<A>(s.Pop());
            Push2(s, f(a0, a1, a2, a3));
        });

    public static void Op2<A, B, C, D, E>(string name, Func<A, B, C, D, E, (torch.Tensor, torch.Tensor)> f) =>
        OperatorRegistry.Register(name, s =>
        {
            var a4 = Arg<E>(s.Pop()); var a3 = Arg<D>(s.Pop()); var a2 = Arg<C>(s.Pop()); var a1 = Arg<B>(s.Pop()); var a0 = Arg<A>(s.Pop());
            Push2(s, f(a0, a1, a2, a3, a4));
        });

    public static void Op3<A, B, C, D>(string name, Func<A, B, C, D, (torch.Tensor, torch.Tensor, torch.Tensor)> f) =>
        OperatorRegistry.Register(name, s =>
        {
            var a3 = Arg<D>(s.Pop()); var a2 = Arg<C>(s.Pop()); var a1 = Arg<B>(s.Pop()); var a0 = Arg<A>(s.Pop());
            var (x, y, z) = f(a0, a1, a2, a3);
            s.Push(IValue.FromTensor(x));
            s.Push(IValue.FromTensor(y));
            s.Push(IValue.FromTensor(z));
        });
}
