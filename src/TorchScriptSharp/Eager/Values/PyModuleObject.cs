namespace TorchScriptSharp.Eager;

/// An imported module (`math`, `torch.nn`, or a Python source module): a namespace of attributes.
/// <see cref="Fallback"/> resolves names not in the dict lazily (torch.X resolves to the operator
/// `aten::X`, so the whole operator library is reachable without listing it).
public sealed class PyModuleObject
{
    public PyModuleObject(string name, Dictionary<string, object?>? dict = null)
    {
        Name = name;
        Dict = dict ?? new Dictionary<string, object?>();
    }

    public string Name { get; }
    public Dictionary<string, object?> Dict { get; }
    public Func<string, object?>? Fallback { get; set; }

    public bool TryGet(string name, out object? value)
    {
        if (Dict.TryGetValue(name, out value)) return true;
        if (Fallback != null)
        {
            value = Fallback(name);
            if (value != null) { Dict[name] = value; return true; }
        }
        return false;
    }

    public override string ToString() => $"<module '{Name}'>";
}
