using System.Diagnostics;
using TorchScriptSharp;
using TorchScriptSharp.Bench;
using TorchSharp;

// Benchmarks TorchScriptSharp against libtorch's own TorchScript (TorchSharp's torch.jit.compile,
// in this process) and, when Debian's PyTorch 1.13 is installed, torch.jit.script in a Python process,
// all on the same source and arguments. Prints the median time of each and the ratios.
var python = PyTorchPeer.Find();
Console.WriteLine($"{"workload",-13} {"ours",12} {"libtorch",12} {"ratio",8} {(python == null ? "" : $"{"pytorch",12} {"ratio",8}")}");
foreach (var w in Workloads.All)
{
    var ours = jit.compile(Dedent(w.Source), w.Name + ".py")[w.Function];
    using var theirs = torch.jit.compile(Dedent(w.Source));
    var oursTime = Median(() => ours.call(w.Arguments()), w.Calls);
    var theirsTime = Median(() => theirs.invoke(w.Function, w.Arguments()), w.Calls);
    var line = $"{w.Name,-13} {Show(oursTime),12} {Show(theirsTime),12} {oursTime / theirsTime,8:0.00}";
    if (python != null && python.Measure(w) is { } py) line += $" {Show(py),12} {oursTime / py,8:0.00}";
    Console.WriteLine(line);
}
Console.WriteLine();
Console.WriteLine("times: median wall time per call after warm-up; ratio = ours / peer (below 1: we are faster)");
foreach (var w in Workloads.All) Console.WriteLine($"  {w.Name}: {w.What}");

// compile time, cold for both: a fresh unit per run
var compileOurs = Median(() => jit.compile(Dedent(Workloads.All[3].Source), "c.py")[Workloads.All[3].Function], 20);
var compileTheirs = Median(() => { using var cu = torch.jit.compile(Dedent(Workloads.All[3].Source)); return cu; }, 20);
Console.WriteLine($"compile {Workloads.All[3].Name}: ours {Show(compileOurs)}, libtorch {Show(compileTheirs)}, ratio {compileOurs / compileTheirs:0.00}");

static double Median(Func<object?> run, int calls)
{
    for (int i = 0; i < Math.Max(3, calls / 10); i++) run(); // warm-up: JIT, caches, first-call compilation
    var times = new List<double>();
    for (int i = 0; i < calls; i++)
    {
        var sw = Stopwatch.StartNew();
        using (torch.NewDisposeScope()) run();
        times.Add(sw.Elapsed.TotalMilliseconds);
    }
    times.Sort();
    return times[times.Count / 2];
}

static string Show(double ms) => ms >= 1 ? $"{ms:0.00} ms" : $"{ms * 1000:0.0} µs";

static string Dedent(string s) => s.Replace("\r", "") + "\n"; // libtorch's parser wants the last line ended
