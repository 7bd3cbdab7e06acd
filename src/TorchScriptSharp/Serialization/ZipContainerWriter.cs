using System.IO.Compression;

namespace TorchScriptSharp.Serialization;

/// Write side of the zip container: stored (uncompressed) records under `archive/`, with a fixed
/// timestamp so saving the same value twice gives identical bytes. PyTorch's loaders accept any
/// standard zip, so the miniz-specific 64-byte alignment is not reproduced.
internal sealed class ZipContainerWriter : IDisposable
{
    private static readonly DateTimeOffset Epoch = new(1980, 1, 1, 0, 0, 0, TimeSpan.Zero);
    private readonly ZipArchive _zip;
    private readonly string _prefix;

    public ZipContainerWriter(Stream output, string prefix = "archive")
    {
        _zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true);
        _prefix = prefix;
    }

    public void WriteRecord(string name, ReadOnlySpan<byte> data)
    {
        var entry = _zip.CreateEntry(_prefix + "/" + name, CompressionLevel.NoCompression);
        entry.LastWriteTime = Epoch;
        using var s = entry.Open();
        s.Write(data);
    }

    public void WriteRecord(string name, Action<Stream> write)
    {
        var entry = _zip.CreateEntry(_prefix + "/" + name, CompressionLevel.NoCompression);
        entry.LastWriteTime = Epoch;
        using var s = entry.Open();
        write(s);
    }

    public void Dispose() => _zip.Dispose();
}
