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

    const string TraceInScriptSource = """
        import torch
        import torch.nn as nn
        import torch.nn.functional as F

        class MyModule(nn.Module):
            def __init__(self):
                super(MyModule, self).__init__()
                # torch.jit.trace produces a ScriptModule's conv1 and conv2
                self.conv1 = torch.jit.trace(nn.Conv2d(1, 20, 5), torch.rand(1, 1, 16, 16))
                self.conv2 = torch.jit.trace(nn.Conv2d(20, 20, 5), torch.rand(1, 20, 16, 16))

            def forward(self, input):
                input = F.relu(self.conv1(input))
                input = F.relu(self.conv2(input))
                return input
        """;

    public static int Run()
    {
        RunFunctionExample();
        Console.WriteLine();
        RunParameterLinearExample();
        Console.WriteLine();
        RunExportIgnoreExample();
        Console.WriteLine();
        RunTraceInScriptExample();
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

    /// The third example: traced convolutions (torch.jit.trace in __init__) inside a scripted module.
    static void RunTraceInScriptExample()
    {
        Console.WriteLine("the third example of the docs page (torch.jit.trace inside a scripted module):");
        torch.manual_seed(0);
        var m = jit.script_module(TraceInScriptSource, "MyModule()", "demo_module.py");
        Console.WriteLine($"type = {m.qualified_name}");
        Console.WriteLine("m.code:");
        Console.WriteLine(m.code);
        var conv1 = m.submodule("conv1")!;
        Console.WriteLine($"m.conv1 ({conv1.qualified_name}, traced) .code:");
        Console.WriteLine(conv1.code);
        Console.WriteLine("m.conv1.graph:");
        Console.WriteLine(conv1.graph);
        var y = (torch.Tensor)m.forward(torch.rand(1, 1, 16, 16))!;
        Console.WriteLine($"m(rand(1, 1, 16, 16)).shape = [{string.Join(", ", y.shape)}], sum = {y.sum().item<float>():0.####}");
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
