using TorchScriptSharp.Serialization;
using TorchSharp;

namespace TorchScriptSharp.Eager;

public sealed partial class Interpreter
{
    /// `obj.name`; raises AttributeError when missing.
    public object? GetAttr(object? obj, string name)
    {
        if (TryGetAttr(obj, name, out var value)) return value;
        throw NoAttribute(obj, name);
    }

    internal static PythonException NoAttribute(object? obj, string name) => obj switch
    {
        PyModuleObject m => Error(BuiltinTypes.AttributeError, $"module '{m.Name}' has no attribute '{name}'"),
        PyClass c => Error(BuiltinTypes.AttributeError, $"type object '{c.Name}' has no attribute '{name}'"),
        _ => Error(BuiltinTypes.AttributeError, $"'{PyOps.TypeOf(obj).Name}' object has no attribute '{name}'"),
    };

    public bool TryGetAttr(object? obj, string name, out object? value)
    {
        switch (obj)
        {
            case PyInstance inst: return TryGetInstanceAttr(inst, name, out value);
            case PyClass cls: return TryGetClassAttr(cls, name, out value);
            case PyModuleObject m:
                if (m.TryGet(name, out value)) return true;
                if (name == "__name__") { value = m.Name; return true; }
                return false;
            case PySuper s: return TryGetSuperAttr(s, name, out value);
            case torch.Tensor t: return Torch.TensorAttributes.TryGet(this, t, name, out value);
            case PyFunction f:
                value = name switch
                {
                    "__name__" => f.Name, "__qualname__" => f.QualName, "__module__" => f.ModuleName,
                    "__doc__" => null, _ => f.Attributes.TryGetValue(name, out var a) ? a : NoValue,
                };
                return !ReferenceEquals(value, NoValue);
            case BoundMethod bm:
                value = name switch { "__self__" => bm.Self, "__func__" => bm.Function, "__name__" => bm.Name, _ => NoValue };
                if (ReferenceEquals(value, NoValue) && bm.Function is PyFunction bf) return TryGetAttr(bf, name, out value);
                return !ReferenceEquals(value, NoValue);
            case BuiltinFunction bf2 when name == "__name__": value = bf2.Name; return true;
            case PyProperty p:
                value = name switch
                {
                    "setter" => new BuiltinFunction("setter", (ev, a) => new PyProperty(p.Getter, a.Positional[0], p.Deleter)),
                    "getter" => new BuiltinFunction("getter", (ev, a) => new PyProperty(a.Positional[0], p.Setter, p.Deleter)),
                    "deleter" => new BuiltinFunction("deleter", (ev, a) => new PyProperty(p.Getter, p.Setter, a.Positional[0])),
                    "fget" => p.Getter, "fset" => p.Setter, _ => NoValue,
                };
                return !ReferenceEquals(value, NoValue);
            case StaticMethod sm when name == "__func__": value = sm.Function; return true;
            case ClassMethod cm when name == "__func__": value = cm.Function; return true;
            case PyPartial pp:
                value = name switch { "func" => pp.Func, "args" => new PyTuple(pp.Args.Positional.ToArray()), _ => NoValue };
                return !ReferenceEquals(value, NoValue);
            case PySlice sl:
                value = name switch { "start" => sl.Start, "stop" => sl.Stop, "step" => sl.Step, _ => NoValue };
                return !ReferenceEquals(value, NoValue);
            // an OrderedDict's own attributes, such as a state dict's `_metadata`
            case PyDict { Attributes: { } attributes } when attributes.TryGetValue(name, out value): return true;
        }
        return BuiltinMethods.TryGet(this, obj, name, out value);
    }

    static readonly object NoValue = new();

    bool TryGetInstanceAttr(PyInstance inst, string name, out object? value)
    {
        var cls = inst.Class;
        bool found = cls.TryLookup(name, out var classValue, out _);
        if (found && classValue is PyProperty p)
        {
            if (p.Getter == null) throw Error(BuiltinTypes.AttributeError, "unreadable attribute");
            value = Call(p.Getter, CallArgs.Of(inst));
            return true;
        }
        if (inst.Dict.TryGetValue(name, out value)) return true;
        if (found) { value = Bind(classValue, inst, cls); return true; }
        switch (name)
        {
            case "__class__": value = cls; return true;
            case "__dict__": value = DictView(inst.Dict); return true;
            case "args" when inst is PyException e: value = e.Args; return true;
        }
        if (cls.Lookup("__getattr__") is { } hook)
        {
            try { value = Call(Bind(hook, inst, cls), CallArgs.Of(name)); return true; }
            catch (PythonException e) when (e.Exception.Class.IsSubclassOf(BuiltinTypes.AttributeError) && e.FramesSeen == 0)
            {
                // A native __getattr__ that found nothing: report as a normal missing attribute.
                value = null;
                return false;
            }
        }
        value = null;
        return false;
    }

    static PyDict DictView(Dictionary<string, object?> d)
    {
        var result = new PyDict();
        foreach (var (k, v) in d) result[k] = v;
        return result;
    }

    bool TryGetClassAttr(PyClass cls, string name, out object? value)
    {
        if (cls.TryLookup(name, out value, out _))
        {
            value = value switch
            {
                ClassMethod cm => new BoundMethod(cls, cm.Function!),
                StaticMethod sm => sm.Function,
                _ => value,
            };
            return true;
        }
        value = name switch
        {
            "__name__" => cls.Name,
            "__qualname__" => cls.QualName,
            "__module__" => cls.Module,
            "__mro__" => new PyTuple(cls.Mro.Cast<object?>().ToArray()),
            "__bases__" => new PyTuple(cls.Bases.Cast<object?>().ToArray()),
            "__dict__" => DictView(cls.Dict),
            "__class__" => BuiltinTypes.Type,
            _ => NoValue,
        };
        if (ReferenceEquals(value, NoValue)) { value = null; return false; }
        return true;
    }

    bool TryGetSuperAttr(PySuper s, string name, out object? value)
    {
        var mro = s.SelfClass.Mro;
        int start = -1;
        for (int i = 0; i < mro.Count; i++) if (ReferenceEquals(mro[i], s.Start)) { start = i; break; }
        for (int i = start + 1; i < mro.Count; i++)
        {
            if (!mro[i].Dict.TryGetValue(name, out var v)) continue;
            if (v is PyProperty p && s.Self is PyInstance) { value = Call(p.Getter, CallArgs.Of(s.Self)); return true; }
            value = s.Self is PyClass && v is PyFunction or BuiltinFunction ? v : Bind(v, s.Self, s.SelfClass);
            return true;
        }
        value = null;
        return false;
    }

    /// A class attribute read through an instance: functions become bound methods.
    internal static object? Bind(object? classValue, object? self, PyClass cls) => classValue switch
    {
        PyFunction or BuiltinFunction => new BoundMethod(self, classValue),
        StaticMethod sm => sm.Function,
        ClassMethod cm => new BoundMethod(cls, cm.Function!),
        _ => classValue,
    };

    /// `obj.name = value`: classes defining `__setattr__` (nn.Module) intercept it.
    public void SetAttr(object? obj, string name, object? value)
    {
        switch (obj)
        {
            case PyInstance inst:
                if (inst.Class.TryLookup("__setattr__", out var hook, out var owner) && !ReferenceEquals(owner, BuiltinTypes.Object))
                    Call(Bind(hook, inst, inst.Class), CallArgs.Of(name, value));
                else ObjectSetAttr(inst, name, value);
                return;
            case PyClass cls: cls.Dict[name] = value; return;
            case PyFunction f: f.Attributes[name] = value; return;
            case BoundMethod { Function: PyFunction bf }: bf.Attributes[name] = value; return;
            case PyModuleObject m: m.Dict[name] = value; return;
            case torch.Tensor t: Torch.TensorAttributes.Set(this, t, name, value); return;
            // OrderedDict instances take attributes (`state_dict._metadata = metadata`); plain dicts do not
            case PyDict { IsOrdered: true } ordered: (ordered.Attributes ??= new PyDict())[name] = value; return;
        }
        throw Error(BuiltinTypes.AttributeError, $"'{PyOps.TypeOf(obj).Name}' object has no attribute '{name}'");
    }

    /// object.__setattr__: properties run their setter, everything else goes to the instance dict.
    internal void ObjectSetAttr(PyInstance inst, string name, object? value)
    {
        if (inst.Class.Lookup(name) is PyProperty p)
        {
            if (p.Setter == null) throw Error(BuiltinTypes.AttributeError, $"can't set attribute '{name}'");
            Call(p.Setter, CallArgs.Of(inst, value));
            return;
        }
        if (name == "args" && inst is PyException e) { e.Args = new PyTuple(PyOps.Iterate(this, value).ToArray()); return; }
        if (name == "__class__" && value is PyClass c) { inst.Class = c; return; }
        inst.Dict[name] = value;
    }

    public void DelAttr(object? obj, string name)
    {
        if (obj is PyInstance inst)
        {
            if (inst.Class.TryLookup("__delattr__", out var hook, out var owner) && !ReferenceEquals(owner, BuiltinTypes.Object))
                Call(Bind(hook, inst, inst.Class), CallArgs.Of(name));
            else ObjectDelAttr(inst, name);
            return;
        }
        if (obj is PyClass cls && cls.Dict.Remove(name)) return;
        if (obj is PyFunction f && f.Attributes.Remove(name)) return;
        if (obj is PyModuleObject m && m.Dict.Remove(name)) return;
        throw NoAttribute(obj, name);
    }

    internal void ObjectDelAttr(PyInstance inst, string name)
    {
        if (inst.Class.Lookup(name) is PyProperty p && p.Deleter != null) { Call(p.Deleter, CallArgs.Of(inst)); return; }
        if (!inst.Dict.Remove(name)) throw NoAttribute(inst, name);
    }
}
