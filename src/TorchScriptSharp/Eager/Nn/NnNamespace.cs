namespace TorchScriptSharp.Eager.Nn;

/// The `torch.nn` module: Module and Parameter (native), the containers (Python, run on first use),
/// init and functional. Other names (the layers) come from the bundled library sources when present.
static class NnNamespace
{
    public static PyModuleObject Create(Interpreter ev, ModuleLoader loader)
    {
        var m = new PyModuleObject("torch.nn");
        m.Dict["Module"] = ModuleClass.Module;
        m.Dict["Parameter"] = BuiltinTypes.Parameter;
        m.Fallback = name =>
        {
            if (name is "Sequential" or "ModuleList" or "ModuleDict" or "ParameterList" or "ParameterDict")
                return loader.Import(Containers.ModuleName).Dict[name];
            if (name is "init" or "functional" or "parameter" or "modules")
                return loader.TryImport("torch.nn." + name);
            var layers = loader.TryImport("torch.nn.modules");
            return layers != null && layers.TryGet(name, out var v) ? v : null;
        };
        return m;
    }
}
