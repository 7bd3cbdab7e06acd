using System.Diagnostics;
using TorchSharp;

namespace TorchScriptSharp.Tests.Runtime;

/// Tensors are freed at their last use, so calling a scripted loop many times must not grow the
/// process: native memory (libtorch allocations) shows in the working set, which we sample after a
/// warm-up and again after 100,000 calls. Not run alongside other tests, whose allocations would show
/// in the same working set.
[Collection("FlatMemory")]
public class ScriptedFlatMemoryTests
{
    const string Source = """
        def step(x: Tensor, n: int) -> Tensor:
            acc = x
            for i in range(n):
                acc = acc * 0.5 + x.relu()
            return acc
        """;

    [Fact]
    public void ScriptedLoopCalled100000TimesKeepsMemoryFlat()
    {
        var fn = jit.script(Source);
        using var x = torch.randn(64);
        void Calls(int count)
        {
            for (int i = 0; i < count; i++)
            {
                var r = (torch.Tensor)fn.call(x, 2L)!;
                r.Dispose(); // the caller owns results
            }
        }
        Calls(5_000);
        long before = Sample();
        Calls(100_000);
        long after = Sample();
        // 100,000 calls each allocate ~5 tensors of 64 floats (~256 bytes each): leaking them would
        // add well over 100 MB; a flat process stays within allocator noise.
        long growth = after - before;
        Assert.True(growth < 32L * 1024 * 1024, $"working set grew by {growth / (1024 * 1024)} MB over 100,000 calls");
    }

    static long Sample()
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        using var p = Process.GetCurrentProcess();
        p.Refresh();
        return p.WorkingSet64;
    }
}
