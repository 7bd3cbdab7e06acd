using TorchScriptSharp.Serialization;
using TorchSharp;

namespace TorchScriptSharp.Tests.Serialization;

/// C# -> file -> C#.
public class RoundTripTests
{
    internal static readonly torch.ScalarType[] AllDtypes =
    {
        torch.ScalarType.Float32, torch.ScalarType.Float64, torch.ScalarType.Float16, torch.ScalarType.BFloat16,
        torch.ScalarType.Int64, torch.ScalarType.Int32, torch.ScalarType.Int16, torch.ScalarType.Int8,
        torch.ScalarType.Byte, torch.ScalarType.Bool, torch.ScalarType.ComplexFloat32, torch.ScalarType.ComplexFloat64,
    };

    internal static object? RoundTrip(object? value)
    {
        var ms = new MemoryStream();
        TorchSave.Save(value, ms);
        ms.Position = 0;
        return TorchSave.Load(ms);
    }

    internal static torch.Tensor Sample(torch.ScalarType dtype, params long[] shape)
    {
        long n = shape.Aggregate(1L, (a, b) => a * b);
        var t = dtype switch
        {
            torch.ScalarType.Bool => torch.arange(n).remainder(3).eq(0),
            torch.ScalarType.ComplexFloat32 or torch.ScalarType.ComplexFloat64 =>
                torch.complex(torch.arange(n, torch.float64) - 2.5, torch.arange(n, torch.float64) * 0.5).to(dtype),
            _ => (torch.arange(n, torch.float64) * 1.5 - 4).to(dtype),
        };
        return t.reshape(shape);
    }

    internal static void AssertSameTensor(torch.Tensor expected, object? actual)
    {
        var t = Assert.IsAssignableFrom<torch.Tensor>(actual);
        Assert.Equal(expected.dtype, t.dtype);
        Assert.Equal(expected.shape, t.shape);
        Assert.Equal(expected.requires_grad, t.requires_grad);
        Assert.Equal(Expectation.Hex(expected), Expectation.Hex(t));
    }

    [Fact]
    public void EveryDtypeRoundTrips()
    {
        foreach (var dtype in AllDtypes)
        {
            var t = Sample(dtype, 2, 3);
            AssertSameTensor(t, RoundTrip(t));
            var scalar = Sample(dtype); // 0-dim
            AssertSameTensor(scalar, RoundTrip(scalar));
        }
    }

    [Fact]
    public void SpecialFloatValuesSurvive()
    {
        var t = torch.tensor(new[] { float.NaN, float.PositiveInfinity, float.NegativeInfinity, -0f, float.Epsilon });
        AssertSameTensor(t, RoundTrip(t));
    }

    [Fact]
    public void EmptyTensorsRoundTrip()
    {
        AssertSameTensor(torch.zeros(0), RoundTrip(torch.zeros(0)));
        AssertSameTensor(torch.zeros(new long[] { 2, 0, 3 }, torch.int32), RoundTrip(torch.zeros(new long[] { 2, 0, 3 }, torch.int32)));
    }

    [Fact]
    public void NonContiguousAndOffsetViewsAreWrittenCompact()
    {
        var b = torch.arange(24, torch.float32).reshape(4, 6);
        foreach (var view in new[] { b[..2], b.t(), b[1], b[.., 2], b[1..3, 2..5], b.slice(0, 0, 4, 2), torch.ones(3).expand(2, 3) })
        {
            var back = Assert.IsAssignableFrom<torch.Tensor>(RoundTrip(view));
            AssertSameTensor(view, back);
            Assert.True(back.is_contiguous());
            Assert.Equal(0, back.storage_offset());
        }
    }

    [Fact]
    public void TheSameTensorTwiceLoadsAsOneTensor()
    {
        var t = torch.ones(3);
        var list = Assert.IsType<PyList>(RoundTrip(new PyList(t, t)));
        Assert.Same(list[0], list[1]);
    }

    [Fact]
    public void ScalarsAndContainersRoundTrip()
    {
        var value = new PyList(
            0L, 1L, 255L, 256L, 65535L, 65536L, -1L, int.MaxValue, (long)int.MaxValue + 1, int.MinValue, (long)int.MinValue - 1,
            1L << 40, -(1L << 40), long.MaxValue, long.MinValue,
            0.0, -0.0, 1e300, double.NaN, double.PositiveInfinity, double.NegativeInfinity, 0.1,
            true, false, null, "", "héllo ✓ 𝄞",
            PyTuple.Empty, new PyTuple(1L), new PyTuple(1L, 2L), new PyTuple(1L, 2L, 3L), new PyTuple(1L, 2L, 3L, 4L, "five"),
            new PyList(), new PyDict(), new PyDict(isOrdered: true),
            new PyList(Enumerable.Range(0, 2500).Select(i => (object?)(long)i)));
        var dict = new PyDict { { "a", 1L }, { 2L, "two" }, { null, new PyTuple(true) }, { new PyTuple(1L, "x"), 2.5 } };
        for (int i = 0; i < 1200; i++) dict[$"k{i}"] = (long)i;
        value.Add(dict);

        var back = RoundTrip(value);
        Assert.Equal(PyRepr.Of(value), PyRepr.Of(back));
        var backDict = (PyDict)((PyList)back!)[^1]!;
        Assert.Equal(dict.Keys.Select(PyRepr.Of), backDict.Keys.Select(PyRepr.Of));
        Assert.Equal(2.5, backDict[new PyTuple(1L, "x")]);
        Assert.Equal(new PyTuple(true), backDict[null]);
        Assert.Equal(-0.0, (double)((PyList)back!)[16]!); // sign of zero
        Assert.True(double.IsNegative((double)((PyList)back!)[16]!));
    }

    [Fact]
    public void ConvenienceClrScalarsAreWidened()
    {
        var back = Assert.IsType<PyList>(RoundTrip(new PyList(3, (short)4, (byte)5, 1.5f)));
        Assert.Equal(new object?[] { 3L, 4L, 5L, 1.5 }, back.ToArray());
    }

    [Fact]
    public void OrderedDictKeepsOrderAndMetadata()
    {
        var sd = new PyDict(isOrdered: true) { { "weight", torch.ones(2, 3) }, { "bias", torch.zeros(2) } };
        sd.Attributes = new PyDict { { "_metadata", new PyDict(isOrdered: true) { { "", new PyDict { { "version", 1L } } } } } };
        var back = Assert.IsType<PyDict>(RoundTrip(sd));
        Assert.True(back.IsOrdered);
        Assert.Equal(new object?[] { "weight", "bias" }, back.Keys.ToArray());
        var meta = Assert.IsType<PyDict>(back.Attributes!["_metadata"]);
        Assert.Equal(1L, Assert.IsType<PyDict>(meta[""])["version"]);
    }

    [Fact]
    public void ParametersAndRequiresGradRoundTrip()
    {
        var p = new TorchSharp.Modules.Parameter(torch.randn(2, 3), requires_grad: true);
        var frozen = new TorchSharp.Modules.Parameter(torch.randn(3), requires_grad: false);
        var leaf = torch.randn(2).requires_grad_(true);
        var back = Assert.IsType<PyList>(RoundTrip(new PyList(p, frozen, leaf)));
        AssertSameTensor(p, Assert.IsType<TorchSharp.Modules.Parameter>(back[0]));
        AssertSameTensor(frozen, Assert.IsType<TorchSharp.Modules.Parameter>(back[1]));
        AssertSameTensor(leaf, back[2]);
        Assert.IsNotType<TorchSharp.Modules.Parameter>(back[2]);
    }

    [Fact]
    public void DevicesAndDtypesRoundTrip()
    {
        var value = new PyList(new TorchDevice("cpu"), new TorchDevice("cuda", 1), torch.ScalarType.Float16, torch.ScalarType.Bool);
        var back = Assert.IsType<PyList>(RoundTrip(value));
        Assert.Equal(value.ToArray(), back.ToArray());
    }

    [Fact]
    public void CyclicListsRoundTrip()
    {
        var list = new PyList(1L);
        list.Add(list);
        var back = Assert.IsType<PyList>(RoundTrip(list));
        Assert.Same(back, back[1]);
    }

    [Fact]
    public void SavingIsDeterministic()
    {
        var value = new PyDict { { "x", torch.arange(5) }, { "y", new PyTuple(1L, 2.0) } };
        var a = new MemoryStream(); TorchSave.Save(value, a);
        var b = new MemoryStream(); TorchSave.Save(value, b);
        Assert.Equal(a.ToArray(), b.ToArray());
    }

    [Fact]
    public void SaveToPathAndLoadBack()
    {
        string path = Path.Combine(Path.GetTempPath(), $"tss-rt-{Guid.NewGuid():N}.pt");
        try
        {
            TorchSave.Save(new PyTuple(torch.ones(2), 7L), path);
            var back = Assert.IsType<PyTuple>(TorchSave.Load(path));
            Assert.Equal(7L, back[1]);
        }
        finally { File.Delete(path); }
    }

    [Fact]
    public void FixturesSurviveACSharpResave()
    {
        foreach (var name in new[] { "dtypes", "scalars", "nested", "state_dict", "parameters", "args", "objects" })
        {
            var original = TorchSave.Load(Fixtures.Path(name + ".pt"));
            Expectation.AssertMatches(Expectation.Read(Fixtures.Path(name + ".expected.json")), RoundTrip(original), layout: false);
        }
    }

    [Fact]
    public void UnsupportedValuesAreRefused()
    {
        var e = Assert.Throws<TorchSaveException>(() => TorchSave.Save(new object(), new MemoryStream()));
        Assert.Contains("System.Object", e.Message);
        Assert.Throws<TorchSaveException>(() => TorchSave.Save(torch.ScalarType.QInt8, new MemoryStream()));
    }

    [Fact]
    public void TooDeepValuesAreRefusedOnSave()
    {
        object? v = 1L;
        for (int i = 0; i < 5000; i++) v = new PyList(v);
        var e = Assert.Throws<TorchSaveException>(() => TorchSave.Save(v, new MemoryStream()));
        Assert.Contains("nested deeper", e.Message);
    }
}
