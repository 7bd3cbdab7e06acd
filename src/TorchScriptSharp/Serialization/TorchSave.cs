using TorchSharp;

namespace TorchScriptSharp.Serialization;

/// Reads and writes PyTorch's `torch.save` format: a zip with `<folder>/data.pkl` (a pickle),
/// `<folder>/data/<key>` (raw little-endian storages) and `<folder>/version`.
///
/// Values are: null (None), bool, long (int), double (float), string, torch.Tensor (a
/// TorchSharp.Modules.Parameter for nn.Parameter), PyList, PyTuple, PyDict (dict and
/// OrderedDict), TorchDevice and torch.ScalarType (dtype). Loading is restricted: only the
/// globals torch.save itself uses are honoured, and malformed or hostile input ends in a
/// TorchSaveException.
public static class TorchSave
{
    public static object? Load(string path)
    {
        using var stream = File.OpenRead(path);
        return Load(stream);
    }

    public static object? Load(Stream stream)
    {
        try { return LoadZip(stream); }
        catch (Exception e) when (e is InvalidDataException or EndOfStreamException or IOException
                                      or ArgumentException or NotSupportedException)
        {
            // System.IO.Compression reports malformed archives with these; callers see one type.
            throw new TorchSaveException($"corrupt torch.save file: {e.Message}", e);
        }
    }

    private static object? LoadZip(Stream stream)
    {
        using var zip = ZipContainer.Open(stream);
        var pickle = zip.ReadAll("data.pkl", Limits.MaxPickleBytes);
        var storages = new Dictionary<string, LoadedStorage>(StringComparer.Ordinal);
        var created = new List<torch.Tensor>();
        try
        {
            var reader = new PickleReader(pickle, pid => LoadStorage(zip, storages, pid), created.Add);
            var value = reader.Load();
            ValueDepth.Check(value);
            // Tensors were built as views of these flat storages; the views keep the memory alive.
            foreach (var s in storages.Values) s.Flat.Dispose();
            return value;
        }
        catch
        {
            foreach (var t in created) t.Dispose();
            foreach (var s in storages.Values) s.Flat.Dispose();
            throw;
        }
    }

    public static void Save(object? value, string path)
    {
        // Write to a temporary file first so a failed save never leaves a half-written file.
        string tmp = path + ".tmp-" + Guid.NewGuid().ToString("N");
        try
        {
            using (var stream = File.Create(tmp)) Save(value, stream);
            File.Move(tmp, path, overwrite: true);
        }
        finally
        {
            if (File.Exists(tmp)) File.Delete(tmp);
        }
    }

    public static void Save(object? value, Stream stream)
    {
        var writer = new PickleWriter();
        try
        {
            var pickle = writer.Pickle(value);
            using var zip = new ZipContainerWriter(stream);
            zip.WriteRecord("data.pkl", pickle);
            for (int i = 0; i < writer.Storages.Count; i++)
            {
                var t = writer.Storages[i].Tensor;
                zip.WriteRecord("data/" + i, t.numel() == 0 ? ReadOnlySpan<byte>.Empty : t.bytes);
            }
            zip.WriteRecord("version", "3\n"u8);
            zip.WriteRecord("byteorder", "little"u8);
        }
        finally
        {
            foreach (var (t, owned) in writer.Storages)
                if (owned) t.Dispose();
        }
    }

    private static LoadedStorage LoadStorage(ZipContainer zip, Dictionary<string, LoadedStorage> cache, PyTuple pid)
    {
        // ('storage', torch.<T>Storage, key, location, numel)
        if (pid.Count != 5 || pid[0] is not "storage")
            throw new TorchSaveException($"unsupported persistent id {PyRepr.Of(pid)}");
        if (pid[1] is not StorageType type) throw new TorchSaveException($"persistent id names no storage type: {PyRepr.Of(pid)}");
        if (pid[2] is not string key) throw new TorchSaveException($"storage key must be a string: {PyRepr.Of(pid)}");
        if (pid[3] is not string) throw new TorchSaveException($"storage location must be a string: {PyRepr.Of(pid)}");
        if (pid[4] is not long numel) throw new TorchSaveException($"storage size must be an int: {PyRepr.Of(pid)}");

        if (cache.TryGetValue(key, out var existing))
        {
            if (existing.Type != type || existing.Numel != numel)
                throw new TorchSaveException(
                    $"storage '{key}' is referenced as {existing.Type} of {existing.Numel} and as {type} of {numel} elements");
            return existing;
        }
        // Every location ('cpu', 'cuda:0', ...) loads onto the CPU, like map_location='cpu'.
        var storage = TensorStorage.Load(zip, key, type, numel);
        cache[key] = storage;
        return storage;
    }
}
