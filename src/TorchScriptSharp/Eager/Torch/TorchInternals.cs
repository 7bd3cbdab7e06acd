using TorchScriptSharp.Serialization;

namespace TorchScriptSharp.Eager.Torch;

/// The private torch modules the library's nn sources import: `torch._jit_internal`, `torch._VF`,
/// `torch._C` / `torch._C._nn` (`torch.nn.utils.rnn` is the bundled Library/torch/nn/utils/rnn.py).
static class TorchInternals
{
    /// Marks a function declared as an overload stub (`@_overload`, `@_overload_method`); the scripting
    /// layer reads it. In eager Python the stub stays callable and the last plain `def` of the name wins.
    public const string OverloadAttribute = "_torchscript_overload";

    public static PyModuleObject JitInternal()
    {
        var m = new PyModuleObject("torch._jit_internal");
        void Def(string name, Func<Interpreter, CallArgs, object?> body) => m.Dict[name] = new BuiltinFunction(name, body);
        foreach (var name in new[] { "BroadcastingList1", "BroadcastingList2", "BroadcastingList3", "BroadcastingList4",
                     "BroadcastingList5", "BroadcastingList6", "Final", "Optional", "List", "Tuple", "Dict", "Any", "Union" })
            m.Dict[name] = new TypingForm(name);
        Def("_overload", (ev, a) => MarkOverload(a.Positional[0]));
        Def("_overload_method", (ev, a) => MarkOverload(a.Positional[0]));
        Def("is_scripting", (ev, a) => false);
        Def("_copy_to_script_wrapper", (ev, a) => a.Positional[0]);
        Def("export", (ev, a) => ev.Call(JitModuleFunction(ev, "export"), a));
        Def("ignore", (ev, a) => ev.Call(JitModuleFunction(ev, "ignore"), a));
        Def("unused", (ev, a) => ev.Call(JitModuleFunction(ev, "unused"), a));
        return m;
    }

    static object? JitModuleFunction(Interpreter ev, string name) => ev.Modules.Import("torch.jit").Dict[name];

    static object? MarkOverload(object? f)
    {
        if (f is PyFunction pf) pf.Attributes[OverloadAttribute] = true;
        return f;
    }

    /// A namespace whose every attribute `X` calls the operator `aten::X` (`_VF.lstm`, `torch._C._nn.linear`).
    public static PyModuleObject AtenNamespace(string name)
    {
        var m = new PyModuleObject(name);
        m.Fallback = op => OpDispatch.Exists("aten::" + op)
            ? new BuiltinFunction(op, (ev, a) => OpDispatch.Call(ev, "aten::" + op, a, isMethod: false))
            : null;
        return m;
    }

    public static PyModuleObject C()
    {
        var m = AtenNamespace("torch._C");
        m.Dict["_nn"] = AtenNamespace("torch._C._nn");
        m.Dict["_VariableFunctions"] = AtenNamespace("torch._C._VariableFunctions");
        return m;
    }
}
