namespace TorchScriptSharp.Eager;

/// The arguments of one Python call after `*args` / `**kwargs` are expanded: positional values in
/// order and keyword values in the order written.
public sealed class CallArgs
{
    public static readonly CallArgs Empty = new(Array.Empty<object?>(), Array.Empty<KeyValuePair<string, object?>>());

    public CallArgs(IReadOnlyList<object?> positional, IReadOnlyList<KeyValuePair<string, object?>>? keywords = null)
    {
        Positional = positional;
        Keywords = keywords ?? Array.Empty<KeyValuePair<string, object?>>();
    }

    public IReadOnlyList<object?> Positional { get; }
    public IReadOnlyList<KeyValuePair<string, object?>> Keywords { get; }

    public static CallArgs Of(params object?[] positional) => new(positional);

    /// The same call with <paramref name="first"/> in front (binding `self`).
    public CallArgs Prepend(object? first)
    {
        var list = new object?[Positional.Count + 1];
        list[0] = first;
        for (int i = 0; i < Positional.Count; i++) list[i + 1] = Positional[i];
        return new CallArgs(list, Keywords);
    }

    public object? Keyword(string name)
    {
        foreach (var kv in Keywords) if (kv.Key == name) return kv.Value;
        return null;
    }

    public bool HasKeyword(string name) => Keywords.Any(k => k.Key == name);
}
