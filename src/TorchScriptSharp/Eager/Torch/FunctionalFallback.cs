namespace TorchScriptSharp.Eager.Torch;

/// `torch.nn.functional` when the library's functional.py is not bundled: `F.name(...)` calls the
/// operator `aten::name` (or `aten::name_` when `inplace=True`), enough for relu/softmax/linear-style
/// calls in eagerly run code.
static class FunctionalFallback
{
    public static PyModuleObject Create()
    {
        var m = new PyModuleObject("torch.nn.functional");
        m.Fallback = name => OpDispatch.Exists("aten::" + name)
            ? new BuiltinFunction(name, (ev, a) =>
            {
                bool inplace = a.HasKeyword("inplace") && PyOps.Truthy(ev, a.Keyword("inplace"));
                var rest = new CallArgs(a.Positional, a.Keywords.Where(k => k.Key != "inplace").ToList());
                return OpDispatch.Call(ev, "aten::" + name + (inplace && OpDispatch.Exists("aten::" + name + "_") ? "_" : ""), rest, isMethod: false);
            })
            : null;
        return m;
    }
}
