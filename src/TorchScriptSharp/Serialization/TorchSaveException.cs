namespace TorchScriptSharp.Serialization;

/// Raised for any file that is not a well-formed, allowed torch.save archive. Untrusted input must
/// end in this exception (with a message naming the problem), never in a crash or a hang.
public sealed class TorchSaveException : Exception
{
    public TorchSaveException(string message) : base(message) { }
    public TorchSaveException(string message, Exception inner) : base(message, inner) { }
}
