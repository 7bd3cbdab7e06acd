namespace TorchScriptSharp.Printing;

/// Picks the identifiers `.code` assigns to values. The set of used names is per function, but the
/// counters live as long as the printer, so names in one file keep counting across its functions
/// (`_0`..`_4` in `forward`, `_5` in the next method), as PyTorch's PythonPrint does.
sealed class NameGenerator
{
    readonly Dictionary<string, int> _nextId = new();
    readonly HashSet<string> _used = new();

    static readonly HashSet<string> Reserved = new()
    {
        "_", "as", "aten", "attribute", "CONSTANTS", "fork", "getattr", "inf", "nan", "infj", "nanj", "ops", "__torch__",
        "and", "assert", "async", "await", "break", "class", "continue", "def", "del", "elif", "else", "except",
        "False", "finally", "for", "from", "global", "if", "import", "in", "is", "lambda", "None", "nonlocal",
        "not", "or", "pass", "raise", "return", "True", "try", "with", "while", "yield",
        "uninitialized", "unchecked_cast",
    };

    public void StartFunction() => _used.Clear();

    /// `x`, then `x0`, `x1`, ... The counter is looked up under the name that collided, which is
    /// PyTorch's exact (odd) rule: a taken `_0` continues with `_` + counter-of-`_0`.
    public string Generate(string candidate)
    {
        string name = candidate;
        while (_used.Contains(name) || Reserved.Contains(name))
        {
            _nextId.TryGetValue(name, out int id);
            _nextId[name] = id + 1;
            name = candidate + id;
        }
        _used.Add(name);
        return name;
    }

    /// Debug names may hold characters an identifier cannot.
    public static string MakeValidIdentifier(string candidate)
    {
        var sb = new System.Text.StringBuilder();
        if (candidate.Length == 0 || char.IsAsciiDigit(candidate[0])) sb.Append('_');
        foreach (char c in candidate) sb.Append(char.IsAsciiLetterOrDigit(c) || c == '_' ? c : '_');
        return sb.ToString();
    }

    public static bool IsValidIdentifier(string name) =>
        name.Length > 0 && !char.IsAsciiDigit(name[0]) && name.All(c => char.IsAsciiLetterOrDigit(c) || c == '_');

    /// The debug name without its `.N` suffix (`x.3` → `x`).
    public static string BaseName(string debugName)
    {
        int dot = debugName.LastIndexOf('.');
        if (dot > 0 && dot + 1 < debugName.Length && debugName[(dot + 1)..].All(char.IsAsciiDigit)) return debugName[..dot];
        return debugName;
    }
}
