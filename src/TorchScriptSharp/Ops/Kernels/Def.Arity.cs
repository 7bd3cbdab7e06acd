// Arity overloads of Def.Op/Def.Void: pop the arguments (last on top), convert, call, push the result.
using TorchScriptSharp.Runtime;
using TorchSharp;

namespace TorchScriptSharp.Ops.Kernels;

internal static partial class Def
{
    public static void Op<R>(string name, Func<R> f) =>
        OperatorRegistry.Register(name, s =>
        {
            s.Push(Ret(f()));
        });

    public static void Op<A, R>(string name, Func<A, R> f) =>
        OperatorRegistry.Register(name, s =>
        {
            var a0 = Arg<A>(s.Pop());
            s.Push(Ret(f(a0)));
            Release(a0);
        });

    public static void Void<A>(string name, Action<A> f) =>
        OperatorRegistry.Register(name, s =>
        {
            var a0 = Arg<A>(s.Pop());
            f(a0);
            Release(a0);
        });

    public static void Op<A, B, R>(string name, Func<A, B, R> f) =>
        OperatorRegistry.Register(name, s =>
        {
            var a1 = Arg<B>(s.Pop());
            var a0 = Arg<A>(s.Pop());
            s.Push(Ret(f(a0, a1)));
            Release(a0);
            Release(a1);
        });

    public static void Void<A, B>(string name, Action<A, B> f) =>
        OperatorRegistry.Register(name, s =>
        {
            var a1 = Arg<B>(s.Pop());
            var a0 = Arg<A>(s.Pop());
            f(a0, a1);
            Release(a0);
            Release(a1);
        });

    public static void Op<A, B, C, R>(string name, Func<A, B, C, R> f) =>
        OperatorRegistry.Register(name, s =>
        {
            var a2 = Arg<C>(s.Pop());
            var a1 = Arg<B>(s.Pop());
            var a0 = Arg<A>(s.Pop());
            s.Push(Ret(f(a0, a1, a2)));
            Release(a0);
            Release(a1);
            Release(a2);
        });

    public static void Void<A, B, C>(string name, Action<A, B, C> f) =>
        OperatorRegistry.Register(name, s =>
        {
            var a2 = Arg<C>(s.Pop());
            var a1 = Arg<B>(s.Pop());
            var a0 = Arg<A>(s.Pop());
            f(a0, a1, a2);
            Release(a0);
            Release(a1);
            Release(a2);
        });

    public static void Op<A, B, C, D, R>(string name, Func<A, B, C, D, R> f) =>
        OperatorRegistry.Register(name, s =>
        {
            var a3 = Arg<D>(s.Pop());
            var a2 = Arg<C>(s.Pop());
            var a1 = Arg<B>(s.Pop());
            var a0 = Arg<A>(s.Pop());
            s.Push(Ret(f(a0, a1, a2, a3)));
            Release(a0);
            Release(a1);
            Release(a2);
            Release(a3);
        });

    public static void Void<A, B, C, D>(string name, Action<A, B, C, D> f) =>
        OperatorRegistry.Register(name, s =>
        {
            var a3 = Arg<D>(s.Pop());
            var a2 = Arg<C>(s.Pop());
            var a1 = Arg<B>(s.Pop());
            var a0 = Arg<A>(s.Pop());
            f(a0, a1, a2, a3);
            Release(a0);
            Release(a1);
            Release(a2);
            Release(a3);
        });

    public static void Op<A, B, C, D, E, R>(string name, Func<A, B, C, D, E, R> f) =>
        OperatorRegistry.Register(name, s =>
        {
            var a4 = Arg<E>(s.Pop());
            var a3 = Arg<D>(s.Pop());
            var a2 = Arg<C>(s.Pop());
            var a1 = Arg<B>(s.Pop());
            var a0 = Arg<A>(s.Pop());
            s.Push(Ret(f(a0, a1, a2, a3, a4)));
            Release(a0);
            Release(a1);
            Release(a2);
            Release(a3);
            Release(a4);
        });

    public static void Void<A, B, C, D, E>(string name, Action<A, B, C, D, E> f) =>
        OperatorRegistry.Register(name, s =>
        {
            var a4 = Arg<E>(s.Pop());
            var a3 = Arg<D>(s.Pop());
            var a2 = Arg<C>(s.Pop());
            var a1 = Arg<B>(s.Pop());
            var a0 = Arg<A>(s.Pop());
            f(a0, a1, a2, a3, a4);
            Release(a0);
            Release(a1);
            Release(a2);
            Release(a3);
            Release(a4);
        });

    public static void Op<A, B, C, D, E, F, R>(string name, Func<A, B, C, D, E, F, R> f) =>
        OperatorRegistry.Register(name, s =>
        {
            var a5 = Arg<F>(s.Pop());
            var a4 = Arg<E>(s.Pop());
            var a3 = Arg<D>(s.Pop());
            var a2 = Arg<C>(s.Pop());
            var a1 = Arg<B>(s.Pop());
            var a0 = Arg<A>(s.Pop());
            s.Push(Ret(f(a0, a1, a2, a3, a4, a5)));
            Release(a0);
            Release(a1);
            Release(a2);
            Release(a3);
            Release(a4);
            Release(a5);
        });

    public static void Void<A, B, C, D, E, F>(string name, Action<A, B, C, D, E, F> f) =>
        OperatorRegistry.Register(name, s =>
        {
            var a5 = Arg<F>(s.Pop());
            var a4 = Arg<E>(s.Pop());
            var a3 = Arg<D>(s.Pop());
            var a2 = Arg<C>(s.Pop());
            var a1 = Arg<B>(s.Pop());
            var a0 = Arg<A>(s.Pop());
            f(a0, a1, a2, a3, a4, a5);
            Release(a0);
            Release(a1);
            Release(a2);
            Release(a3);
            Release(a4);
            Release(a5);
        });

    public static void Op<A, B, C, D, E, F, G, R>(string name, Func<A, B, C, D, E, F, G, R> f) =>
        OperatorRegistry.Register(name, s =>
        {
            var a6 = Arg<G>(s.Pop());
            var a5 = Arg<F>(s.Pop());
            var a4 = Arg<E>(s.Pop());
            var a3 = Arg<D>(s.Pop());
            var a2 = Arg<C>(s.Pop());
            var a1 = Arg<B>(s.Pop());
            var a0 = Arg<A>(s.Pop());
            s.Push(Ret(f(a0, a1, a2, a3, a4, a5, a6)));
            Release(a0);
            Release(a1);
            Release(a2);
            Release(a3);
            Release(a4);
            Release(a5);
            Release(a6);
        });

    public static void Void<A, B, C, D, E, F, G>(string name, Action<A, B, C, D, E, F, G> f) =>
        OperatorRegistry.Register(name, s =>
        {
            var a6 = Arg<G>(s.Pop());
            var a5 = Arg<F>(s.Pop());
            var a4 = Arg<E>(s.Pop());
            var a3 = Arg<D>(s.Pop());
            var a2 = Arg<C>(s.Pop());
            var a1 = Arg<B>(s.Pop());
            var a0 = Arg<A>(s.Pop());
            f(a0, a1, a2, a3, a4, a5, a6);
            Release(a0);
            Release(a1);
            Release(a2);
            Release(a3);
            Release(a4);
            Release(a5);
            Release(a6);
        });

    public static void Op<A, B, C, D, E, F, G, H, R>(string name, Func<A, B, C, D, E, F, G, H, R> f) =>
        OperatorRegistry.Register(name, s =>
        {
            var a7 = Arg<H>(s.Pop());
            var a6 = Arg<G>(s.Pop());
            var a5 = Arg<F>(s.Pop());
            var a4 = Arg<E>(s.Pop());
            var a3 = Arg<D>(s.Pop());
            var a2 = Arg<C>(s.Pop());
            var a1 = Arg<B>(s.Pop());
            var a0 = Arg<A>(s.Pop());
            s.Push(Ret(f(a0, a1, a2, a3, a4, a5, a6, a7)));
            Release(a0);
            Release(a1);
            Release(a2);
            Release(a3);
            Release(a4);
            Release(a5);
            Release(a6);
            Release(a7);
        });

    public static void Void<A, B, C, D, E, F, G, H>(string name, Action<A, B, C, D, E, F, G, H> f) =>
        OperatorRegistry.Register(name, s =>
        {
            var a7 = Arg<H>(s.Pop());
            var a6 = Arg<G>(s.Pop());
            var a5 = Arg<F>(s.Pop());
            var a4 = Arg<E>(s.Pop());
            var a3 = Arg<D>(s.Pop());
            var a2 = Arg<C>(s.Pop());
            var a1 = Arg<B>(s.Pop());
            var a0 = Arg<A>(s.Pop());
            f(a0, a1, a2, a3, a4, a5, a6, a7);
            Release(a0);
            Release(a1);
            Release(a2);
            Release(a3);
            Release(a4);
            Release(a5);
            Release(a6);
            Release(a7);
        });
}

internal static partial class Def
{
    /// An op with several returns (`-> (int, int)`): each value is pushed as its own output.
    public static void Multi<A>(string name, Func<A, IValue[]> f) =>
        OperatorRegistry.Register(name, s =>
        {
            var a0 = Arg<A>(s.Pop());
            foreach (var r in f(a0)) s.Push(r);
            Release(a0);
        });

    public static void Multi<A, B>(string name, Func<A, B, IValue[]> f) =>
        OperatorRegistry.Register(name, s =>
        {
            var a1 = Arg<B>(s.Pop());
            var a0 = Arg<A>(s.Pop());
            foreach (var r in f(a0, a1)) s.Push(r);
            Release(a0);
            Release(a1);
        });
}
