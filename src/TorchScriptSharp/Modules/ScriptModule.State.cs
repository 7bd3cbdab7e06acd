using TorchScriptSharp.Runtime;
using TorchSharp;

namespace TorchScriptSharp;

/// A script module's state as PyTorch's ScriptModule exposes it: parameters, buffers and children by
/// name (own first, then each child's, dotted), state_dict / load_state_dict, train / eval, and
/// attribute reads and writes by name.
public sealed partial class ScriptModule
{
    /// `named_parameters()`: the parameters, this module's first, then each submodule's.
    public IEnumerable<(string Name, torch.Tensor Tensor)> named_parameters(bool recurse = true) =>
        NamedTensors(t => t.ParameterNames, "", recurse);

    /// `named_buffers()`: the buffers (persistent or not), in the same order.
    public IEnumerable<(string Name, torch.Tensor Tensor)> named_buffers(bool recurse = true) =>
        NamedTensors(t => t.BufferNames, "", recurse);

    /// `named_children()`: the direct submodules.
    public IEnumerable<(string Name, ScriptModule Module)> named_children()
    {
        foreach (var (name, _) in Object.Type.Attributes)
            if (submodule(name) is { } child) yield return (name, child);
    }

    /// `state_dict()`: parameters and buffers by dotted name, each module's parameters before its
    /// buffers, then its children's, as PyTorch orders it. The tensors are the module's own. As in
    /// PyTorch 1.13, a scripted module's state_dict includes non-persistent buffers too.
    public IReadOnlyDictionary<string, torch.Tensor> state_dict()
    {
        var result = new Dictionary<string, torch.Tensor>();
        foreach (var (name, t) in StateEntries("")) result[name] = t;
        return result;
    }

    IEnumerable<(string Name, torch.Tensor Tensor)> StateEntries(string prefix)
    {
        var type = Object.Type;
        foreach (var (name, t) in OwnTensors(n => type.ParameterNames.Contains(n))) yield return (prefix + name, t);
        foreach (var (name, t) in OwnTensors(type.BufferNames.Contains)) yield return (prefix + name, t);
        foreach (var (name, child) in named_children())
            foreach (var entry in child.StateEntries(prefix + name + ".")) yield return entry;
    }

    /// `load_state_dict(state_dict, strict=True)`: copies each tensor into the module's own (so code
    /// holding them sees the new values). With strict, missing or unexpected keys are PyTorch's error;
    /// otherwise they are returned.
    public (IReadOnlyList<string> MissingKeys, IReadOnlyList<string> UnexpectedKeys) load_state_dict(IReadOnlyDictionary<string, torch.Tensor> stateDict, bool strict = true)
    {
        var own = state_dict();
        var missing = own.Keys.Where(k => !stateDict.ContainsKey(k)).ToList();
        var unexpected = stateDict.Keys.Where(k => !own.ContainsKey(k)).ToList();
        var errors = new List<string>();
        if (strict && missing.Count > 0) errors.Add("Missing key(s) in state_dict: " + string.Join(", ", missing.Select(k => $"\"{k}\"")) + ". ");
        if (strict && unexpected.Count > 0) errors.Add("Unexpected key(s) in state_dict: " + string.Join(", ", unexpected.Select(k => $"\"{k}\"")) + ". ");
        foreach (var (key, target) in own)
        {
            if (!stateDict.TryGetValue(key, out var source)) continue;
            if (!source.shape.SequenceEqual(target.shape))
            {
                errors.Add($"size mismatch for {key}: copying a param with shape torch.Size([{string.Join(", ", source.shape)}]) from checkpoint, "
                    + $"the shape in current model is torch.Size([{string.Join(", ", target.shape)}]).");
                continue;
            }
            using (torch.no_grad()) target.copy_(source);
        }
        if (errors.Count > 0)
            // PyTorch names the Python class of a scripted module, RecursiveScriptModule
            throw new ArgumentException("Error(s) in loading state_dict for RecursiveScriptModule:\n\t" + string.Join("\n\t", errors));
        return (missing, unexpected);
    }

    /// load_state_dict with what `TorchSave.Load` reads from a file PyTorch's `torch.save(m.state_dict())` wrote.
    public (IReadOnlyList<string> MissingKeys, IReadOnlyList<string> UnexpectedKeys) load_state_dict(Serialization.PyDict stateDict, bool strict = true) =>
        load_state_dict(stateDict.ToDictionary(p => p.Key as string ?? throw new ArgumentException($"state_dict keys must be strings, got {p.Key}"),
            p => p.Value as torch.Tensor ?? throw new ArgumentException($"state_dict['{p.Key}'] is not a tensor")), strict);

    /// `training`: whether the module is in training mode.
    public bool training => Object.Type.AttributeSlot("training") is var i and >= 0 && Object.GetAttr(i) is { Tag: IValueTag.Bool } v && v.ToBool();

    /// `train(mode)`: sets `training` on this module and every submodule.
    public ScriptModule train(bool mode = true)
    {
        if (Object.Type.AttributeSlot("training") is var i and >= 0) Object.SetAttr(i, IValue.FromBool(mode));
        foreach (var (_, child) in named_children()) child.train(mode);
        return this;
    }

    /// `eval()`: `train(false)`.
    public ScriptModule eval() => train(false);

    /// Reads an attribute (a parameter, buffer, plain attribute or submodule) as a .NET value.
    public object? getattr(string name)
    {
        int i = Object.Type.AttributeSlot(name);
        if (i < 0) throw new ArgumentException($"'{Object.Type.Name}' object has no attribute '{name}'");
        return submodule(name) is { } child ? child : ValueConversion.ToDotNet(Object.GetAttr(i));
    }

    /// Writes an attribute, converted to its declared type (PyTorch refuses a value of another type).
    public void setattr(string name, object? value)
    {
        int i = Object.Type.AttributeSlot(name);
        if (i < 0) throw new ArgumentException($"'{Object.Type.Name}' object has no attribute '{name}'");
        var type = Object.Type.Attributes[i].Type;
        Object.SetAttr(i, value is ScriptModule m ? IValue.FromObject(m.Object) : ValueConversion.ToIValue(value, type));
    }

    IEnumerable<(string Name, torch.Tensor Tensor)> NamedTensors(Func<Types.ClassType, HashSet<string>> select, string prefix, bool recurse)
    {
        var names = select(Object.Type);
        foreach (var (name, t) in OwnTensors(names.Contains)) yield return (prefix + name, t);
        if (!recurse) yield break;
        foreach (var (name, child) in named_children())
            foreach (var entry in child.NamedTensors(select, prefix + name + ".", true)) yield return entry;
    }

    IEnumerable<(string Name, torch.Tensor Tensor)> OwnTensors(Func<string, bool> include)
    {
        for (int i = 0; i < Object.Type.Attributes.Count; i++)
        {
            var name = Object.Type.Attributes[i].Name;
            if (include(name) && Object.GetAttr(i).IsTensor) yield return (name, Object.GetAttr(i).ToTensor());
        }
    }
}
