using TorchScriptSharp.Serialization;
using TorchSharp;

namespace TorchScriptSharp.Tests.Serialization;

/// Files written by PyTorch 1.13 (tests/fixtures/serialization/generate.py), read without Python.
public class FixtureLoadTests
{
    [Theory]
    [InlineData("dtypes")]
    [InlineData("scalars")]
    [InlineData("views")]
    [InlineData("nested")]
    [InlineData("state_dict")]
    [InlineData("parameters")]
    [InlineData("args")]
    [InlineData("objects")]
    [InlineData("single_tensor")]
    public void LoadsFixtureAsDescribed(string name)
    {
        var value = TorchSave.Load(Fixtures.Path(name + ".pt"));
        Expectation.AssertMatches(Expectation.Read(Fixtures.Path(name + ".expected.json")), value);
    }

    [Fact]
    public void ViewsOfOneStorageShareMemory()
    {
        var views = Assert.IsType<PyList>(TorchSave.Load(Fixtures.Path("views.pt")));
        var baseTensor = (torch.Tensor)views[0]!;
        var transposed = (torch.Tensor)views[1]!;
        var block = (torch.Tensor)views[4]!; // base[1:3, 2:5]
        baseTensor[1, 2] = torch.tensor(-100f);
        Assert.Equal(-100f, transposed[2, 1].item<float>());
        Assert.Equal(-100f, block[0, 0].item<float>());
    }

    [Fact]
    public void ParametersLoadAsParameters()
    {
        var d = Assert.IsType<PyDict>(TorchSave.Load(Fixtures.Path("parameters.pt")));
        var w = Assert.IsType<TorchSharp.Modules.Parameter>(d["w"]);
        Assert.True(w.requires_grad);
        Assert.False(Assert.IsType<TorchSharp.Modules.Parameter>(d["frozen"]).requires_grad);
        var leaf = Assert.IsAssignableFrom<torch.Tensor>(d["leaf"]);
        Assert.IsNotType<TorchSharp.Modules.Parameter>(leaf);
        Assert.True(leaf.requires_grad);
        Assert.True(leaf.is_leaf);
    }

    [Fact]
    public void StateDictKeepsOrderAndMetadata()
    {
        var sd = Assert.IsType<PyDict>(TorchSave.Load(Fixtures.Path("state_dict.pt")));
        Assert.True(sd.IsOrdered);
        Assert.Equal(new object?[] { "0.weight", "0.bias", "1.weight", "1.bias", "1.running_mean", "1.running_var", "1.num_batches_tracked" },
                     sd.Keys.ToArray());
        var meta = Assert.IsType<PyDict>(sd.Attributes!["_metadata"]);
        Assert.Equal(2L, Assert.IsType<PyDict>(meta["1"])["version"]);
    }

    [Fact]
    public void StreamSavedFileUsesArchiveFolder()
    {
        var d = Assert.IsType<PyDict>(TorchSave.Load(Fixtures.Path("stream_saved.pt")));
        Assert.Equal(new long[] { 0, 1, 2 }, ((torch.Tensor)d["x"]!).data<long>().ToArray());
    }

    [Fact]
    public void LegacyFormatIsRefusedWithAClearMessage()
    {
        var e = Assert.Throws<TorchSaveException>(() => TorchSave.Load(Fixtures.Path("legacy_format.pt")));
        Assert.Contains("legacy", e.Message);
    }

    [Fact]
    public void LoadsFromANonSeekableStream()
    {
        var bytes = File.ReadAllBytes(Fixtures.Path("args.pt"));
        var value = TorchSave.Load(new ForwardOnlyStream(bytes));
        Expectation.AssertMatches(Expectation.Read(Fixtures.Path("args.expected.json")), value);
    }

    private sealed class ForwardOnlyStream(byte[] data) : MemoryStream(data)
    {
        public override bool CanSeek => false;
    }
}
