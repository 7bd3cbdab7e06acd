using System.Diagnostics;
using System.Globalization;

namespace TorchScriptSharp.Bench;

/// PyTorch 1.13 (Debian's /usr/bin/python3 with python3-torch) timing the same workload with
/// torch.jit.script in its own process; null when it is not installed.
sealed class PyTorchPeer
{
    readonly string _python;
    PyTorchPeer(string python) => _python = python;

    public static PyTorchPeer? Find()
    {
        const string python = "/usr/bin/python3";
        if (!File.Exists(python)) return null;
        var check = Process.Start(new ProcessStartInfo(python, "-c \"import torch\"") { RedirectStandardError = true, RedirectStandardOutput = true });
        check!.WaitForExit();
        return check.ExitCode == 0 ? new PyTorchPeer(python) : null;
    }

    /// Median milliseconds per call, measured as Program measures ours.
    public double? Measure(Workload w)
    {
        var script = $$"""
            import statistics, sys, time, torch
            from typing import List
            {{w.Source.Replace("\r", "")}}
            fn = torch.jit.script({{w.Function}})
            args = {{Arguments(w)}}
            calls = {{w.Calls}}
            for _ in range(max(3, calls // 10)):
                fn(*args)
            times = []
            for _ in range(calls):
                start = time.perf_counter()
                fn(*args)
                times.append((time.perf_counter() - start) * 1000)
            print(statistics.median(times))
            """;
        var path = Path.Combine(Path.GetTempPath(), $"tss-bench-{w.Name}.py");
        File.WriteAllText(path, script);
        var p = Process.Start(new ProcessStartInfo(_python, path) { RedirectStandardOutput = true, RedirectStandardError = true });
        var output = p!.StandardOutput.ReadToEnd();
        p.WaitForExit();
        return p.ExitCode == 0 && double.TryParse(output.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out var ms) ? ms : null;
    }

    /// The workload's arguments as Python source (the same shapes and values kinds).
    static string Arguments(Workload w) => "[" + string.Join(", ", w.Arguments().Select(a => a switch
    {
        TorchSharp.torch.Tensor t => $"torch.rand({string.Join(", ", t.shape)})",
        long l => l.ToString(CultureInfo.InvariantCulture),
        _ => throw new NotSupportedException(a.GetType().Name),
    })) + "]";
}
