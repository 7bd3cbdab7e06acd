namespace TorchScriptSharp.Ops.Kernels;

/// Registers every kernel family with the <see cref="OperatorRegistry"/>. Add a family here.
internal static class KernelCatalog
{
    public static void RegisterAll()
    {
        ScalarArithmeticKernels.Register();
        ScalarCompareKernels.Register();
        ConversionKernels.Register();
        ListKernels.Register();
        DictKernels.Register();
        StringKernels.Register();
        TensorArithmeticKernels.Register();
        TensorCompareKernels.Register();
        TensorReductionKernels.Register();
        TensorShapeKernels.Register();
        TensorCreationKernels.Register();
        TensorPropertyKernels.Register();
        PrimKernels.Register();
        MathKernels.Register();
        StringMethodKernels.Register();
    }
}
