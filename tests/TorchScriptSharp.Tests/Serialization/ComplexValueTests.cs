using System.Diagnostics;
using System.Numerics;
using TorchScriptSharp.Serialization;

namespace TorchScriptSharp.Tests.Serialization;

/// Python complex numbers in torch.save files: pickled as REDUCE of `__builtin__.complex(real, imag)`,
/// the one builtin the restricted unpickler allows besides the torch globals.
public class ComplexValueTests
{
    static string RunPython(string code)
    {
        var psi = new ProcessStartInfo("/usr/bin/python3") { RedirectStandardOutput = true, RedirectStandardError = true };
        psi.ArgumentList.Add("-c");
        psi.ArgumentList.Add(code);
        using var p = Process.Start(psi)!;
        var stdout = p.StandardOutput.ReadToEndAsync();
        var stderr = p.StandardError.ReadToEndAsync();
        Assert.True(p.WaitForExit(120_000), "python timed out");
        Assert.True(p.ExitCode == 0, "python failed: " + stderr.Result);
        return stdout.Result.Trim();
    }

    [Fact]
    public void ComplexRoundTrips()
    {
        var value = new PyList { new Complex(1.5, -2), new PyTuple(new object?[] { new Complex(0, 1), 3.0 }) };
        var back = Assert.IsType<PyList>(RoundTripTests.RoundTrip(value));
        Assert.Equal(new Complex(1.5, -2), back[0]);
        var t = Assert.IsType<PyTuple>(back[1]);
        Assert.Equal(new Complex(0, 1), t[0]);
        Assert.Equal(3.0, t[1]);
    }

    [Fact]
    public void PyTorchFilesWithComplexLoad()
    {
        string path = Path.Combine(Path.GetTempPath(), $"tss-complex-{Guid.NewGuid():N}.pt");
        try
        {
            RunPython($"import torch; torch.save([complex(1.5, -2.0), 2j, {{'k': complex(-0.0, 3)}}], '{path}')");
            var list = Assert.IsType<PyList>(TorchSave.Load(path));
            Assert.Equal(new Complex(1.5, -2), list[0]);
            Assert.Equal(new Complex(0, 2), list[1]);
            var d = Assert.IsType<PyDict>(list[2]);
            var z = Assert.IsType<Complex>(d["k"]);
            Assert.True(double.IsNegative(z.Real));
            Assert.Equal(3, z.Imaginary);
        }
        finally { File.Delete(path); }
    }

    [Fact]
    public void PyTorchReadsComplexWeWrite()
    {
        string path = Path.Combine(Path.GetTempPath(), $"tss-complex-{Guid.NewGuid():N}.pt");
        try
        {
            TorchSave.Save(new PyList { new Complex(1.5, -2), new Complex(0, 1) }, path);
            // (PyTorch 1.13's weights_only loader refuses complex, in its own files too.)
            Assert.Equal("[(1.5-2j), 1j]", RunPython($"import torch; print(torch.load('{path}'))"));
        }
        finally { File.Delete(path); }
    }

    [Fact]
    public void OtherBuiltinsStayRefused()
    {
        var e = Assert.Throws<TorchSaveException>(() => TorchGlobals.Resolve("__builtin__", "eval"));
        Assert.Contains("not allowed", e.Message);
    }
}
