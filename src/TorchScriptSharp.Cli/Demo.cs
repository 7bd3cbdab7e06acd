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

    const string ParameterLinearSource = """
        import torch

        class MyModule(torch.nn.Module):
            def __init__(self, N, M):
                super(MyModule, self).__init__()
                self.weight = torch.nn.Parameter(torch.rand(N, M))
                self.linear = torch.nn.Linear(N, M)

            def forward(self, input):
                output = self.weight.mv(input)
                output = self.linear(output)
                return output
        """;

    const string ExportIgnoreSource = """
        import torch
        import torch.nn as nn

        class MyModule(nn.Module):
            def __init__(self):
                super(MyModule, self).__init__()

            @torch.jit.export
            def some_entry_point(self, input):
                return input + 10

            @torch.jit.ignore
            def python_only_fn(self, input):
                # This function won't be compiled, so any
                # Python APIs can be used
                import pdb
                pdb.set_trace()

            def forward(self, input):
                if self.training:
                    self.python_only_fn(input)
                return input * 99
        """;

    public static int Run()
    {
        RunFunctionExample();
        Console.WriteLine();
        RunParameterLinearExample();
        Console.WriteLine();
        RunExportIgnoreExample();
        return 0;
    }

    /// The second example: a module with a Parameter and an nn.Linear (from the bundled library).
    static void RunParameterLinearExample()
    {
        Console.WriteLine("the second example of the docs page (a Parameter and an nn.Linear):");
        torch.manual_seed(0);
        var m = jit.script_module(ParameterLinearSource, "MyModule(2, 3)", "demo_module.py");
        Console.WriteLine($"type = {m.qualified_name}");
        Console.WriteLine("m.code:");
        Console.WriteLine(m.code);
        Console.WriteLine("m.linear.code:");
        Console.WriteLine(m.submodule("linear")!.code);
        var y = (torch.Tensor)m.forward(torch.arange(3f))!;
        Console.WriteLine($"m(arange(3)) = {y.detach().ToString(TensorStringStyle.Numpy)}");
    }

    /// The fourth example: a module with an exported method and an ignored (Python-only) one.
    static void RunExportIgnoreExample()
    {
        Console.WriteLine("the fourth example of the docs page (@torch.jit.export, @torch.jit.ignore):");
        var m = jit.script_module(ExportIgnoreSource, "MyModule()", "demo_module.py", eval: true);
        Console.WriteLine($"type = {m.qualified_name}");
        Console.WriteLine("m.code:");
        Console.WriteLine(m.code);
        var x = torch.ones(2);
        Console.WriteLine($"m.eval(); m(ones(2)) = {((torch.Tensor)m.forward(x)!).ToString(TensorStringStyle.Numpy)}");
        Console.WriteLine($"m.some_entry_point(ones(2)) = {((torch.Tensor)m.call("some_entry_point", x)!).ToString(TensorStringStyle.Numpy)}");
    }

    static void RunFunctionExample()
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
    }
}
