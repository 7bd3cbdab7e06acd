using TorchSharp;

namespace TorchScriptSharp.Serialization;

/// One of PyTorch's legacy typed-storage classes (`torch.FloatStorage`, ...). torch.save names
/// the storage class, not the dtype, in each tensor's persistent id, so this table is the only
/// place the pickle says which element type the raw bytes hold.
public sealed class StorageType
{
    private static readonly StorageType[] All =
    {
        new("FloatStorage", torch.ScalarType.Float32, 4, "float32"),
        new("DoubleStorage", torch.ScalarType.Float64, 8, "float64"),
        new("HalfStorage", torch.ScalarType.Float16, 2, "float16"),
        new("BFloat16Storage", torch.ScalarType.BFloat16, 2, "bfloat16"),
        new("LongStorage", torch.ScalarType.Int64, 8, "int64"),
        new("IntStorage", torch.ScalarType.Int32, 4, "int32"),
        new("ShortStorage", torch.ScalarType.Int16, 2, "int16"),
        new("CharStorage", torch.ScalarType.Int8, 1, "int8"),
        new("ByteStorage", torch.ScalarType.Byte, 1, "uint8"),
        new("BoolStorage", torch.ScalarType.Bool, 1, "bool"),
        new("ComplexFloatStorage", torch.ScalarType.ComplexFloat32, 8, "complex64"),
        new("ComplexDoubleStorage", torch.ScalarType.ComplexFloat64, 16, "complex128"),
    };

    // Alternative spellings PyTorch accepts for the same dtypes (torch.float, torch.long, ...).
    private static readonly Dictionary<string, string> DtypeAliases = new()
    {
        ["float"] = "float32", ["double"] = "float64", ["half"] = "float16", ["long"] = "int64",
        ["int"] = "int32", ["short"] = "int16", ["cfloat"] = "complex64", ["cdouble"] = "complex128",
    };

    private StorageType(string className, torch.ScalarType dtype, int elementSize, string dtypeName)
    {
        ClassName = className;
        Dtype = dtype;
        ElementSize = elementSize;
        DtypeName = dtypeName;
    }

    /// Attribute name in module `torch`, e.g. "FloatStorage".
    public string ClassName { get; }
    public torch.ScalarType Dtype { get; }
    public int ElementSize { get; }
    /// Python's name of the dtype in module `torch`, e.g. "float32".
    public string DtypeName { get; }

    public static StorageType? FromClassName(string name) => All.FirstOrDefault(s => s.ClassName == name);

    public static StorageType FromDtype(torch.ScalarType dtype) =>
        All.FirstOrDefault(s => s.Dtype == dtype)
        ?? throw new TorchSaveException($"tensors of dtype {dtype} cannot be saved (no torch.save storage type)");

    /// Resolves `torch.<name>` as a dtype global (`torch.float16`, also aliases like `torch.half`).
    public static torch.ScalarType? DtypeFromName(string name)
    {
        if (DtypeAliases.TryGetValue(name, out var canonical)) name = canonical;
        return All.FirstOrDefault(s => s.DtypeName == name)?.Dtype;
    }

    public override string ToString() => "torch." + ClassName;
}
