using TorchScriptSharp.Serialization;
using TorchSharp;

namespace TorchScriptSharp.Eager.Nn;

/// `torch.nn.Module` as a builtin class that Python classes subclass. Its attribute protocol is
/// PyTorch's: assigning a Parameter registers it, assigning a Module registers a submodule (each
/// removing a stale entry of the same name elsewhere), names registered as buffers stay buffers, and
/// reads fall back to `_parameters`, `_buffers`, `_modules`.
public static partial class ModuleClass
{
    public static readonly PyClass Module = Create();

    static PyClass Create()
    {
        var c = new PyClass("Module", new[] { BuiltinTypes.Object }, "torch.nn.modules.module");
        void Def(string name, Func<Interpreter, PyInstance, CallArgs, object?> body) =>
            c.Dict[name] = new BuiltinFunction(name, (ev, a) =>
            {
                if (a.Positional.Count == 0 || a.Positional[0] is not PyInstance self || !self.Class.IsSubclassOf(Module))
                    throw Interpreter.TypeError($"descriptor '{name}' requires a 'Module' object");
                return body(ev, self, new CallArgs(a.Positional.Skip(1).ToList(), a.Keywords));
            });
        c.Dict["_version"] = 1L;
        c.Dict["dump_patches"] = false;
        Def("__init__", (ev, self, a) =>
        {
            if (a.Positional.Count > 0 || a.Keywords.Count > 0)
                throw Interpreter.TypeError($"Module.__init__() takes 1 positional argument but {a.Positional.Count + 1} were given");
            self.Dict["training"] = true;
            self.Module = new ModuleState();
            return null;
        });
        Def("__setattr__", (ev, self, a) => { SetAttr(ev, self, (string)a.Positional[0]!, a.Positional[1]); return null; });
        Def("__getattr__", (ev, self, a) => GetAttrFallback(self, (string)a.Positional[0]!));
        Def("__delattr__", (ev, self, a) => { DelAttr(ev, self, (string)a.Positional[0]!); return null; });
        Def("register_buffer", (ev, self, a) =>
        {
            var p = Params.Bind(a, "register_buffer", ("name", Params.Required), ("tensor", Params.Required), ("persistent", true));
            RegisterBuffer(ev, self, p[0], p[1], PyOps.Truthy(ev, p[2]));
            return null;
        });
        Def("register_parameter", (ev, self, a) =>
        {
            var p = Params.Bind(a, "register_parameter", ("name", Params.Required), ("param", Params.Required));
            RegisterParameter(ev, self, p[0], p[1]);
            return null;
        });
        Def("add_module", (ev, self, a) =>
        {
            var p = Params.Bind(a, "add_module", ("name", Params.Required), ("module", Params.Required));
            AddModule(ev, self, p[0], p[1]);
            return null;
        });
        c.Dict["register_module"] = c.Dict["add_module"];
        Def("__call__", (ev, self, a) => CallModule(ev, self, a));
        Def("forward", (ev, self, a) =>
            throw new PythonException(BuiltinTypes.NotImplementedError, $"Module [{self.Class.Name}] is missing the required \"forward\" function"));
        Def("extra_repr", (ev, self, a) => "");
        Def("_get_name", (ev, self, a) => self.Class.Name);
        Def("__repr__", (ev, self, a) => Repr(ev, self));
        Def("__dir__", (ev, self, a) => new PyList(self.Dict.Keys.Concat(State(self).Parameters.Keys.Concat(State(self).Buffers.Keys).Concat(State(self).Modules.Keys).Select(k => k?.ToString())).Distinct().Cast<object?>()));
        Def("register_forward_pre_hook", (ev, self, a) => AddHook(State(self).ForwardPreHooks, a.Positional[0]));
        Def("register_forward_hook", (ev, self, a) => AddHook(State(self).ForwardHooks, a.Positional[0]));
        DefineTraversal(c, Def);
        DefineModes(c, Def);
        return c;
    }

    internal static ModuleState State(PyInstance self) =>
        self.Module ?? throw new PythonException(BuiltinTypes.AttributeError, $"'{self.Class.Name}' object has no attribute '_parameters' (Module.__init__() was not called)");

    /// torch.typename: "torch.FloatTensor" for tensors, the qualified class name otherwise.
    internal static string TypeName(object? v) => v switch
    {
        torch.Tensor t => Torch.DTypes.LegacyTypeName(t.dtype),
        PyInstance i => i.Class.Module == "builtins" ? i.Class.QualName : $"{i.Class.Module}.{i.Class.QualName}",
        _ => PyOps.TypeOf(v).Name,
    };

    static PythonException KeyError(string message) => new(new PyException(BuiltinTypes.KeyError, new object?[] { message }));

    static bool IsModule(object? v) => v is PyInstance i && i.Class.IsSubclassOf(Module);

    static void SetAttr(Interpreter ev, PyInstance self, string name, object? value)
    {
        var state = self.Module;
        if (value is TorchSharp.Modules.Parameter)
        {
            if (state == null) throw new PythonException(BuiltinTypes.AttributeError, "cannot assign parameters before Module.__init__() call");
            self.Dict.Remove(name);
            PyDictEdit.Remove(state.Buffers, name);
            PyDictEdit.Remove(state.Modules, name);
            state.NonPersistentBuffers.Remove(name);
            RegisterParameter(ev, self, name, value);
            return;
        }
        if (state != null && state.Parameters.ContainsKey(name))
        {
            if (value != null)
                throw Interpreter.TypeError($"cannot assign '{TypeName(value)}' as parameter '{name}' (torch.nn.Parameter or None expected)");
            RegisterParameter(ev, self, name, value);
            return;
        }
        if (IsModule(value))
        {
            if (state == null) throw new PythonException(BuiltinTypes.AttributeError, "cannot assign module before Module.__init__() call");
            self.Dict.Remove(name);
            PyDictEdit.Remove(state.Parameters, name);
            PyDictEdit.Remove(state.Buffers, name);
            state.NonPersistentBuffers.Remove(name);
            state.Modules[name] = value;
            return;
        }
        if (state != null && state.Modules.ContainsKey(name))
        {
            if (value != null)
                throw Interpreter.TypeError($"cannot assign '{TypeName(value)}' as child module '{name}' (torch.nn.Module or None expected)");
            state.Modules[name] = value;
            return;
        }
        if (state != null && state.Buffers.ContainsKey(name))
        {
            if (value != null && value is not torch.Tensor)
                throw Interpreter.TypeError($"cannot assign '{TypeName(value)}' as buffer '{name}' (torch.Tensor or None expected)");
            state.Buffers[name] = value;
            return;
        }
        // PyTorch keeps these dicts in __dict__; replacing one (ModuleList.__delitem__ does) replaces the table.
        if (state != null && value is PyDict d)
        {
            switch (name)
            {
                case "_parameters": state.Parameters = d; return;
                case "_buffers": state.Buffers = d; return;
                case "_modules": state.Modules = d; return;
            }
        }
        ev.ObjectSetAttr(self, name, value);
    }

    static object? GetAttrFallback(PyInstance self, string name)
    {
        var state = self.Module;
        if (state != null)
        {
            if (state.Parameters.TryGetValue(name, out var p)) return p;
            if (state.Buffers.TryGetValue(name, out var b)) return b;
            if (state.Modules.TryGetValue(name, out var m)) return m;
            switch (name)
            {
                case "_parameters": return state.Parameters;
                case "_buffers": return state.Buffers;
                case "_modules": return state.Modules;
                case "_non_persistent_buffers_set": return state.NonPersistentBuffers;
            }
        }
        throw new PythonException(BuiltinTypes.AttributeError, $"'{self.Class.Name}' object has no attribute '{name}'");
    }

    static void DelAttr(Interpreter ev, PyInstance self, string name)
    {
        var state = self.Module;
        if (state != null)
        {
            if (PyDictEdit.Remove(state.Parameters, name)) return;
            if (PyDictEdit.Remove(state.Buffers, name)) { state.NonPersistentBuffers.Remove(name); return; }
            if (PyDictEdit.Remove(state.Modules, name)) return;
        }
        ev.ObjectDelAttr(self, name);
    }

    static bool HasAttr(Interpreter ev, PyInstance self, string name)
    {
        try { return ev.TryGetAttr(self, name, out _); }
        catch (PythonException e) when (e.Exception.Class.IsSubclassOf(BuiltinTypes.AttributeError)) { return false; }
    }

    internal static void RegisterParameter(Interpreter ev, PyInstance self, object? nameObj, object? param)
    {
        var state = self.Module ?? throw new PythonException(BuiltinTypes.AttributeError, "cannot assign parameter before Module.__init__() call");
        if (nameObj is not string name) throw Interpreter.TypeError($"parameter name should be a string. Got {TypeName(nameObj)}");
        if (name.Contains('.')) throw KeyError("parameter name can't contain \".\"");
        if (name.Length == 0) throw KeyError("parameter name can't be empty string \"\"");
        if (!state.Parameters.ContainsKey(name) && HasAttr(ev, self, name)) throw KeyError($"attribute '{name}' already exists");
        if (param != null && param is not TorchSharp.Modules.Parameter)
            throw Interpreter.TypeError($"cannot assign '{TypeName(param)}' object to parameter '{name}' (torch.nn.Parameter or None required)");
        state.Parameters[name] = param;
    }

    internal static void RegisterBuffer(Interpreter ev, PyInstance self, object? nameObj, object? tensor, bool persistent)
    {
        var state = self.Module ?? throw new PythonException(BuiltinTypes.AttributeError, "cannot assign buffer before Module.__init__() call");
        if (nameObj is not string name) throw Interpreter.TypeError($"buffer name should be a string. Got {TypeName(nameObj)}");
        if (name.Contains('.')) throw KeyError("buffer name can't contain \".\"");
        if (name.Length == 0) throw KeyError("buffer name can't be empty string \"\"");
        if (!state.Buffers.ContainsKey(name) && HasAttr(ev, self, name)) throw KeyError($"attribute '{name}' already exists");
        if (tensor != null && tensor is not torch.Tensor)
            throw Interpreter.TypeError($"cannot assign '{TypeName(tensor)}' object to buffer '{name}' (torch Tensor or None required)");
        state.Buffers[name] = tensor;
        if (persistent) state.NonPersistentBuffers.Remove(name);
        else state.NonPersistentBuffers.Add(name);
    }

    internal static void AddModule(Interpreter ev, PyInstance self, object? nameObj, object? module)
    {
        var state = self.Module ?? throw new PythonException(BuiltinTypes.AttributeError, "cannot assign module before Module.__init__() call");
        if (module != null && !IsModule(module)) throw Interpreter.TypeError($"{TypeName(module)} is not a Module subclass");
        if (nameObj is not string name) throw Interpreter.TypeError($"module name should be a string. Got {TypeName(nameObj)}");
        if (!state.Modules.ContainsKey(name) && HasAttr(ev, self, name)) throw KeyError($"attribute '{name}' already exists");
        if (name.Contains('.')) throw KeyError($"module name can't contain \".\", got: {name}");
        if (name.Length == 0) throw KeyError("module name can't be empty string \"\"");
        state.Modules[name] = module;
    }

    static long _nextHookId;

    static object? AddHook(List<(long, object?)> hooks, object? hook)
    {
        long id = Interlocked.Increment(ref _nextHookId);
        hooks.Add((id, hook));
        var handle = new PyModuleObject("RemovableHandle");
        handle.Dict["id"] = id;
        handle.Dict["remove"] = new BuiltinFunction("remove", (ev, a) => { hooks.RemoveAll(h => h.Item1 == id); return null; });
        return handle;
    }

    /// `module(*args)`: forward pre-hooks, forward, forward hooks (as Module._call_impl).
    static object? CallModule(Interpreter ev, PyInstance self, CallArgs a)
    {
        if (Tracing.Tracer.TryCallModule(ev, self, a, out var traced)) return traced;
        var state = State(self);
        var args = a;
        foreach (var (_, hook) in state.ForwardPreHooks.ToList())
        {
            var r = ev.Call(hook, CallArgs.Of(self, new PyTuple(args.Positional.ToArray())));
            if (r != null) args = new CallArgs(r is PyTuple t ? t.ToArray() : new[] { r }, args.Keywords);
        }
        var result = ev.Call(ev.GetAttr(self, "forward"), args);
        foreach (var (_, hook) in state.ForwardHooks.ToList())
        {
            var r = ev.Call(hook, CallArgs.Of(self, new PyTuple(args.Positional.ToArray()), result));
            if (r != null) result = r;
        }
        return result;
    }

    /// PyTorch's Module.__repr__: `Name(extra)` or the children indented one per line.
    static string Repr(Interpreter ev, PyInstance self)
    {
        var extra = ev.Call(ev.GetAttr(self, "extra_repr"), CallArgs.Empty) as string ?? "";
        var extraLines = extra.Length > 0 ? extra.Split('\n').ToList() : new List<string>();
        var childLines = new List<string>();
        foreach (var (key, module) in State(self).Modules)
            childLines.Add("(" + key + "): " + AddIndent(PyText.Repr(ev, module), 2));
        var lines = extraLines.Concat(childLines).ToList();
        var main = (ev.Call(ev.GetAttr(self, "_get_name"), CallArgs.Empty) as string) + "(";
        if (lines.Count > 0)
        {
            if (extraLines.Count == 1 && childLines.Count == 0) main += extraLines[0];
            else main += "\n  " + string.Join("\n  ", lines) + "\n";
        }
        return main + ")";
    }

    static string AddIndent(string s, int spaces)
    {
        var lines = s.Split('\n');
        if (lines.Length == 1) return s;
        return lines[0] + "\n" + string.Join("\n", lines.Skip(1).Select(l => new string(' ', spaces) + l));
    }
}
