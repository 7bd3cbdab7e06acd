using TorchSharp;

namespace TorchScriptSharp.Cli;

/// `tss demo`: the first example of the torch.jit.script documentation page, scripted from .NET.
static class Demo
{
    const string Source = """
        import torch

        def foo(x, y):
            if x.max() > y.max():
                r = x
            else:
                r = y
            return r
        """;

    public static int Run()
    {
        Console.WriteLine("source (the first example of the torch.jit.script docs):");
        Console.WriteLine(Source);
        var foo = jit.script(Source, "demo.py");
        Console.WriteLine($"type(foo) = {foo.GetType().FullName}  ({foo.qualified_name})");
        Console.WriteLine();
        Console.WriteLine("foo.code:");
        Console.WriteLine(foo.code);
        Console.WriteLine("foo.graph:");
        Console.WriteLine(foo.graph);
        torch.manual_seed(0);
        var x = torch.rand(3, 3);
        var y = torch.rand(3, 3);
        var r = (torch.Tensor)foo.call(x, y)!;
        Console.WriteLine($"x.max() = {x.max().item<float>():0.####}, y.max() = {y.max().item<float>():0.####}");
        Console.WriteLine($"foo(x, y) returned {(ReferenceEquals(r, x) || r.equal(x).item<bool>() ? "x" : "y")}:");
        Console.WriteLine(r.ToString(TensorStringStyle.Numpy));
        return 0;
    }
}
