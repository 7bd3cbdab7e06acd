using TorchScriptSharp.Ops;

namespace TorchScriptSharp.Cli;

/// `tss ops`: every operator schema PyTorch 1.13 registers, marked with whether it has a kernel here.
static class OpsListing
{
    public static int Run()
    {
        int withKernel = 0, total = 0;
        foreach (var op in OperatorRegistry.AllOperators)
        {
            total++;
            if (op.HasKernel) withKernel++;
            Console.WriteLine($"{(op.HasKernel ? "[kernel]" : "[      ]")} {op.Schema}");
        }
        Console.WriteLine($"{withKernel}/{total} schemas have kernels");
        return 0;
    }
}
