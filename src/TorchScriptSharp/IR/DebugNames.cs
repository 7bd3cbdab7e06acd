using System.Text.RegularExpressions;

namespace TorchScriptSharp.IR;

/// The graph's debug-name table. Setting a name that is taken renames the old owner to `base.K`,
/// with K counting up per base name, which is how PyTorch produces `%x.1`, `%x.3`, ...
public sealed class DebugNames
{
    readonly Dictionary<string, Value> _owners = new();
    readonly Dictionary<string, int> _nextSuffix = new();
    static readonly Regex NumericSuffix = new(@"^(.*)\.(\d+)$", RegexOptions.Compiled);

    /// The name PyTorch gives the value of `getattr(obj, name)`: a numeric attribute ("0", a
    /// container's child) is named `_0`.
    public static string ForAttribute(string name) => char.IsDigit(name[0]) ? "_" + name : name;

    /// PyTorch refuses names that look like plain numbers (they would print like unique ids).
    public static bool IsValidName(string name) => !(name.Length > 0 && name.All(char.IsDigit));

    internal void Rename(Value value, string? name)
    {
        if (value.DebugName != null) _owners.Remove(value.DebugName);
        if (name == null) { value.SetDebugNameRaw(null); return; }
        if (!IsValidName(name)) throw new ArgumentException($"names may not be integers: {name}");
        if (_owners.TryGetValue(name, out var old) && old != value)
        {
            var m = NumericSuffix.Match(name);
            string baseName = name;
            if (m.Success) baseName = m.Groups[1].Value;
            int k = _nextSuffix.TryGetValue(baseName, out var s) ? Math.Max(1, s + 1) : 1;
            string candidate;
            do candidate = $"{baseName}.{k++}"; while (_owners.ContainsKey(candidate));
            _nextSuffix[baseName] = k;
            _owners.Remove(name);
            old.SetDebugNameRaw(candidate);
            _owners[candidate] = old;
        }
        _owners[name] = value;
        value.SetDebugNameRaw(name);
    }

    internal void Forget(Value value)
    {
        if (value.DebugName != null && _owners.TryGetValue(value.DebugName, out var v) && v == value)
            _owners.Remove(value.DebugName);
    }
}
