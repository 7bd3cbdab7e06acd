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
        NnConvolutionKernels.Register();
        NnPoolingKernels.Register();
        NnNormalizationKernels.Register();
        NnActivationKernels.Register();
        NnDropoutKernels.Register();
        NnLossKernels.Register();
        NnSamplingKernels.Register();
        NnEmbeddingKernels.Register();
        NnDistanceKernels.Register();
        NnAttentionKernels.Register();
        NnRecurrentKernels.Register();
        PointwiseUnaryKernels.Register();
        PointwiseBinaryKernels.Register();
        ComparisonKernels.Register();
        ReductionExtraKernels.Register();
        SortingKernels.Register();
        ShapeExtraKernels.Register();
        IndexingKernels.Register();
        FactoryExtraKernels.Register();
        LinalgKernels.Register();
        RuntimeStateKernels.Register();
        MathKernels.Register();
        StringMethodKernels.Register();
    }
}
