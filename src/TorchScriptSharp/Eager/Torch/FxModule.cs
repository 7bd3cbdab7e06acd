namespace TorchScriptSharp.Eager.Torch;

/// `torch.fx`, as far as model files touch it while being imported: `torch.fx.wrap("fn")` (torchvision's
/// ops register functions that FX symbolic tracing must treat as leaves). There is no FX tracer here, so
/// registering does nothing; `wrap` returns its argument, as PyTorch's does. Other names are missing
/// (AttributeError), so FX itself is never silently pretended.
static class FxModule
{
    public static PyModuleObject Create()
    {
        var m = new PyModuleObject("torch.fx");
        m.Dict["wrap"] = new BuiltinFunction("wrap", (ev, a) =>
        {
            var p = Params.Bind(a, "wrap", ("fn_or_name", Params.Required));
            if (p[0] is not (string or PyFunction or BuiltinFunction))
                throw Interpreter.TypeError("wrap() expects a function or the name of a global function");
            return p[0];
        });
        return m;
    }
}
