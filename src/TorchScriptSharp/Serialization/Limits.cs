namespace TorchScriptSharp.Serialization;

/// Hard limits that keep hostile files from exhausting the stack or memory.
internal static class Limits
{
    /// Deepest container nesting accepted on load and on save. Consumers (printers, converters,
    /// the writer itself) recurse over values, so this bounds their stack use.
    public const int MaxDepth = 1000;

    /// data.pkl is read into memory; a real argument list or state_dict pickle is far smaller.
    public const long MaxPickleBytes = 256L * 1024 * 1024;

    /// Deflate cannot expand data by more than ~1032:1, so a larger declared ratio is a lie
    /// meant to make us allocate.
    public const long MaxDeflateRatio = 1100;

    /// libtorch has no hard cap on rank; anything beyond this is not a real tensor.
    public const int MaxTensorRank = 64;

    /// Tensor.bytes exposes a Span, so one storage is copied through at most int.MaxValue bytes.
    public const long MaxStorageBytes = int.MaxValue;
}
