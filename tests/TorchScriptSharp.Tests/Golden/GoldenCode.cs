using System.Text.RegularExpressions;

namespace TorchScriptSharp.Tests.Golden;

/// Comparing printed `.code` with PyTorch's.
public static class GoldenCode
{
    /// `___torch_mangle_<n>` numbers count, in PyTorch as here, every name mangled earlier in the
    /// process (a second Conv2d type, an overloaded library function compiled before), so they depend
    /// on what ran first, not on the module printed; code is compared without them.
    public static string WithoutMangleIndices(string code) => Regex.Replace(code, @"___torch_mangle_\d+", "___torch_mangle_N");
}
