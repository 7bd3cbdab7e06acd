namespace TorchScriptSharp.Serialization;

/// A pickled `torch.device`, e.g. ("cpu", null) or ("cuda", 1). Kept as data, not a TorchSharp
/// Device, so loading a file that names a CUDA device works on a CPU-only machine.
public sealed record TorchDevice(string Type, int? Index = null)
{
    public static TorchDevice Parse(string spec)
    {
        int colon = spec.IndexOf(':');
        if (colon < 0) return new TorchDevice(spec);
        if (!int.TryParse(spec.AsSpan(colon + 1), out int index) || index < 0)
            throw new TorchSaveException($"invalid device string '{spec}'");
        return new TorchDevice(spec[..colon], index);
    }

    public override string ToString() => Index is int i ? $"{Type}:{i}" : Type;
}
