namespace TorchScriptSharp.Types;

/// The qualified class names taken in one session (one eager evaluator): the first class of a name
/// gets `__torch__.<module>.<Class>`, later different ones `__torch__.<module>.___torch_mangle_N.<Class>`,
/// as PyTorch mangles names in its Python compilation unit. Scripting and tracing share it.
public sealed class TypeNameRegistry
{
    readonly HashSet<string> _used = new();
    // PyTorch's mangle counter is process-wide; so is this one
    static int _mangle;

    /// <param name="module">The Python module (`torch.nn.modules.conv`); `__main__` (a script run
    /// without a file name) is no prefix, as PyTorch names a script's classes `__torch__.Class`.</param>
    public string Claim(string module, string qualName)
    {
        var prefix = module is "" or "__main__" ? "" : module + ".";
        var name = $"__torch__.{prefix}{qualName}";
        if (_used.Add(name)) return name;
        var mangled = $"__torch__.{prefix}___torch_mangle_{Interlocked.Increment(ref _mangle) - 1}.{qualName}";
        _used.Add(mangled);
        return mangled;
    }
}
