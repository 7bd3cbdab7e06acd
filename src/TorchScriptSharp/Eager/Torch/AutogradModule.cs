using TorchSharp;

namespace TorchScriptSharp.Eager.Torch;

/// `torch.autograd`, as model files import it: `Variable` (a pre-0.4 wrapper that PyTorch 1.13 keeps
/// for compatibility; it returns a tensor sharing the data, with the requested requires_grad) and the
/// grad-mode context managers that torch itself exports. Custom autograd `Function`s are not supported.
static class AutogradModule
{
    public static PyModuleObject Create(PyModuleObject torchModule)
    {
        var m = new PyModuleObject("torch.autograd");
        m.Dict["Variable"] = new BuiltinFunction("Variable", (ev, a) =>
        {
            if (a.Positional.Count == 0 || a.Positional[0] is not torch.Tensor data)
                throw Interpreter.TypeError("Variable data has to be a tensor, but got " + PyOps.TypeOf(a.Positional.Count > 0 ? a.Positional[0] : null).Name);
            object? requiresGrad = a.Positional.Count > 1 ? a.Positional[1] : a.HasKeyword("requires_grad") ? a.Keyword("requires_grad") : false;
            return data.detach().requires_grad_(PyOps.Truthy(ev, requiresGrad));
        });
        foreach (var name in new[] { "no_grad", "enable_grad", "set_grad_enabled" })
            m.Dict[name] = torchModule.Dict[name];
        return m;
    }
}
