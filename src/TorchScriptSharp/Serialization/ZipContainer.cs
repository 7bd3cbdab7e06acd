using System.IO.Compression;

namespace TorchScriptSharp.Serialization;

/// Read side of the zip container shared by torch.save and torch.jit.save: every record lives
/// under one top folder whose name is arbitrary (`archive/` for streams, the file stem for paths),
/// so records are addressed by their name relative to that folder ("data.pkl", "data/0").
internal sealed class ZipContainer : IDisposable
{
    private readonly ZipArchive _zip;
    private readonly Dictionary<string, ZipArchiveEntry> _records = new(StringComparer.Ordinal);
    private readonly long _archiveLength;

    private ZipContainer(ZipArchive zip, long archiveLength)
    {
        _zip = zip;
        _archiveLength = archiveLength;
    }

    public string Prefix { get; private set; } = "";

    public static ZipContainer Open(Stream stream)
    {
        if (!stream.CanSeek)
        {
            // ZipArchive needs to seek to the central directory at the end.
            var copy = new MemoryStream();
            stream.CopyTo(copy);
            copy.Position = 0;
            stream = copy;
        }
        long start = stream.Position;
        Span<byte> magic = stackalloc byte[2];
        int got = stream.ReadAtLeast(magic, 2, throwOnEndOfStream: false);
        stream.Position = start;
        if (got == 2 && magic[0] == 0x80 && magic[1] == 0x02)
            throw new TorchSaveException(
                "this is the legacy torch.save format (PyTorch < 1.6 or _use_new_zipfile_serialization=False), " +
                "which is not supported; re-save it with a current torch.save");
        if (got < 2 || magic[0] != (byte)'P' || magic[1] != (byte)'K')
            throw new TorchSaveException("not a torch.save file: it does not start with a zip header");

        ZipArchive zip;
        try { zip = new ZipArchive(stream, ZipArchiveMode.Read, leaveOpen: true); }
        catch (InvalidDataException e) { throw new TorchSaveException($"corrupt or truncated zip container: {e.Message}", e); }

        var container = new ZipContainer(zip, stream.Length - start);
        try { container.IndexRecords(); }
        catch { zip.Dispose(); throw; }
        return container;
    }

    private void IndexRecords()
    {
        // PyTorch finds the top folder from data.pkl; records in other folders are ignored.
        var pickles = _zip.Entries.Where(e => e.FullName.EndsWith("/data.pkl", StringComparison.Ordinal)
                                               && e.FullName.IndexOf('/') == e.FullName.Length - "/data.pkl".Length).ToList();
        if (pickles.Count == 0)
            throw new TorchSaveException("zip container has no '<folder>/data.pkl' record; not a torch.save file");
        if (pickles.Count > 1)
            throw new TorchSaveException("zip container has several top folders with a data.pkl: " +
                                         string.Join(", ", pickles.Select(p => p.FullName)));
        Prefix = pickles[0].FullName[..^"/data.pkl".Length];
        foreach (var entry in _zip.Entries)
            if (entry.FullName.StartsWith(Prefix + "/", StringComparison.Ordinal))
                _records[entry.FullName[(Prefix.Length + 1)..]] = entry;

        if (!_records.ContainsKey("version") && !_records.ContainsKey(".data/version"))
            throw new TorchSaveException($"zip container has no '{Prefix}/version' record (PyTorch requires it)");
        var version = ReadText(_records.ContainsKey("version") ? "version" : ".data/version", 64).Trim();
        if (!int.TryParse(version, out int v) || v < 1 || v > 10)
            throw new TorchSaveException($"unsupported archive version '{version}' (expected 1..10)");
        if (_records.ContainsKey("byteorder"))
        {
            var order = ReadText("byteorder", 16).Trim();
            if (order != "little")
                throw new TorchSaveException($"archive byte order '{order}' is not supported (only 'little')");
        }
    }

    public bool HasRecord(string name) => _records.ContainsKey(name);

    /// Declared uncompressed size, checked against what the compressed bytes could possibly
    /// expand to, so a lying header cannot make the caller allocate gigabytes.
    public long RecordLength(string name)
    {
        var entry = Entry(name);
        long compressed = entry.CompressedLength, length = entry.Length;
        if (compressed < 0 || length < 0 || compressed > _archiveLength)
            throw new TorchSaveException($"record '{name}' declares a size larger than the archive");
        long limit = compressed == length ? compressed : checked(compressed * Limits.MaxDeflateRatio + 1024);
        if (length > limit)
            throw new TorchSaveException($"record '{name}' declares {length} bytes from {compressed} compressed bytes; refusing");
        return length;
    }

    public byte[] ReadAll(string name, long maxBytes)
    {
        long length = RecordLength(name);
        if (length > maxBytes)
            throw new TorchSaveException($"record '{name}' is {length} bytes; the limit is {maxBytes}");
        var bytes = new byte[length];
        ReadInto(name, bytes);
        return bytes;
    }

    /// Fills `destination` with the record, which must be exactly that long.
    public void ReadInto(string name, Span<byte> destination)
    {
        long length = RecordLength(name);
        if (length != destination.Length)
            throw new TorchSaveException($"record '{name}' is {length} bytes, expected {destination.Length}");
        try
        {
            using var s = Entry(name).Open();
            int got = s.ReadAtLeast(destination, destination.Length, throwOnEndOfStream: false);
            if (got != destination.Length || s.ReadByte() != -1)
                throw new TorchSaveException($"record '{name}' does not hold its declared {length} bytes (truncated or corrupt)");
        }
        catch (InvalidDataException e) { throw new TorchSaveException($"record '{name}' is corrupt: {e.Message}", e); }
    }

    private string ReadText(string name, int maxBytes) => System.Text.Encoding.ASCII.GetString(ReadAll(name, maxBytes));

    private ZipArchiveEntry Entry(string name) =>
        _records.TryGetValue(name, out var e) ? e : throw new TorchSaveException($"zip container has no record '{Prefix}/{name}'");

    public void Dispose() => _zip.Dispose();
}
