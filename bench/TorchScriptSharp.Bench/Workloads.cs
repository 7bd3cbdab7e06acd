namespace TorchScriptSharp.Bench;

/// The programs measured: TorchScript source both interpreters compile from the same text, the
/// function to call, and a way to make its arguments. Each stresses one thing: per-call overhead on
/// small tensors, interpreter overhead on scalar code, a tensor loop, and compilation itself.
sealed record Workload(string Name, string What, string Source, string Function, Func<object[]> Arguments, int Calls);

static class Workloads
{
    public static readonly Workload[] All =
    {
        new("docs_foo", "the torch.jit.script docs example on 3x3 tensors (per-call overhead)", """
            def foo(x, y):
                if x.max() > y.max():
                    r = x
                else:
                    r = y
                return r
            """, "foo", () => new object[] { TorchSharp.torch.rand(3, 3), TorchSharp.torch.rand(3, 3) }, 2000),
        new("scalar_loop", "100,000 iterations of int arithmetic (interpreter dispatch)", """
            def scalar_loop(n: int) -> int:
                s = 0
                for i in range(n):
                    s += i * i % 7
                return s
            """, "scalar_loop", () => new object[] { 100_000L }, 5),
        new("tensor_loop", "1,000 iterations of small-tensor arithmetic", """
            def tensor_loop(x, n: int):
                for i in range(n):
                    x = x * 0.5 + 1.0
                return x
            """, "tensor_loop", () => new object[] { TorchSharp.torch.rand(8), 1000L }, 20),
        new("list_build", "build and sum a 10,000-element list", """
            def list_build(n: int) -> int:
                xs: List[int] = []
                for i in range(n):
                    xs.append(i * 3)
                total = 0
                for v in xs:
                    total += v
                return total
            """, "list_build", () => new object[] { 10_000L }, 20),
    };
}
