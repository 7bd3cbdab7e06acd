using TorchScriptSharp.Serialization;

namespace TorchScriptSharp.Eager.Nn;

/// What nn.Module.__init__ creates on an instance: the ordered `_parameters`, `_buffers` and
/// `_modules` dicts, the non-persistent buffer names, and the hooks. The dicts are live PyDicts, so
/// Python code that edits `self._modules` directly (as PyTorch's containers do) sees the same data.
public sealed class ModuleState
{
    public PyDict Parameters { get; internal set; } = new(isOrdered: true);
    public PyDict Buffers { get; internal set; } = new(isOrdered: true);
    public PyDict Modules { get; internal set; } = new(isOrdered: true);
    public PySet NonPersistentBuffers { get; internal set; } = new();
    internal List<(long Id, object? Hook)> ForwardPreHooks { get; } = new();
    internal List<(long Id, object? Hook)> ForwardHooks { get; } = new();
}
