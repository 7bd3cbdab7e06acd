using System.Globalization;
using System.Text.Json;
using TorchScriptSharp.Serialization;
using TorchSharp;

namespace TorchScriptSharp.Tests.Serialization;

/// Compares a loaded value with the tagged JSON description written by generate.py/describe.py.
/// `layout` also checks strides and storage offsets (off when the writer compacted views).
internal static class Expectation
{
    public static JsonElement Read(string path) => JsonDocument.Parse(File.ReadAllText(path)).RootElement;

    public static JsonElement Parse(string json) => JsonDocument.Parse(json).RootElement;

    public static void AssertMatches(JsonElement expected, object? actual, bool layout = true, string path = "$")
    {
        switch (expected.ValueKind)
        {
            case JsonValueKind.Null: Assert.True(actual is null, $"{path}: expected None, got {PyRepr.Of(actual)}"); return;
            case JsonValueKind.True:
            case JsonValueKind.False:
                Assert.True(actual is bool b && b == expected.GetBoolean(), $"{path}: expected {expected}, got {PyRepr.Of(actual)}");
                return;
            case JsonValueKind.String:
                Assert.True(actual is string s && s == expected.GetString(), $"{path}: expected '{expected}', got {PyRepr.Of(actual)}");
                return;
            case JsonValueKind.Array:
            {
                var list = Assert.IsType<PyList>(actual);
                Assert.True(list.Count == expected.GetArrayLength(), $"{path}: list length {list.Count} != {expected.GetArrayLength()}");
                int i = 0;
                foreach (var e in expected.EnumerateArray()) { AssertMatches(e, list[i], layout, $"{path}[{i}]"); i++; }
                return;
            }
        }
        string tag = expected.GetProperty("t").GetString()!;
        switch (tag)
        {
            case "int":
                Assert.True(actual is long l && l == long.Parse(expected.GetProperty("v").GetString()!, CultureInfo.InvariantCulture),
                    $"{path}: expected int {expected.GetProperty("v")}, got {PyRepr.Of(actual)}");
                return;
            case "float":
            {
                double want = ParseFloat(expected.GetProperty("v").GetString()!);
                Assert.True(actual is double d && BitConverter.DoubleToInt64Bits(d) == BitConverter.DoubleToInt64Bits(want)
                                                  || actual is double n && double.IsNaN(n) && double.IsNaN(want),
                    $"{path}: expected float {expected.GetProperty("v")}, got {PyRepr.Of(actual)}");
                return;
            }
            case "tuple":
            {
                var tuple = Assert.IsType<PyTuple>(actual);
                var items = expected.GetProperty("items");
                Assert.True(tuple.Count == items.GetArrayLength(), $"{path}: tuple length {tuple.Count} != {items.GetArrayLength()}");
                int i = 0;
                foreach (var e in items.EnumerateArray()) { AssertMatches(e, tuple[i], layout, $"{path}[{i}]"); i++; }
                return;
            }
            case "dict":
            {
                var dict = Assert.IsType<PyDict>(actual);
                Assert.Equal(expected.GetProperty("ordered").GetBoolean(), dict.IsOrdered);
                var items = expected.GetProperty("items");
                Assert.True(dict.Count == items.GetArrayLength(), $"{path}: dict size {dict.Count} != {items.GetArrayLength()}");
                int i = 0;
                foreach (var (e, (k, v)) in items.EnumerateArray().Zip(dict))
                {
                    AssertMatches(e[0], k, layout, $"{path}.key{i}");
                    AssertMatches(e[1], v, layout, $"{path}[{PyRepr.Of(k)}]");
                    i++;
                }
                var meta = expected.GetProperty("metadata");
                if (meta.ValueKind == JsonValueKind.Null) Assert.Null(dict.Attributes);
                else AssertMatches(meta, Assert.IsType<PyDict>(dict.Attributes)["_metadata"], layout, path + "._metadata");
                return;
            }
            case "device":
            {
                var dev = Assert.IsType<TorchDevice>(actual);
                Assert.Equal(expected.GetProperty("type").GetString(), dev.Type);
                var index = expected.GetProperty("index");
                Assert.Equal(index.ValueKind == JsonValueKind.Null ? null : index.GetInt32(), dev.Index);
                return;
            }
            case "dtype":
                Assert.Equal(expected.GetProperty("v").GetString(), StorageType.FromDtype(Assert.IsType<torch.ScalarType>(actual)).DtypeName);
                return;
            case "tensor":
                AssertTensor(expected, Assert.IsAssignableFrom<torch.Tensor>(actual), layout, path);
                return;
        }
        throw new InvalidOperationException("unknown tag " + tag);
    }

    private static void AssertTensor(JsonElement e, torch.Tensor t, bool layout, string path)
    {
        Assert.True(e.GetProperty("dtype").GetString() == StorageType.FromDtype(t.dtype).DtypeName, $"{path}: dtype {t.dtype}");
        Assert.Equal(Longs(e.GetProperty("shape")), t.shape);
        if (layout)
        {
            Assert.Equal(Longs(e.GetProperty("stride")), t.stride());
            Assert.Equal(e.GetProperty("offset").GetInt64(), t.storage_offset());
        }
        Assert.True(e.GetProperty("requires_grad").GetBoolean() == t.requires_grad, $"{path}: requires_grad");
        Assert.True(e.GetProperty("parameter").GetBoolean() == t is TorchSharp.Modules.Parameter, $"{path}: parameter");
        Assert.True(e.GetProperty("hex").GetString() == Hex(t), $"{path}: values differ");
    }

    /// The tensor's elements in row-major order as little-endian bytes.
    public static string Hex(torch.Tensor t)
    {
        using var scope = torch.NewDisposeScope();
        using var noGrad = torch.no_grad();
        var flat = t.detach().reshape(-1).contiguous().clone();
        return flat.numel() == 0 ? "" : Convert.ToHexStringLower(flat.bytes);
    }

    private static long[] Longs(JsonElement a) => a.EnumerateArray().Select(x => x.GetInt64()).ToArray();

    private static double ParseFloat(string repr) => repr switch
    {
        "nan" => double.NaN,
        "inf" => double.PositiveInfinity,
        "-inf" => double.NegativeInfinity,
        _ => double.Parse(repr, NumberStyles.Float, CultureInfo.InvariantCulture),
    };
}
