using System.IO.Compression;
using System.Text;

namespace TorchScriptSharp.Tests.Serialization;

/// Hand-assembles pickles and zip containers for the hostile-input tests.
internal sealed class PickleBytes
{
    private readonly List<byte> _b = new() { 0x80, 0x02 };

    public PickleBytes Op(char op) { _b.Add((byte)op); return this; }
    public PickleBytes Op(byte op) { _b.Add(op); return this; }
    public PickleBytes Raw(params byte[] bytes) { _b.AddRange(bytes); return this; }
    public PickleBytes Global(string module, string name) { _b.Add((byte)'c'); _b.AddRange(Encoding.ASCII.GetBytes($"{module}\n{name}\n")); return this; }
    public PickleBytes Str(string s)
    {
        var bytes = Encoding.UTF8.GetBytes(s);
        _b.Add((byte)'X');
        _b.AddRange(BitConverter.GetBytes(bytes.Length));
        _b.AddRange(bytes);
        return this;
    }
    public PickleBytes Int(int v) { _b.Add((byte)'J'); _b.AddRange(BitConverter.GetBytes(v)); return this; }
    public PickleBytes Long(long v) { _b.Add(0x8a); _b.Add(8); _b.AddRange(BitConverter.GetBytes(v)); return this; }
    public PickleBytes Repeat(int n, Action<PickleBytes> body) { for (int i = 0; i < n; i++) body(this); return this; }

    /// `_rebuild_tensor_v2(('storage', FloatStorage, '0', 'cpu', numel), offset, size, stride, False, OrderedDict())`
    public PickleBytes Tensor(long numel, long offset, long[] size, long[] stride, string storage = "FloatStorage", bool requiresGrad = false)
    {
        Global("torch._utils", "_rebuild_tensor_v2").Op('(');
        Op('(').Str("storage").Global("torch", storage).Str("0").Str("cpu").Long(numel).Op('t').Op('Q');
        Long(offset);
        Op('('); foreach (var s in size) Long(s); Op('t');
        Op('('); foreach (var s in stride) Long(s); Op('t');
        Op(requiresGrad ? (byte)0x88 : (byte)0x89);
        Global("collections", "OrderedDict").Op(')').Op('R');
        return Op('t').Op('R');
    }

    public byte[] Stop() { _b.Add((byte)'.'); return _b.ToArray(); }
    public byte[] NoStop() => _b.ToArray();
}

internal static class HostileArchive
{
    public static MemoryStream Zip(byte[] pickle, IDictionary<string, byte[]>? storages = null, bool version = true)
    {
        var ms = new MemoryStream();
        using (var zip = new ZipArchive(ms, ZipArchiveMode.Create, leaveOpen: true))
        {
            Add(zip, "archive/data.pkl", pickle);
            foreach (var (key, bytes) in storages ?? new Dictionary<string, byte[]>()) Add(zip, "archive/data/" + key, bytes);
            if (version) Add(zip, "archive/version", "3\n"u8.ToArray());
        }
        ms.Position = 0;
        return ms;
    }

    private static void Add(ZipArchive zip, string name, byte[] data)
    {
        using var s = zip.CreateEntry(name, CompressionLevel.NoCompression).Open();
        s.Write(data);
    }
}
