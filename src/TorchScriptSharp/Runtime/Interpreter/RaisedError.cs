namespace TorchScriptSharp.Runtime;

/// `raise`/`assert` in script code (prim::RaiseException). PyTorch surfaces these as torch.jit.Error.
sealed class RaisedError : PythonError
{
    public RaisedError(string pythonType, string message) : base(pythonType, message) { }
}
