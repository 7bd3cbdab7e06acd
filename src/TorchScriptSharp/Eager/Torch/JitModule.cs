namespace TorchScriptSharp.Eager.Torch;

/// `torch.jit` inside eagerly run code: the decorators mark functions for the scripting layer
/// (`_torchscript_modifier` = "export" / "ignore" / "unused", as PyTorch's FunctionModifiers) and
/// otherwise leave them callable; is_scripting() is False because this code runs eagerly.
static class JitModule
{
    public const string ModifierAttribute = "_torchscript_modifier";

    public static PyModuleObject Create()
    {
        var m = new PyModuleObject("torch.jit");
        void Def(string name, Func<Interpreter, CallArgs, object?> body) => m.Dict[name] = new BuiltinFunction(name, body);
        Def("export", (ev, a) => Mark(a.Positional[0], "export"));
        Def("unused", (ev, a) => Mark(a.Positional[0], "unused"));
        Def("ignore", (ev, a) =>
        {
            // @torch.jit.ignore and @torch.jit.ignore(drop=True)
            if (a.Positional.Count == 1 && a.Positional[0] is PyFunction or BoundMethod) return Mark(a.Positional[0], "ignore");
            bool drop = a.Positional.Count > 0 ? PyOps.Truthy(ev, a.Positional[0]) : PyOps.Truthy(ev, a.Keyword("drop"));
            return new BuiltinFunction("ignore", (ev2, b) => Mark(b.Positional[0], drop ? "unused" : "ignore"));
        });
        Def("script", (ev, a) => Mark(a.Positional[0], "script"));
        Def("trace", JitTrace.Trace);
        Def("trace_module", JitTrace.TraceModule);
        Def("is_scripting", (ev, a) => false);
        Def("is_tracing", (ev, a) => Tracing.TracingState.Current != null);
        Def("annotate", (ev, a) => a.Positional[1]);
        Def("interface", (ev, a) => a.Positional[0]);
        Def("_overload_method", (ev, a) => a.Positional[0]);
        Def("_overload", (ev, a) => a.Positional[0]);
        Def("Attribute", (ev, a) => a.Positional[0]);
        m.Dict["Final"] = new TypingForm("Final");
        return m;
    }

    static object? Mark(object? f, string modifier)
    {
        switch (f)
        {
            case PyFunction pf: pf.Attributes[ModifierAttribute] = modifier; break;
            case BoundMethod { Function: PyFunction bf }: bf.Attributes[ModifierAttribute] = modifier; break;
        }
        return f;
    }
}
