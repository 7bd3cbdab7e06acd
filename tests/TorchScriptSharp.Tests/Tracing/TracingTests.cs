using TorchScriptSharp.Eager;
using TorchScriptSharp.Tracing;
using TorchSharp;

namespace TorchScriptSharp.Tests.Tracing;

/// torch.jit.trace beyond the goldens: what the traced graphs hold, traced modules used from eager
/// Python, options, and errors.
public class TracingTests
{
    // the third example of the torch.jit.script docs page, as the tracing goldens hold it
    static readonly string DocsThirdExample = File.ReadAllText(
        Path.Combine(Golden.GoldenCases.RepoRoot, "tests", "golden", "tracing", "docs_trace_in_script.py"));

    [Fact]
    public void TracedConvolutionReadsItsWeightAndBiasAsModuleAttributes()
    {
        var module = jit.script_module(DocsThirdExample, "MyModule()");
        foreach (var name in new[] { "conv1", "conv2" })
        {
            var graph = module.submodule(name)!.graph;
            var convolution = Assert.Single(graph.Nodes, n => n.Kind == "aten::_convolution");
            Assert.Equal(graph.Inputs[1], convolution.Inputs[0]);
            foreach (var (index, attribute) in new[] { (1, "weight"), (2, "bias") })
            {
                var producer = convolution.Inputs[index].Node;
                Assert.Equal("prim::GetAttr", producer.Kind);
                Assert.Equal(attribute, producer.Attributes["name"]);
                Assert.Equal(graph.Inputs[0], producer.Inputs[0]);
            }
        }
        // the traced types are not shared: the second convolution's name is mangled
        Assert.NotEqual(module.submodule("conv1")!.qualified_name, module.submodule("conv2")!.qualified_name);
        Assert.Contains("___torch_mangle_", module.submodule("conv2")!.qualified_name);
    }

    [Fact]
    public void ParentStateDictReachesTracedSubmodules()
    {
        var module = jit.script_module(DocsThirdExample, "MyModule()");
        var before = module.named_tensors().ToDictionary(p => p.Name, p => p.Tensor.clone());
        Assert.Equal(new[] { "conv1.weight", "conv1.bias", "conv2.weight", "conv2.bias" }, before.Keys.ToArray());
        var stateDict = new TorchScriptSharp.Serialization.PyDict(isOrdered: true);
        foreach (var (name, t) in before) stateDict[name] = torch.zeros_like(t);
        var zeroed = jit.script_module(DocsThirdExample, "MyModule()", stateDict: stateDict);
        var y = (torch.Tensor)zeroed.forward(torch.rand(1, 1, 16, 16))!;
        Assert.Equal(0.0, y.abs().sum().item<float>());
    }

    [Fact]
    public void TracedModulesAndFunctionsRunFromEagerPython()
    {
        var py = new EagerInterpreter();
        py.Run("""
            import torch
            import torch.nn as nn

            def double(x):
                return x * 2

            torch.manual_seed(0)
            lin = nn.Linear(3, 2)
            traced_lin = torch.jit.trace(lin, torch.rand(4, 3))
            traced_double = torch.jit.trace(double, (torch.rand(3),))
            x = torch.rand(4, 3)
            same = bool((traced_lin(x) == lin(x)).all())
            doubled = traced_double(torch.ones(3)).tolist()
            tracing_outside = torch.jit.is_tracing()
            """);
        Assert.Equal(true, py.Evaluate("same"));
        Assert.Equal(new object?[] { 2.0, 2.0, 2.0 }, ((TorchScriptSharp.Serialization.PyList)py.Evaluate("doubled")!).ToArray());
        Assert.Equal(false, py.Evaluate("tracing_outside"));
    }

    [Fact]
    public void IsTracingIsTrueWhileTracing()
    {
        var fn = jit.trace("""
            import torch
            def f(x):
                if torch.jit.is_tracing():
                    return x + 1
                return x - 1
            """, "f", new object?[] { torch.zeros(2) });
        Assert.Equal(new[] { 1f, 1f }, ((torch.Tensor)fn.call(torch.zeros(2))!).data<float>().ToArray());
    }

    [Fact]
    public void CheckTraceRepeatsTheTraceAndItsWarnings()
    {
        const string source = """
            import torch
            def f(x):
                return x * x.sum().item()
            """;
        var checkedWarnings = new List<string>();
        jit.trace(source, "f", new object?[] { torch.ones(2) }, warnings: checkedWarnings);
        var uncheckedWarnings = new List<string>();
        jit.trace(source, "f", new object?[] { torch.ones(2) }, options: new TraceOptions { CheckTrace = false }, warnings: uncheckedWarnings);
        Assert.Equal(2, checkedWarnings.Count);
        Assert.Single(uncheckedWarnings);
        Assert.StartsWith("Converting a tensor to a Python number", uncheckedWarnings[0]);
    }

    [Fact]
    public void NonTensorOutputIsAnError()
    {
        var e = Assert.Throws<PythonException>(() => jit.trace("def f(x):\n    return 3\n", "f", new object?[] { torch.ones(2) }));
        Assert.Contains("Only tensors, lists, tuples of tensors", e.Message);
        Assert.Contains("RuntimeError", e.Message);
    }

    [Fact]
    public void TooManyExampleInputsIsAnError()
    {
        var e = Assert.Throws<PythonException>(() => jit.trace("def f(x):\n    return x\n", "f", new object?[] { torch.ones(2), torch.ones(2) }));
        Assert.Contains("takes 1 arguments but 2 example inputs", e.Message);
    }

    [Fact]
    public void NonTensorExampleInputIsAnError()
    {
        var e = Assert.Throws<PythonException>(() => jit.trace("def f(x):\n    return x\n", "f", new object?[] { "text" }));
        Assert.Contains("cannot be traced", e.Message);
    }

    [Fact]
    public void TracingACompiledFunctionRecordsACallOfIt()
    {
        var dir = Path.Combine(Golden.GoldenCases.RepoRoot, "tests", "golden", "tracing");
        var g = jit.compile(File.ReadAllText(Path.Combine(dir, "script_function_traced.py")), "script_function_traced.py")["g"];
        var traced = jit.trace(g, torch.ones(3));
        Assert.Equal(File.ReadAllText(Path.Combine(dir, "script_function_traced.code")), traced.code);
        // the call keeps the function's control flow: negative inputs take the other branch
        Assert.Equal(new[] { -2f, -2f }, ((torch.Tensor)traced.call(-torch.ones(2))!).data<float>().ToArray());
    }

    [Fact]
    public void CheckInputsCatchAFrozenBranch()
    {
        const string source = """
            import torch
            def branchy(x):
                if x.sum() > 0:
                    return x + 1
                return x - 1
            def sized(x):
                return x * x.size(0)
            """;
        var warnings = new List<string>();
        var e = Assert.Throws<PythonException>(() => jit.trace(source, "branchy", new object?[] { torch.ones(3) },
            options: new TraceOptions { CheckInputs = new[] { new object?[] { -torch.ones(3) } } }, warnings: warnings));
        Assert.Contains("Tracing failed sanity checks!\nERROR: Graphs differed across invocations!", e.Message);
        // as in PyTorch, the outputs are compared (and warned about) before the graphs
        Assert.Contains(warnings, w => w.StartsWith("Output nr 1. of the traced function does not match the corresponding output of the Python function."));
        // a size read stays dynamic: other shapes trace to the same graph
        var sized = jit.trace(source, "sized", new object?[] { torch.ones(3) },
            options: new TraceOptions { CheckInputs = new[] { new object?[] { torch.ones(5) } } });
        Assert.Equal(25f, ((torch.Tensor)sized.call(torch.ones(5))!).sum().item<float>());
    }

    [Fact]
    public void DictOutputNeedsStrictFalse()
    {
        const string source = "def f(x):\n    return {'a': x + 1}\n";
        var e = Assert.Throws<PythonException>(() => jit.trace(source, "f", new object?[] { torch.ones(2) }));
        Assert.Contains("Encountering a dict at the output of the tracer", e.Message);
        var traced = jit.trace(source, "f", new object?[] { torch.ones(2) }, options: new TraceOptions { Strict = false });
        Assert.Contains("Dict[str, Tensor]", traced.code);
    }

    [Fact]
    public void CallingASubmoduleTheTraceNeverCalledIsAClearError()
    {
        var py = new EagerInterpreter();
        py.Run("""
            import torch
            import torch.nn as nn

            class Net(nn.Module):
                def __init__(self):
                    super().__init__()
                    self.used = nn.Linear(2, 2)
                    self.unused = nn.Linear(2, 2)

                def forward(self, x):
                    return self.used(x)

            traced = torch.jit.trace(Net(), torch.rand(1, 2))
            """);
        var e = Assert.Throws<PythonException>(() => py.Evaluate("traced.unused(torch.rand(1, 2))"));
        Assert.Contains("has no traced forward", e.Message);
    }
}
