using TorchSharp;

namespace TorchScriptSharp.Serialization;

/// A storage loaded from `data/<key>`: a flat 1-D tensor owning the bytes. Tensors rebuilt from it
/// are as_strided views, so two tensors that shared a storage in Python share one here too.
internal sealed class LoadedStorage
{
    public LoadedStorage(string key, StorageType type, long numel, torch.Tensor flat)
    {
        Key = key;
        Type = type;
        Numel = numel;
        Flat = flat;
    }

    public string Key { get; }
    public StorageType Type { get; }
    public long Numel { get; }
    public torch.Tensor Flat { get; }
}

/// Conversions between raw storage bytes and TorchSharp tensors.
internal static class TensorStorage
{
    static TensorStorage()
    {
        // The files are little-endian by definition; we copy bytes without swapping.
        if (!BitConverter.IsLittleEndian)
            throw new PlatformNotSupportedException("torch.save serialization needs a little-endian machine");
    }

    public static LoadedStorage Load(ZipContainer zip, string key, StorageType type, long numel)
    {
        if (numel < 0) throw new TorchSaveException($"storage '{key}' has negative size {numel}");
        string record = "data/" + key;
        if (!zip.HasRecord(record))
            throw new TorchSaveException($"storage '{key}' is referenced but the zip has no record '{zip.Prefix}/{record}'");
        long bytes;
        try { bytes = checked(numel * type.ElementSize); }
        catch (OverflowException) { throw new TorchSaveException($"storage '{key}' declares an absurd size of {numel} elements"); }
        long actual = zip.RecordLength(record);
        if (actual != bytes)
            throw new TorchSaveException(
                $"storage '{key}' declares {numel} x {type.ElementSize} = {bytes} bytes but its record holds {actual} bytes");
        if (bytes > Limits.MaxStorageBytes)
            throw new TorchSaveException($"storage '{key}' is {bytes} bytes; storages over {Limits.MaxStorageBytes} bytes are not supported");

        var flat = torch.empty(numel, type.Dtype);
        try
        {
            if (bytes > 0) zip.ReadInto(record, flat.bytes);
            return new LoadedStorage(key, type, numel, flat);
        }
        catch { flat.Dispose(); throw; }
    }

    /// The tensor `storage[offset :]` viewed with the given sizes and strides, after checking
    /// that every element it can address lies inside the storage.
    public static torch.Tensor View(LoadedStorage storage, long offset, long[] size, long[] stride, bool requiresGrad)
    {
        if (size.Length != stride.Length)
            throw new TorchSaveException($"tensor has {size.Length} sizes but {stride.Length} strides");
        if (size.Length > Limits.MaxTensorRank)
            throw new TorchSaveException($"tensor rank {size.Length} exceeds {Limits.MaxTensorRank}");
        if (offset < 0 || offset > storage.Numel)
            throw new TorchSaveException($"storage offset {offset} is outside storage '{storage.Key}' of {storage.Numel} elements");
        bool empty = false;
        long last = offset; // index of the furthest element addressed
        try
        {
            for (int i = 0; i < size.Length; i++)
            {
                if (size[i] < 0) throw new TorchSaveException($"tensor has negative size {size[i]} in dimension {i}");
                if (stride[i] < 0) throw new TorchSaveException($"tensor has negative stride {stride[i]} in dimension {i}");
                if (size[i] == 0) empty = true;
                else last = checked(last + checked((size[i] - 1) * stride[i]));
            }
        }
        catch (OverflowException) { throw new TorchSaveException("tensor sizes and strides overflow 64 bits"); }
        if (!empty && last >= storage.Numel)
            throw new TorchSaveException(
                $"tensor of size [{string.Join(", ", size)}], stride [{string.Join(", ", stride)}] at offset {offset} " +
                $"reaches element {last} of storage '{storage.Key}', which has only {storage.Numel} elements");

        var view = storage.Flat.as_strided(size, stride, offset);
        if (requiresGrad)
        {
            if (!IsDifferentiable(storage.Type.Dtype))
            {
                view.Dispose();
                throw new TorchSaveException($"tensor of dtype {storage.Type.DtypeName} cannot require grad");
            }
            view.requires_grad_(true);
        }
        return view;
    }

    public static bool IsDifferentiable(torch.ScalarType t) =>
        t is torch.ScalarType.Float32 or torch.ScalarType.Float64 or torch.ScalarType.Float16 or torch.ScalarType.BFloat16
            or torch.ScalarType.ComplexFloat32 or torch.ScalarType.ComplexFloat64;

    /// A dense, offset-0, CPU copy of `t` (or `t` itself when it already is one) whose bytes are
    /// the storage record. Callers dispose the result only when it is not `t`.
    public static torch.Tensor Compact(torch.Tensor t)
    {
        using var noGrad = torch.no_grad();
        if (t.device_type == DeviceType.CPU && t.is_contiguous() && t.storage_offset() == 0) return t;
        // contiguous() of an already-contiguous offset view returns the view, hence the clone.
        var c = t.device_type == DeviceType.CPU ? t.contiguous() : t.cpu().contiguous();
        if (c.storage_offset() == 0 && !ReferenceEquals(c, t)) return c;
        var copy = c.clone();
        if (!ReferenceEquals(c, t)) c.Dispose();
        return copy;
    }
}
