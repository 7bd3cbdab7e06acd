using System.Diagnostics;
using TorchScriptSharp.IR;
using TorchScriptSharp.Runtime;
using TorchScriptSharp.Types;
using TorchSharp;

namespace TorchScriptSharp.Tests.Runtime;

/// Runs alone: process-wide memory figures mean nothing while other tests allocate in parallel.
[CollectionDefinition("FlatMemory", DisableParallelization = true)]
public sealed class FlatMemoryCollection { }

[Collection("FlatMemory")]
public class FlatMemoryTests
{
    static readonly TorchType T = TorchType.Tensor;

    [Fact]
    public void ALongRunningLoopHoldsFlatMemory()
    {
        // def f(x, n): acc = x
        //     for i in range(n): acc = acc * 0.5 + x.relu()
        //     return acc
        var g = new Graph();
        var x = g.AddInput(T, "x");
        var n = g.AddInput(TorchType.Int, "n");
        var loop = g.Loop(n, g.Bool(true), new[] { x }, (_, c) => new[]
        {
            g.Bool(true),
            g.Op(TestOps.AddTensor, T, g.Op(TestOps.MulScalar, T, c[0], g.Float(0.5)), g.Op(TestOps.Relu, T, x)),
        });
        g.RegisterOutput(loop.Output);
        var fn = g.Fn();
        var ops = new TestOps();
        var interp = new Interpreter(ops);
        using var input = torch.rand(64, 64);

        void RunOnce()
        {
            var r = interp.Invoke(fn, new IValue[] { input, 10 }).ToTensor();
            // Deterministic part: every tensor the run created, except its result, is already freed.
            foreach (var t in ops.Created)
                if (!ReferenceEquals(t, r)) Assert.True(t.IsInvalid, "an intermediate tensor was not disposed");
            Assert.False(input.IsInvalid);
            r.Dispose();
            ops.Created.Clear();
        }

        for (int i = 0; i < 200; i++) RunOnce();
        var (rss0, managed0) = Measure();
        for (int i = 0; i < 3000; i++) RunOnce(); // 90,000 tensors of 16 KB: ~1.4 GB if they leaked
        var (rss1, managed1) = Measure();

        Assert.True(rss1 - rss0 < 48L << 20, $"resident memory grew by {(rss1 - rss0) >> 20} MB");
        Assert.True(managed1 - managed0 < 8L << 20, $"managed heap grew by {(managed1 - managed0) >> 20} MB");
    }

    static (long Rss, long Managed) Measure()
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        long managed = GC.GetTotalMemory(forceFullCollection: true);
        using var p = Process.GetCurrentProcess();
        p.Refresh();
        return (p.WorkingSet64, managed);
    }
}
