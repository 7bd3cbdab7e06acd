namespace TorchScriptSharp.Eager.Torch;

/// `torch.hub`, which model files import for their pretrained-weights helpers
/// (`from torch.hub import load_state_dict_from_url`). Importing works; downloading does not: the
/// evaluator has no network or cache, so a call says so (load a state dict from a file instead).
static class HubModule
{
    public static PyModuleObject Create()
    {
        var m = new PyModuleObject("torch.hub");
        foreach (var name in new[] { "load_state_dict_from_url", "download_url_to_file", "load" })
            m.Dict[name] = new BuiltinFunction(name, (ev, a) =>
                throw new PythonException(BuiltinTypes.NotImplementedError,
                    $"torch.hub.{name}: downloading is not supported by the eager evaluator; load the state dict from a file and pass it to load_state_dict"));
        return m;
    }
}
