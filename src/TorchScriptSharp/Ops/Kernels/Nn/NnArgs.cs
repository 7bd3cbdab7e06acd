using TorchScriptSharp.Runtime;
using TorchSharp;
using static TorchSharp.torch;

namespace TorchScriptSharp.Ops.Kernels;

/// Argument helpers shared by the torch.nn.functional kernels.
internal static class NnArgs
{
    /// An `int[N]` argument whose empty default (`stride=[]` for pooling) means "same as another list".
    public static long[] OrElse(long[] value, long[] fallback) => value.Length == 0 ? fallback : value;

    /// The reduction code of the loss schemas (`int reduction=1`) as TorchSharp's enum; the numbering
    /// is ATen's (0 none, 1 mean, 2 sum) in both.
    public static nn.Reduction Reduction(long code) => code switch
    {
        0 => nn.Reduction.None,
        1 => nn.Reduction.Mean,
        2 => nn.Reduction.Sum,
        _ => throw KernelError.Runtime($"{code} is not a valid value for reduction"),
    };

    /// Applies a loss reduction to element-wise losses, for losses composed here rather than in
    /// TorchSharp. Consumes <paramref name="elementwise"/>.
    public static Tensor Reduce(Tensor elementwise, long reduction)
    {
        if (reduction == 0) return elementwise;
        using (elementwise) return reduction == 1 ? elementwise.mean() : elementwise.sum();
    }

    /// Pops the n arguments of a kernel bound with Def.Raw, first argument first.
    public static IValue[] Pop(Stack s, int n) => s.PopN(n);

    public static Tensor? OptTensor(IValue v) => v.IsNone ? null : v.ToTensor();
    public static long[] Longs(IValue v) => v.ToList().Items.Select(x => x.ToInt()).ToArray();
    public static long[]? OptLongs(IValue v) => v.IsNone ? null : Longs(v);
    public static double[]? OptDoubles(IValue v) => v.IsNone ? null : v.ToList().Items.Select(x => x.ToDouble()).ToArray();
    public static Tensor[] Tensors(IValue v) => v.ToList().Items.Select(x => x.ToTensor()).ToArray();

    /// A list of tensors as a TorchScript `Tensor[]` result.
    public static IValue TensorList(IEnumerable<Tensor> ts) =>
        IValue.FromList(new ScriptList(Types.TorchType.Tensor, ts.Select(IValue.FromTensor).ToList()));
}

/// Runs a composite kernel inside a TorchSharp dispose scope: every temporary it creates is freed
/// when it returns, except the result, which is detached from the scope so that only the
/// interpreter owns it.
internal static class Scoped
{
    public static Tensor Run(Func<Tensor> body)
    {
        using var scope = torch.NewDisposeScope();
        return scope.Detach(body());
    }

    public static (Tensor, Tensor) Run2(Func<(Tensor, Tensor)> body)
    {
        using var scope = torch.NewDisposeScope();
        var (a, b) = body();
        return scope.Detach(a, b);
    }

    public static (Tensor, Tensor, Tensor) Run3(Func<(Tensor, Tensor, Tensor)> body)
    {
        using var scope = torch.NewDisposeScope();
        var (a, b, c) = body();
        return scope.Detach(a, b, c);
    }
}
