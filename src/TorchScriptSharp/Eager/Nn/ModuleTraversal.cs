using TorchScriptSharp.Serialization;
using TorchSharp;

namespace TorchScriptSharp.Eager.Nn;

/// named_modules / named_parameters / state_dict / load_state_dict with PyTorch's orders, prefixes
/// and de-duplication (shared modules and tensors are reported once by the named_* methods, but
/// state_dict lists every path, as PyTorch's does).
public static partial class ModuleClass
{
    delegate void Definer(string name, Func<Interpreter, PyInstance, CallArgs, object?> body);

    static void DefineTraversal(PyClass c, Definer def)
    {
        def("named_modules", (ev, self, a) =>
        {
            var p = Params.Bind(a, "named_modules", ("memo", null), ("prefix", ""), ("remove_duplicate", true));
            return Iter(NamedModules(self, (string)p[1]!, PyOps.Truthy(ev, p[2])).Select(x => (object?)new PyTuple(x.Name, x.Module)));
        });
        def("modules", (ev, self, a) => Iter(NamedModules(self, "", true).Select(x => (object?)x.Module)));
        def("named_children", (ev, self, a) => Iter(NamedChildren(self).Select(x => (object?)new PyTuple(x.Name, x.Module))));
        def("children", (ev, self, a) => Iter(NamedChildren(self).Select(x => (object?)x.Module)));
        def("named_parameters", (ev, self, a) =>
        {
            var p = Params.Bind(a, "named_parameters", ("prefix", ""), ("recurse", true), ("remove_duplicate", true));
            return Iter(NamedMembers(self, s => s.Parameters, (string)p[0]!, PyOps.Truthy(ev, p[1]), PyOps.Truthy(ev, p[2])).Select(x => (object?)new PyTuple(x.Name, x.Value)));
        });
        def("parameters", (ev, self, a) =>
        {
            var p = Params.Bind(a, "parameters", ("recurse", true));
            return Iter(NamedMembers(self, s => s.Parameters, "", PyOps.Truthy(ev, p[0]), true).Select(x => x.Value));
        });
        def("named_buffers", (ev, self, a) =>
        {
            var p = Params.Bind(a, "named_buffers", ("prefix", ""), ("recurse", true), ("remove_duplicate", true));
            return Iter(NamedMembers(self, s => s.Buffers, (string)p[0]!, PyOps.Truthy(ev, p[1]), PyOps.Truthy(ev, p[2])).Select(x => (object?)new PyTuple(x.Name, x.Value)));
        });
        def("buffers", (ev, self, a) =>
        {
            var p = Params.Bind(a, "buffers", ("recurse", true));
            return Iter(NamedMembers(self, s => s.Buffers, "", PyOps.Truthy(ev, p[0]), true).Select(x => x.Value));
        });
        def("state_dict", (ev, self, a) =>
        {
            var p = Params.Bind(a, "state_dict", ("destination", null), ("prefix", ""), ("keep_vars", false));
            var dest = p[0] as PyDict ?? new PyDict(isOrdered: true);
            var metadata = dest.Attributes?.TryGetValue("_metadata", out var md) == true && md is PyDict m ? m : new PyDict(isOrdered: true);
            dest.Attributes ??= new PyDict();
            dest.Attributes["_metadata"] = metadata;
            StateDict(ev, self, dest, metadata, (string)p[1]!, PyOps.Truthy(ev, p[2]));
            return dest;
        });
        def("load_state_dict", (ev, self, a) =>
        {
            var p = Params.Bind(a, "load_state_dict", ("state_dict", Params.Required), ("strict", true));
            return LoadStateDict(ev, self, p[0], PyOps.Truthy(ev, p[1]));
        });
        def("_load_from_state_dict", (ev, self, a) =>
        {
            var p = Params.Bind(a, "_load_from_state_dict", ("state_dict", Params.Required), ("prefix", Params.Required), ("local_metadata", Params.Required),
                ("strict", Params.Required), ("missing_keys", Params.Required), ("unexpected_keys", Params.Required), ("error_msgs", Params.Required));
            if (p[0] is not PyDict sd) throw Interpreter.TypeError($"_load_from_state_dict expects a dict, got {PyOps.TypeOf(p[0]).QualName}");
            LoadOwnState(ev, self, sd, (string)p[1]!, PyOps.Truthy(ev, p[3]), (PyList)p[4]!, (PyList)p[5]!, (PyList)p[6]!);
            return null;
        });
        def("get_submodule", (ev, self, a) => GetSubmodule(self, (string)a.Positional[0]!));
        def("get_parameter", (ev, self, a) => GetMember(self, (string)a.Positional[0]!, s => s.Parameters, "parameter"));
        def("get_buffer", (ev, self, a) => GetMember(self, (string)a.Positional[0]!, s => s.Buffers, "buffer"));
    }

    static PyIterator Iter(IEnumerable<object?> items) => new(items.ToList(), "generator");

    /// Module._named_modules: pre-order, each module once (by identity) unless remove_duplicate is false.
    public static IEnumerable<(string Name, PyInstance Module)> NamedModules(PyInstance root, string prefix = "", bool removeDuplicate = true)
    {
        var memo = new HashSet<object>(ReferenceEqualityComparer.Instance);
        var result = new List<(string, PyInstance)>();
        void Walk(PyInstance m, string pre)
        {
            if (removeDuplicate && !memo.Add(m)) return;
            result.Add((pre, m));
            foreach (var (k, v) in State(m).Modules)
                if (v is PyInstance child) Walk(child, pre + (pre.Length > 0 ? "." : "") + (string)k!);
        }
        Walk(root, prefix);
        return result;
    }

    public static IEnumerable<(string Name, PyInstance Module)> NamedChildren(PyInstance self)
    {
        var memo = new HashSet<object>(ReferenceEqualityComparer.Instance);
        foreach (var (k, v) in State(self).Modules)
            if (v is PyInstance m && memo.Add(m)) yield return ((string)k!, m);
    }

    /// Module._named_members: members of each module in named_modules order, each tensor once.
    public static List<(string Name, object? Value)> NamedMembers(PyInstance self, Func<ModuleState, PyDict> members, string prefix, bool recurse, bool removeDuplicate)
    {
        var modules = recurse ? NamedModules(self, prefix, removeDuplicate) : new[] { (prefix, self) };
        var memo = new HashSet<object>(ReferenceEqualityComparer.Instance);
        var result = new List<(string, object?)>();
        foreach (var (modPrefix, m) in modules)
            foreach (var (k, v) in members(State(m)))
            {
                if (v == null) continue;
                if (memo.Contains(v)) continue;
                if (removeDuplicate) memo.Add(v);
                result.Add((modPrefix + (modPrefix.Length > 0 ? "." : "") + (string)k!, v));
            }
        return result;
    }

    static void StateDict(Interpreter ev, PyInstance self, PyDict dest, PyDict metadata, string prefix, bool keepVars)
    {
        var state = State(self);
        var version = self.Class.Lookup("_version");
        var local = new PyDict();
        local["version"] = version;
        metadata[prefix.Length > 0 ? prefix[..^1] : ""] = local;
        foreach (var (k, v) in state.Parameters)
            if (v is torch.Tensor t) dest[prefix + (string)k!] = keepVars ? t : t.detach();
        foreach (var (k, v) in state.Buffers)
            if (v is torch.Tensor t && !state.NonPersistentBuffers.Contains(k)) dest[prefix + (string)k!] = keepVars ? t : t.detach();
        foreach (var (k, v) in state.Modules)
            if (v is PyInstance child) StateDict(ev, child, dest, metadata, prefix + (string)k! + ".", keepVars);
    }

    static readonly PyClass IncompatibleKeys = MakeIncompatibleKeys();

    static PyClass MakeIncompatibleKeys()
    {
        var c = new PyClass("_IncompatibleKeys", new[] { BuiltinTypes.Object }, "torch.nn.modules.module");
        c.Dict["__repr__"] = new BuiltinFunction("__repr__", (ev, a) =>
        {
            var s = (PyInstance)a.Positional[0]!;
            var missing = (PyList)s.Dict["missing_keys"]!;
            var unexpected = (PyList)s.Dict["unexpected_keys"]!;
            if (missing.Count == 0 && unexpected.Count == 0) return "<All keys matched successfully>";
            return $"_IncompatibleKeys(missing_keys={PyText.Repr(ev, missing)}, unexpected_keys={PyText.Repr(ev, unexpected)})";
        });
        c.Dict["__iter__"] = new BuiltinFunction("__iter__", (ev, a) =>
        {
            var s = (PyInstance)a.Positional[0]!;
            return new PyIterator(new[] { s.Dict["missing_keys"], s.Dict["unexpected_keys"] });
        });
        c.Dict["__getitem__"] = new BuiltinFunction("__getitem__", (ev, a) =>
        {
            var s = (PyInstance)a.Positional[0]!;
            return PyOps.GetItem(ev, new PyTuple(s.Dict["missing_keys"], s.Dict["unexpected_keys"]), a.Positional[1]);
        });
        return c;
    }

    /// Module.load_state_dict, as PyTorch 1.13 does it: a copy of the dict (keeping its `_metadata`) is
    /// handed to each module's `_load_from_state_dict` — looked up on the instance, so a model's
    /// override (converting an old checkpoint layout, dropping keys) runs — with the module's prefix,
    /// its metadata entry and shared missing/unexpected/error lists; then the strict check raises
    /// PyTorch's "Error(s) in loading state_dict for X".
    static object? LoadStateDict(Interpreter ev, PyInstance self, object? sdObj, bool strict)
    {
        if (sdObj is not PyDict given) throw Interpreter.TypeError($"Expected state_dict to be dict-like, got {PyOps.TypeOf(sdObj).QualName}.");
        var metadata = given.Attributes?.TryGetValue("_metadata", out var md) == true ? md as PyDict : null;
        var sd = new PyDict(isOrdered: true);
        foreach (var (k, v) in given) sd[k] = v;
        if (metadata != null) { sd.Attributes = new PyDict(); sd.Attributes["_metadata"] = metadata; }
        var missing = new PyList();
        var unexpected = new PyList();
        var errors = new PyList();
        void Load(PyInstance module, PyDict local, string prefix)
        {
            object? localMetadata = metadata != null && metadata.TryGetValue(prefix.Length == 0 ? "" : prefix[..^1], out var m) ? m : new PyDict();
            ev.Call(ev.GetAttr(module, "_load_from_state_dict"), new CallArgs(new List<object?> { local, prefix, localMetadata, true, missing, unexpected, errors }));
            foreach (var (k, v) in State(module).Modules)
            {
                if (v is not PyInstance child) continue;
                var childPrefix = prefix + (string)k! + ".";
                var childState = new PyDict(isOrdered: true);
                foreach (var (key, value) in local)
                    if (key is string s && s.StartsWith(childPrefix, StringComparison.Ordinal)) childState[key] = value;
                Load(child, childState, childPrefix);
            }
        }
        Load(self, sd, "");
        var messages = errors.Select(e => PyText.Str(ev, e)).ToList();
        if (strict)
        {
            if (unexpected.Count > 0) messages.Insert(0, "Unexpected key(s) in state_dict: " + string.Join(", ", unexpected.Select(k => $"\"{k}\"")) + ". ");
            if (missing.Count > 0) messages.Insert(0, "Missing key(s) in state_dict: " + string.Join(", ", missing.Select(k => $"\"{k}\"")) + ". ");
        }
        if (messages.Count > 0)
            throw new PythonException(BuiltinTypes.RuntimeError, $"Error(s) in loading state_dict for {self.Class.Name}:\n\t" + string.Join("\n\t", messages));
        var result = new PyInstance(IncompatibleKeys);
        result.Dict["missing_keys"] = missing;
        result.Dict["unexpected_keys"] = unexpected;
        return result;
    }

    /// Module._load_from_state_dict: copies this module's own parameters and persistent buffers from
    /// `prefix + name` entries in place (shapes must agree; a 1-element 1-d checkpoint tensor fills a
    /// 0-d one, for 0.3-era files), recording missing keys, and, when strict, keys under the prefix
    /// that name nothing here.
    static void LoadOwnState(Interpreter ev, PyInstance module, PyDict sd, string prefix, bool strict, PyList missing, PyList unexpected, PyList errors)
    {
        var state = State(module);
        var local = new List<(string Name, torch.Tensor Tensor)>();
        foreach (var (k, v) in state.Parameters) if (v is torch.Tensor t) local.Add(((string)k!, t));
        foreach (var (k, v) in state.Buffers) if (v is torch.Tensor t && !state.NonPersistentBuffers.Contains(k)) local.Add(((string)k!, t));
        foreach (var (name, param) in local)
        {
            var key = prefix + name;
            if (!sd.TryGetValue(key, out var input))
            {
                if (strict) missing.Add(key);
                continue;
            }
            if (input is not torch.Tensor src)
            {
                errors.Add($"While copying the parameter named \"{key}\", expected torch.Tensor or Tensor-like object from checkpoint but received {PyText.Repr(ev, PyOps.TypeOf(input))}");
                continue;
            }
            if (param.dim() == 0 && src.dim() == 1) src = src[0];
            if (!src.shape.SequenceEqual(param.shape))
            {
                errors.Add($"size mismatch for {key}: copying a param with shape {ShapeRepr(src)} from checkpoint, the shape in current model is {ShapeRepr(param)}.");
                continue;
            }
            try { using (torch.no_grad()) param.copy_(src); }
            catch (Exception e) when (e is not PythonException)
            {
                errors.Add($"While copying the parameter named \"{key}\", whose dimensions in the model are {ShapeRepr(param)} and whose dimensions in the checkpoint are {ShapeRepr(src)}, an exception occurred : ({e.Message}).");
            }
        }
        if (!strict) return;
        var localNames = local.Select(l => l.Name).ToHashSet();
        foreach (var keyObj in sd.Keys)
        {
            if (keyObj is not string key || !key.StartsWith(prefix, StringComparison.Ordinal)) continue;
            var inputName = key[prefix.Length..].Split('.', 2)[0];
            if (!state.Modules.ContainsKey(inputName) && !localNames.Contains(inputName)) unexpected.Add(key);
        }
    }

    internal static string ShapeRepr(torch.Tensor t) => "torch.Size([" + string.Join(", ", t.shape) + "])";

    static object? GetSubmodule(PyInstance self, string target)
    {
        if (target.Length == 0) return self;
        var mod = self;
        foreach (var item in target.Split('.'))
        {
            if (!State(mod).Modules.TryGetValue(item, out var next) || next is not PyInstance m)
                throw new PythonException(BuiltinTypes.AttributeError, $"{mod.Class.Name} has no attribute `{item}`");
            mod = m;
        }
        return mod;
    }

    static object? GetMember(PyInstance self, string target, Func<ModuleState, PyDict> members, string kind)
    {
        int dot = target.LastIndexOf('.');
        var mod = (PyInstance)GetSubmodule(self, dot < 0 ? "" : target[..dot])!;
        var name = target[(dot + 1)..];
        if (!members(State(mod)).TryGetValue(name, out var v))
            throw new PythonException(BuiltinTypes.AttributeError, $"{mod.Class.Name} has no attribute `{name}`");
        return v ?? throw new PythonException(BuiltinTypes.AttributeError, $"`{name}` is not an nn.Parameter");
    }
}
