using System.Diagnostics;
using TorchScriptSharp.Serialization;
using TorchSharp;

namespace TorchScriptSharp.Tests.Serialization;

/// C# -> PyTorch: files written here are loaded by Debian's PyTorch 1.13 (/usr/bin/python3), which
/// describes them back as JSON (tests/fixtures/serialization/describe.py). test.sh installs
/// python3-torch; without it these tests fail with a message saying so.
public class PyTorchInteropTests
{
    private const string Python = "/usr/bin/python3";

    private static string RunPython(params string[] args)
    {
        var psi = new ProcessStartInfo(Python) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in args) psi.ArgumentList.Add(a);
        Process p;
        try { p = Process.Start(psi)!; }
        catch (Exception e)
        {
            throw new InvalidOperationException($"interop tests need {Python} with PyTorch (apt-get install python3-torch): {e.Message}");
        }
        using (p)
        {
            var stdout = p.StandardOutput.ReadToEndAsync();
            var stderr = p.StandardError.ReadToEndAsync();
            if (!p.WaitForExit(120_000)) { p.Kill(); throw new TimeoutException("python did not finish in 120 s"); }
            if (p.ExitCode != 0)
            {
                string err = stderr.Result;
                if (err.Contains("No module named 'torch'"))
                    throw new InvalidOperationException($"interop tests need PyTorch for {Python}: apt-get install python3-torch");
                throw new Xunit.Sdk.XunitException($"python failed ({p.ExitCode}):\n{err}");
            }
            return stdout.Result;
        }
    }

    private static string TempFile() => Path.Combine(Path.GetTempPath(), $"tss-interop-{Guid.NewGuid():N}.pt");

    /// Saves `value` from C#, loads it in PyTorch and compares PyTorch's view of it with `value`.
    private static void AssertPyTorchReads(object? value, bool weightsOnly = true)
    {
        string path = TempFile();
        try
        {
            TorchSave.Save(value, path);
            var args = new List<string> { Fixtures.Path("describe.py"), path };
            if (weightsOnly) args.Add("--weights-only");
            var json = Expectation.Parse(RunPython(args.ToArray()));
            Expectation.AssertMatches(json, value, layout: false);
        }
        finally { File.Delete(path); }
    }

    [Fact]
    public void PyTorchReadsEveryDtype()
    {
        var d = new PyDict();
        foreach (var dtype in RoundTripTests.AllDtypes)
        {
            d[dtype.ToString()] = RoundTripTests.Sample(dtype, 2, 3);
            d[dtype + "_scalar"] = RoundTripTests.Sample(dtype);
        }
        d["empty"] = torch.zeros(new long[] { 2, 0 });
        AssertPyTorchReads(d);
    }

    [Fact]
    public void PyTorchReadsNestedValues()
    {
        var value = new PyList(
            torch.tensor(new[] { 1f, 2f }), 3L, 2.5, true, false, "s", null, new PyTuple(1L, 2L),
            new PyDict { { "a", torch.tensor(new[] { 1.5f }).to(torch.float16) } },
            new PyList(0L, 255L, 256L, 65536L, -1L, 1L << 40, long.MaxValue, long.MinValue),
            new PyList(double.NaN, double.PositiveInfinity, -0.0, 1e-300),
            "héllo ✓ 𝄞", PyTuple.Empty, new PyTuple(1L, 2L, 3L, 4L, "five"),
            new PyDict { { 1L, "one" }, { new PyTuple(1L, 2L), null } },
            new PyList(Enumerable.Range(0, 1500).Select(i => (object?)(long)i)));
        // 1.13's weights_only unpickler lacks BINFLOAT (it refuses PyTorch's own files with
        // floats too), so this one uses the full loader.
        AssertPyTorchReads(value, weightsOnly: false);
    }

    [Fact]
    public void PyTorchReadsViewsParametersDevicesAndDtypes()
    {
        var b = torch.arange(24, torch.float32).reshape(4, 6);
        var value = new PyTuple(
            b.t(), b[1..3, 2..5], torch.ones(3).expand(2, 3),
            new TorchSharp.Modules.Parameter(torch.randn(2, 2), requires_grad: true),
            new TorchSharp.Modules.Parameter(torch.randn(2), requires_grad: false),
            torch.randn(3).requires_grad_(true));
        AssertPyTorchReads(value);
        // torch.device / dtype globals are outside 1.13's weights_only allow-list, so plain load.
        AssertPyTorchReads(new PyList(new TorchDevice("cpu"), new TorchDevice("cuda", 1), torch.ScalarType.BFloat16), weightsOnly: false);
    }

    [Fact]
    public void PyTorchLoadsACSharpStateDictIntoAModule()
    {
        var sd = new PyDict(isOrdered: true)
        {
            { "weight", torch.arange(6, torch.float32).reshape(2, 3) },
            { "bias", torch.tensor(new[] { 0.5f, -0.5f }) },
        };
        sd.Attributes = new PyDict { { "_metadata", new PyDict(isOrdered: true) { { "", new PyDict { { "version", 1L } } } } } };
        string path = TempFile();
        try
        {
            TorchSave.Save(sd, path);
            var output = RunPython("-c",
                "import sys, torch\n" +
                "m = torch.nn.Linear(3, 2)\n" +
                "sd = torch.load(sys.argv[1], weights_only=True)\n" +
                "assert type(sd).__name__ == 'OrderedDict' and sd._metadata[''] == {'version': 1}, sd\n" +
                "m.load_state_dict(sd)\n" +
                "print(m(torch.ones(1, 3)).tolist())\n", path);
            Assert.Equal("[[3.5, 11.5]]", output.Trim());
        }
        finally { File.Delete(path); }
    }

    [Fact]
    public void PyTorchResaveOfACSharpFileLoadsBackInCSharp()
    {
        var value = new PyDict
        {
            { "x", torch.randn(3, 4) },
            { "view", torch.arange(10)[3..7] },
            { "args", new PyTuple(4L, 0.5, "mode", null, new PyList(true, false)) },
        };
        string path = TempFile(), resaved = TempFile();
        try
        {
            TorchSave.Save(value, path);
            RunPython(Fixtures.Path("describe.py"), path, "--resave", resaved);
            var back = TorchSave.Load(resaved);
            Assert.Equal(PyRepr.Of(value), PyRepr.Of(back));
            var d = (PyDict)back!;
            Assert.Equal(Expectation.Hex((torch.Tensor)value["x"]!), Expectation.Hex((torch.Tensor)d["x"]!));
            Assert.Equal(new long[] { 3, 4, 5, 6 }, ((torch.Tensor)d["view"]!).data<long>().ToArray());
        }
        finally { File.Delete(path); File.Delete(resaved); }
    }
}
