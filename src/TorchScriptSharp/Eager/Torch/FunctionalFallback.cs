using System.Text.RegularExpressions;

namespace TorchScriptSharp.Eager.Torch;

/// `torch.nn.functional` is the library's functional.py run as Python; this adds what PyTorch's module
/// has beyond its `def`s: the boolean-dispatch functions (`max_pool2d(..., return_indices=True)` calls
/// `max_pool2d_with_indices`) and aliases declared in the `# boolean_dispatch:` / `# alias:` comment
/// lines at the top of the file, and, for names the file leaves to aten (gelu, linear, conv2d, pad...),
/// `F.name(...)` calling the operator `aten::name` (or `aten::name_` when `inplace=True`).
static class FunctionalFallback
{
    static readonly Regex DispatchLine = new(@"^#\s*boolean_dispatch:\s*(\w+)\s+(\w+)\s+(\d+)\s+(True|False)\s+(\w+)\s+(\w+)\s*$", RegexOptions.Multiline);
    static readonly Regex AliasLine = new(@"^#\s*alias:\s*(\w+)\s+(\w+)\s*$", RegexOptions.Multiline);

    public static void Install(PyModuleObject m, string source)
    {
        foreach (Match d in DispatchLine.Matches(source))
        {
            string name = d.Groups[1].Value, arg = d.Groups[2].Value;
            int index = int.Parse(d.Groups[3].Value);
            bool dflt = d.Groups[4].Value == "True";
            string ifTrue = d.Groups[5].Value, ifFalse = d.Groups[6].Value;
            if (m.Dict.ContainsKey(name)) continue;
            m.Dict[name] = new BuiltinFunction(name, (ev, a) =>
            {
                // as torch._jit_internal.boolean_dispatch: the keyword, else the positional at index, else the default
                object? flag = a.HasKeyword(arg) ? a.Keyword(arg) : index < a.Positional.Count ? a.Positional[index] : dflt;
                var target = m.Dict[PyOps.Truthy(ev, flag) ? ifTrue : ifFalse];
                return ev.Call(target, a);
            });
        }
        foreach (Match al in AliasLine.Matches(source))
            if (!m.Dict.ContainsKey(al.Groups[1].Value) && m.Dict.TryGetValue(al.Groups[2].Value, out var target))
                m.Dict[al.Groups[1].Value] = target;
        m.Fallback = Aten;
    }

    /// `F.name` for a name functional.py does not define: the aten operator of that name.
    static object? Aten(string publicName)
    {
        var name = Library.FunctionalAtenNames.Of(publicName);
        return OpDispatch.Exists("aten::" + name) ? new BuiltinFunction(publicName, (ev, a) =>
        {
            bool inplace = a.HasKeyword("inplace") && PyOps.Truthy(ev, a.Keyword("inplace"));
            var rest = new CallArgs(a.Positional, a.Keywords.Where(k => k.Key != "inplace").ToList());
            return OpDispatch.Call(ev, "aten::" + name + (inplace && OpDispatch.Exists("aten::" + name + "_") ? "_" : ""), rest, isMethod: false);
        }) { Operator = "aten::" + name } : null;
    }
}
