namespace TorchScriptSharp.Eager;

/// Python-style argument binding for builtins written in C#: `Params.Bind(args, "uniform_",
/// ("tensor", Params.Required), ("a", 0.0), ("b", 1.0))` accepts the values positionally or by keyword,
/// fills defaults and raises Python's TypeErrors otherwise.
static class Params
{
    public static readonly object Required = new();

    public static object?[] Bind(CallArgs a, string function, params (string Name, object? Default)[] spec)
    {
        if (a.Positional.Count > spec.Length)
            throw Interpreter.TypeError($"{function}() takes {spec.Length} positional argument{(spec.Length == 1 ? "" : "s")} but {a.Positional.Count} were given");
        var values = new object?[spec.Length];
        var set = new bool[spec.Length];
        for (int i = 0; i < a.Positional.Count; i++) { values[i] = a.Positional[i]; set[i] = true; }
        foreach (var (k, v) in a.Keywords)
        {
            int i = Array.FindIndex(spec, s => s.Name == k);
            if (i < 0) throw Interpreter.TypeError($"{function}() got an unexpected keyword argument '{k}'");
            if (set[i]) throw Interpreter.TypeError($"{function}() got multiple values for argument '{k}'");
            values[i] = v;
            set[i] = true;
        }
        for (int i = 0; i < spec.Length; i++)
        {
            if (set[i]) continue;
            if (ReferenceEquals(spec[i].Default, Required))
                throw Interpreter.TypeError($"{function}() missing 1 required positional argument: '{spec[i].Name}'");
            values[i] = spec[i].Default;
        }
        return values;
    }
}
