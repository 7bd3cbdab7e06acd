using TorchSharp;

namespace TorchScriptSharp.Tests.Build;

/// The build patches libLibTorchSharp.so where the system libstdc++ is too old; if that failed,
/// the first tensor operation would throw a TypeInitializationException.
public class TorchSharpLoadsTests
{
    [Fact]
    public void NativeLibraryLoadsAndComputes()
    {
        using var t = torch.arange(6, dtype: torch.float32).reshape(2, 3);
        Assert.Equal(15f, t.sum().item<float>());
    }
}
