using TorchScriptSharp.Serialization;
using TorchSharp;

namespace TorchScriptSharp.Eager.Stdlib;

/// `copy.copy` / `copy.deepcopy`. deepcopy of a module clones its tensors (Parameters stay
/// Parameters) and keeps sharing within the copied object graph, as Python's memo does;
/// PyTorch's layers (TransformerEncoder's clones) rely on it.
static class CopyModule
{
    public static PyModuleObject Create()
    {
        var m = new PyModuleObject("copy");
        m.Dict["copy"] = new BuiltinFunction("copy", (ev, a) => Shallow(a.Positional[0]));
        m.Dict["deepcopy"] = new BuiltinFunction("deepcopy", (ev, a) => Deep(a.Positional[0], new Dictionary<object, object?>(ReferenceEqualityComparer.Instance)));
        return m;
    }

    static object? Shallow(object? v)
    {
        switch (v)
        {
            case PyList l: return new PyList(l);
            case PyDict d: { var c = new PyDict(d.IsOrdered); foreach (var (k, x) in d) c[k] = x; return c; }
            case PySet s: return new PySet(s);
            case PyInstance i:
            {
                var c = i is PyException e ? new PyException(e.Class, e.Args.ToArray()) : new PyInstance(i.Class);
                foreach (var (k, x) in i.Dict) c.Dict[k] = x;
                if (i.Module != null) c.Module = CopyState(i.Module, x => x);
                return c;
            }
        }
        return v;
    }

    public static object? Deep(object? v, Dictionary<object, object?> memo)
    {
        if (v == null) return null;
        if (memo.TryGetValue(v, out var done)) return done;
        switch (v)
        {
            case TorchSharp.Modules.Parameter p:
            {
                var c = new TorchSharp.Modules.Parameter(p.detach().clone(), p.requires_grad);
                memo[v] = c;
                return c;
            }
            case torch.Tensor t:
            {
                var c = t.detach().clone();
                if (t.requires_grad) c.requires_grad = true;
                memo[v] = c;
                return c;
            }
            case PyList l:
            {
                var c = new PyList();
                memo[v] = c;
                foreach (var x in l) c.Add(Deep(x, memo));
                return c;
            }
            case PyTuple t:
            {
                var c = new PyTuple(t.Select(x => Deep(x, memo)).ToArray());
                memo[v] = c;
                return c;
            }
            case PyDict d:
            {
                var c = new PyDict(d.IsOrdered);
                memo[v] = c;
                foreach (var (k, x) in d) c[Deep(k, memo)] = Deep(x, memo);
                return c;
            }
            case PySet s:
            {
                var c = new PySet(s.Select(x => Deep(x, memo))) { IsFrozen = s.IsFrozen };
                memo[v] = c;
                return c;
            }
            case PyInstance i:
            {
                var c = i is PyException e ? new PyException(e.Class, e.Args.ToArray()) : new PyInstance(i.Class);
                memo[v] = c;
                foreach (var (k, x) in i.Dict) c.Dict[k] = Deep(x, memo);
                if (i.Module != null) c.Module = CopyState(i.Module, x => Deep(x, memo));
                return c;
            }
        }
        return v; // numbers, strings, functions, classes, modules are immutable or shared
    }

    static Nn.ModuleState CopyState(Nn.ModuleState s, Func<object?, object?> copy)
    {
        var c = new Nn.ModuleState();
        foreach (var (k, x) in s.Parameters) c.Parameters[k] = copy(x);
        foreach (var (k, x) in s.Buffers) c.Buffers[k] = copy(x);
        foreach (var (k, x) in s.Modules) c.Modules[k] = copy(x);
        foreach (var n in s.NonPersistentBuffers) c.NonPersistentBuffers.Add(n);
        return c;
    }
}
