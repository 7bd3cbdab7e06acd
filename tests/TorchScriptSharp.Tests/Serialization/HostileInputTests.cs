using TorchScriptSharp.Serialization;
using TorchSharp;

namespace TorchScriptSharp.Tests.Serialization;

/// Untrusted files must end in a TorchSaveException that names the problem: never code
/// execution, a crash, a hang or an unbounded allocation.
public class HostileInputTests
{
    private static TorchSaveException Refused(Stream s) => Assert.Throws<TorchSaveException>(() => TorchSave.Load(s));
    private static TorchSaveException Refused(byte[] pickle, IDictionary<string, byte[]>? storages = null) =>
        Refused(HostileArchive.Zip(pickle, storages));

    private static byte[] ValidFile()
    {
        var ms = new MemoryStream();
        TorchSave.Save(new PyList(torch.arange(100, torch.float32), "text", 3L), ms);
        return ms.ToArray();
    }

    [Fact]
    public void TruncatedZipIsRefused()
    {
        var bytes = ValidFile();
        foreach (int cut in new[] { 0, 1, 2, 10, bytes.Length / 2, bytes.Length - 10, bytes.Length - 1 })
            Refused(new MemoryStream(bytes[..cut]));
    }

    [Fact]
    public void CorruptedStorageRecordIsRefused()
    {
        var bytes = ValidFile();
        // Overwrite the middle of the archive (inside the storage bytes and headers) with junk.
        for (int i = bytes.Length / 3; i < bytes.Length / 3 + 64; i++) bytes[i] = 0xAB;
        try { TorchSave.Load(new MemoryStream(bytes)); }
        catch (TorchSaveException) { }
    }

    [Fact]
    public void GarbageIsNotATorchSaveFile()
    {
        Assert.Contains("zip header", Refused(new MemoryStream("hello world"u8.ToArray())).Message);
        Refused(new MemoryStream(Array.Empty<byte>()));
    }

    [Fact]
    public void OsSystemGlobalIsRefusedByName()
    {
        var pickle = new PickleBytes().Global("os", "system").Str("echo pwned > /tmp/tss-pwned").Op(0x85).Op('R').Stop();
        var e = Refused(pickle);
        Assert.Contains("os.system", e.Message);
        Assert.False(File.Exists("/tmp/tss-pwned"));
    }

    [Fact]
    public void StackGlobalBuiltinsEvalIsRefusedByName()
    {
        var pickle = new PickleBytes().Str("builtins").Str("eval").Op(0x93).Str("1+1").Op(0x85).Op('R').Stop();
        Assert.Contains("builtins.eval", Refused(pickle).Message);
    }

    [Fact]
    public void HugeDeclaredStorageSizeIsRefusedWithoutAllocating()
    {
        var pickle = new PickleBytes().Tensor(numel: 1L << 60, 0, new[] { 1L << 60 }, new[] { 1L }).Stop();
        Refused(pickle, new Dictionary<string, byte[]> { ["0"] = new byte[16] });
        var pickle2 = new PickleBytes().Tensor(numel: 1L << 40, 0, new[] { 4L }, new[] { 1L }).Stop();
        Assert.Contains("bytes but its record holds 16", Refused(pickle2, new Dictionary<string, byte[]> { ["0"] = new byte[16] }).Message);
    }

    [Fact]
    public void StorageSizeMustMatchItsRecord()
    {
        var pickle = new PickleBytes().Tensor(numel: 5, 0, new[] { 5L }, new[] { 1L }).Stop();
        Assert.Contains("20 bytes but its record holds 16", Refused(pickle, new Dictionary<string, byte[]> { ["0"] = new byte[16] }).Message);
        Assert.Contains("no record", Refused(pickle).Message);
    }

    [Theory]
    [InlineData(0, new long[] { 5 }, new long[] { 1 })]          // one element past the end
    [InlineData(3, new long[] { 2 }, new long[] { 1 })]          // offset pushes it past
    [InlineData(0, new long[] { 2, 2 }, new long[] { 3, 1 })]    // strides reach element 4
    [InlineData(9, new long[] { 0 }, new long[] { 1 })]          // offset outside the storage
    [InlineData(0, new long[] { -1 }, new long[] { 1 })]         // negative size
    [InlineData(0, new long[] { 2 }, new long[] { -1 })]         // negative stride
    [InlineData(0, new long[] { long.MaxValue, 2 }, new long[] { long.MaxValue, 1 })] // overflow
    public void ViewsOutsideTheirStorageAreRefused(long offset, long[] size, long[] stride)
    {
        var pickle = new PickleBytes().Tensor(numel: 4, offset, size, stride).Stop();
        Refused(pickle, new Dictionary<string, byte[]> { ["0"] = new byte[16] });
    }

    [Fact]
    public void ValidHandMadeTensorLoads()
    {
        var pickle = new PickleBytes().Tensor(numel: 4, 1, new[] { 3L }, new[] { 1L }).Stop();
        var data = new byte[16];
        BitConverter.GetBytes(7f).CopyTo(data, 4);
        var t = Assert.IsAssignableFrom<torch.Tensor>(TorchSave.Load(HostileArchive.Zip(pickle, new Dictionary<string, byte[]> { ["0"] = data })));
        Assert.Equal(7f, t[0].item<float>());
    }

    [Fact]
    public void IntegerTensorsCannotRequireGrad()
    {
        var pickle = new PickleBytes().Tensor(numel: 2, 0, new[] { 2L }, new[] { 1L }, storage: "LongStorage", requiresGrad: true).Stop();
        Assert.Contains("cannot require grad", Refused(pickle, new Dictionary<string, byte[]> { ["0"] = new byte[16] }).Message);
    }

    [Fact]
    public void MemoIndexOutOfRangeIsRefused()
    {
        Assert.Contains("memo index 5", Refused(new PickleBytes().Op(']').Op('q').Raw(0).Op('h').Raw(5).Stop()).Message);
        Assert.Contains("memo index 305419896", Refused(new PickleBytes().Op('j').Raw(0x78, 0x56, 0x34, 0x12).Stop()).Message);
    }

    [Fact]
    public void DeepListNestingIsRefused()
    {
        const int n = 200_000;
        var pickle = new PickleBytes().Repeat(n, p => p.Op(']')).Repeat(n - 1, p => p.Op('a')).Stop();
        Assert.Contains("nested", Refused(pickle).Message);
    }

    [Fact]
    public void DeepTupleNestingIsRefused()
    {
        var pickle = new PickleBytes().Op(')').Repeat(200_000, p => p.Op(0x85)).Stop();
        Assert.Contains("nested deeper", Refused(pickle).Message);
    }

    [Fact]
    public void ModerateNestingLoads()
    {
        var pickle = new PickleBytes().Repeat(500, p => p.Op(']')).Repeat(499, p => p.Op('a')).Stop();
        Assert.IsType<PyList>(TorchSave.Load(HostileArchive.Zip(pickle)));
    }

    [Fact]
    public void TruncatedPicklesAreRefused()
    {
        Assert.Contains("STOP", Refused(new PickleBytes().Op(']').NoStop()).Message);
        Assert.Contains("truncated", Refused(new PickleBytes().Op('X').Raw(0xff, 0xff, 0xff, 0xff).Raw(1, 2, 3).Stop()).Message);
        Assert.Contains("truncated", Refused(new PickleBytes().Op(0x8d).Raw(0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x7f).Stop()).Message);
        Assert.Contains("truncated", Refused(new PickleBytes().Op('J').Raw(1).NoStop()).Message);
    }

    [Fact]
    public void StackMisuseIsRefused()
    {
        Assert.Contains("underflow", Refused(new PickleBytes().Op('a').Stop()).Message);
        Assert.Contains("MARK", Refused(new PickleBytes().Op('e').Stop()).Message);
        Assert.Contains("not a list", Refused(new PickleBytes().Op('}').Op('N').Op('a').Stop()).Message);
        Assert.Contains("empty stack", Refused(new PickleBytes().Stop()).Message);
        // MARK hides what is below it, as in CPython.
        Assert.Contains("underflow", Refused(new PickleBytes().Op(']').Op('(').Op('N').Op('a').Stop()).Message);
    }

    [Fact]
    public void UnsupportedOpcodesAndProtocolsAreNamed()
    {
        Assert.Contains("'i'", Refused(new PickleBytes().Op('i').Stop()).Message);
        Assert.Contains("protocol 9", Refused(new PickleBytes().Op(0x80).Raw(9).Stop()).Message);
    }

    [Fact]
    public void UnhashableKeysAndHugeIntegersAreRefused()
    {
        Assert.Contains("unhashable", Refused(new PickleBytes().Op('}').Op(']').Op('N').Op('s').Stop()).Message);
        Assert.Contains("64 bits", Refused(new PickleBytes().Op(0x8a).Raw(9).Raw(new byte[9] { 0, 0, 0, 0, 0, 0, 0, 0, 1 }).Stop()).Message);
    }

    [Fact]
    public void MissingVersionRecordIsRefused()
    {
        var pickle = new PickleBytes().Op('N').Stop();
        Assert.Contains("version", Refused(HostileArchive.Zip(pickle, version: false)).Message);
    }

    [Fact]
    public void LyingUncompressedSizeIsRefused()
    {
        var bytes = HostileArchive.Zip(new PickleBytes().Op('N').Stop()).ToArray();
        // Patch the central-directory entry of data.pkl to claim 2 GB uncompressed.
        int cd = IndexOf(bytes, new byte[] { 0x50, 0x4b, 0x01, 0x02 });
        BitConverter.GetBytes(0x7fff_fff0).CopyTo(bytes, cd + 24);
        Refused(new MemoryStream(bytes));
    }

    [Fact]
    public void PersistentIdsMustBeStorages()
    {
        var pickle = new PickleBytes().Op('(').Str("module").Str("x").Op('t').Op('Q').Stop();
        Assert.Contains("persistent id", Refused(pickle).Message);
    }

    private static int IndexOf(byte[] haystack, byte[] needle)
    {
        for (int i = 0; i + needle.Length <= haystack.Length; i++)
            if (haystack.AsSpan(i, needle.Length).SequenceEqual(needle)) return i;
        throw new InvalidOperationException("not found");
    }
}

/// Random byte corruption of valid files: every outcome is a loaded value or a TorchSaveException.
public class CorruptionFuzzTests
{
    [Fact]
    public void RandomCorruptionNeverEscapesAsAnotherException()
    {
        var value = new PyDict(isOrdered: true)
        {
            { "w", torch.arange(12, torch.float32).reshape(3, 4) },
            { "args", new PyTuple(1L, 2.5, "s", new PyList(true, null), torch.ones(2, torch.int64)) },
        };
        var ms = new MemoryStream();
        TorchSave.Save(value, ms);
        var original = ms.ToArray();
        var fixture = File.ReadAllBytes(Fixtures.Path("nested.pt"));
        var rng = new Random(1234);
        var failures = new List<string>();
        for (int iter = 0; iter < 1500; iter++)
        {
            var bytes = (byte[])(iter % 3 == 0 ? fixture : original).Clone();
            int flips = 1 + rng.Next(4);
            for (int f = 0; f < flips; f++) bytes[rng.Next(bytes.Length)] = (byte)rng.Next(256);
            try { TorchSave.Load(new MemoryStream(bytes)); }
            catch (TorchSaveException) { }
            catch (Exception e) { failures.Add($"{iter}: {e.GetType().Name}: {e.Message}"); }
        }
        Assert.True(failures.Count == 0, string.Join("\n", failures.Take(20).Select(f => "@@ " + f)));
    }

    [Fact]
    public void RandomPickleCorruptionNeverEscapesAsAnotherException()
    {
        // Re-zips mutated pickles with intact storages, so the zip CRC does not catch them first.
        var records = new Dictionary<string, byte[]>();
        using (var zip = new System.IO.Compression.ZipArchive(File.OpenRead(Fixtures.Path("nested.pt"))))
            foreach (var entry in zip.Entries)
            {
                using var s = entry.Open();
                var ms = new MemoryStream();
                s.CopyTo(ms);
                records[entry.FullName[(entry.FullName.IndexOf('/') + 1)..]] = ms.ToArray();
            }
        var pickle = records["data.pkl"];
        var storages = records.Where(r => r.Key.StartsWith("data/")).ToDictionary(r => r.Key[5..], r => r.Value);
        var rng = new Random(99);
        var failures = new List<string>();
        int loaded = 0;
        for (int iter = 0; iter < 3000; iter++)
        {
            var bytes = (byte[])pickle.Clone();
            int flips = 1 + rng.Next(3);
            for (int f = 0; f < flips; f++) bytes[rng.Next(bytes.Length)] = (byte)rng.Next(256);
            if (rng.Next(4) == 0) bytes = bytes[..rng.Next(bytes.Length)];
            try { TorchSave.Load(HostileArchive.Zip(bytes, storages)); loaded++; }
            catch (TorchSaveException) { }
            catch (Exception e) { failures.Add($"{iter}: {e.GetType().Name}: {e.Message}"); }
        }
        Assert.True(failures.Count == 0, string.Join("\n", failures.Take(20).Select(f => "@@ " + f)));
        Assert.InRange(loaded, 1, 2999); // both outcomes occur, so the mutations reach the unpickler
    }
}
