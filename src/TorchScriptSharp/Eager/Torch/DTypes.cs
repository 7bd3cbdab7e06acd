using TorchSharp;

namespace TorchScriptSharp.Eager.Torch;

/// torch dtypes as values: `torch.float32` is a torch.ScalarType (an int code in TorchScript).
static class DTypes
{
    public static readonly (string Name, torch.ScalarType Type)[] All =
    {
        ("float32", torch.ScalarType.Float32), ("float", torch.ScalarType.Float32),
        ("float64", torch.ScalarType.Float64), ("double", torch.ScalarType.Float64),
        ("float16", torch.ScalarType.Float16), ("half", torch.ScalarType.Float16),
        ("bfloat16", torch.ScalarType.BFloat16),
        ("complex64", torch.ScalarType.ComplexFloat32), ("cfloat", torch.ScalarType.ComplexFloat32),
        ("complex128", torch.ScalarType.ComplexFloat64), ("cdouble", torch.ScalarType.ComplexFloat64),
        ("uint8", torch.ScalarType.Byte), ("int8", torch.ScalarType.Int8),
        ("int16", torch.ScalarType.Int16), ("short", torch.ScalarType.Int16),
        ("int32", torch.ScalarType.Int32), ("int", torch.ScalarType.Int32),
        ("int64", torch.ScalarType.Int64), ("long", torch.ScalarType.Int64),
        ("bool", torch.ScalarType.Bool),
    };

    /// The canonical name PyTorch prints (`torch.float32`, not `torch.float`).
    public static string Name(torch.ScalarType t) => t switch
    {
        torch.ScalarType.Float32 => "float32", torch.ScalarType.Float64 => "float64", torch.ScalarType.Float16 => "float16",
        torch.ScalarType.BFloat16 => "bfloat16", torch.ScalarType.ComplexFloat32 => "complex64", torch.ScalarType.ComplexFloat64 => "complex128",
        torch.ScalarType.Byte => "uint8", torch.ScalarType.Int8 => "int8", torch.ScalarType.Int16 => "int16",
        torch.ScalarType.Int32 => "int32", torch.ScalarType.Int64 => "int64", torch.ScalarType.Bool => "bool",
        _ => t.ToString().ToLowerInvariant(),
    };

    public static bool IsFloating(torch.ScalarType t) =>
        t is torch.ScalarType.Float32 or torch.ScalarType.Float64 or torch.ScalarType.Float16 or torch.ScalarType.BFloat16;

    public static bool IsComplex(torch.ScalarType t) => t is torch.ScalarType.ComplexFloat32 or torch.ScalarType.ComplexFloat64;

    /// The legacy type name `x.type()` returns, e.g. "torch.FloatTensor".
    public static string LegacyTypeName(torch.ScalarType t) => "torch." + ScalarTypeName(t) + "Tensor";

    /// PyTorch's name of a scalar type in type strings ("Float", "Long", ...).
    public static string ScalarTypeName(torch.ScalarType t) => t switch
    {
        torch.ScalarType.Float32 => "Float", torch.ScalarType.Float64 => "Double", torch.ScalarType.Float16 => "Half",
        torch.ScalarType.BFloat16 => "BFloat16", torch.ScalarType.Byte => "Byte", torch.ScalarType.Int8 => "Char",
        torch.ScalarType.Int16 => "Short", torch.ScalarType.Int32 => "Int", torch.ScalarType.Int64 => "Long",
        torch.ScalarType.Bool => "Bool", torch.ScalarType.ComplexFloat32 => "ComplexFloat", _ => "ComplexDouble",
    };
}
