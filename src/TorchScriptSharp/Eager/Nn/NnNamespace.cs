namespace TorchScriptSharp.Eager.Nn;

/// The `torch.nn` module: Module and Parameter (native), the submodules (init, functional, parameter,
/// utils, modules) and, resolved lazily, every layer and container class the library's
/// `torch/nn/modules/__init__.py` exports (`nn.Linear` is `torch.nn.modules.linear.Linear`).
static class NnNamespace
{
    public static PyModuleObject Create(Interpreter ev, ModuleLoader loader)
    {
        var m = new PyModuleObject("torch.nn");
        m.Dict["Module"] = ModuleClass.Module;
        m.Dict["Parameter"] = BuiltinTypes.Parameter;
        m.Fallback = name =>
        {
            if (name is "init" or "functional" or "parameter" or "modules" or "utils")
                return loader.TryImport("torch.nn." + name);
            if (name.StartsWith("__")) return null;
            var layers = loader.TryImport("torch.nn.modules");
            return layers != null && layers.TryGet(name, out var v) ? v : null;
        };
        return m;
    }
}
