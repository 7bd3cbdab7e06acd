using TorchScriptSharp.Syntax;
using Ast = TorchScriptSharp.Syntax.Ast;

namespace TorchScriptSharp.Eager;

/// Resolves imports: the native modules (torch, torch.nn, math, typing...), Python sources
/// registered by the host, and the library's bundled `.py` resources (Library/torch/...). Anything
/// else is a ModuleNotFoundError naming the module, raised at the import statement.
sealed class ModuleLoader
{
    readonly Interpreter _ev;
    readonly Dictionary<string, PyModuleObject> _loaded = new();
    readonly Dictionary<string, (string Text, string FileName, bool IsPackage)> _sources = new();

    public ModuleLoader(Interpreter ev) => _ev = ev;

    public static readonly string[] NativeModules =
    {
        "torch", "torch.nn", "torch.nn.functional", "torch.nn.init", "torch.nn.parameter", "torch.nn.modules", "torch.nn.modules.module",
        "torch.nn.utils", "torch.nn.utils.rnn", "torch.autograd", "torch.hub", "torch.utils", "torch.utils.checkpoint", "torch.fx",
        "torch.jit", "torch.jit.annotations", "torch._jit_internal", "torch._VF", "torch._C",
        "math", "typing", "typing_extensions", "collections", "collections.abc", "re",
        "functools", "warnings", "enum", "abc", "copy", "sys", "itertools", "operator", "__future__",
    };

    /// Directories searched, like Python's sys.path, for `name.py` or `name/__init__.py` when `import
    /// name` is none of the above (a model file importing its sibling: `from unet_parts import *`).
    public List<string> SearchPath { get; } = new();

    /// The source text of a module imported from a registered source or the search path (null for
    /// native and library modules), so the scripting layer can compile classes defined there.
    public (string Text, string FileName)? UserSource(string name) =>
        _userSources.TryGetValue(name, out var s) ? s : null;

    readonly Dictionary<string, (string Text, string FileName)> _userSources = new();

    /// Makes `import name` run <paramref name="text"/> (once).
    public void RegisterSource(string name, string text, string? fileName = null, bool isPackage = false) =>
        _sources[name] = (text, fileName ?? name.Replace('.', '/') + (isPackage ? "/__init__.py" : ".py"), isPackage);

    public PyModuleObject Import(string name) =>
        TryImport(name) ?? throw new PythonException(BuiltinTypes.ModuleNotFoundError,
            $"No module named '{name}' (the eager evaluator provides {string.Join(", ", NativeModules.Where(n => !n.StartsWith("__")))} and registered sources)");

    public PyModuleObject? TryImport(string name)
    {
        if (_loaded.TryGetValue(name, out var m)) return m;
        m = CreateNative(name);
        if (m != null)
        {
            _loaded[name] = m;
            LinkToParent(name, m);
            return m;
        }
        if (_sources.TryGetValue(name, out var src))
        {
            _userSources[name] = (src.Text, src.FileName);
            return RunSource(name, src.Text, src.FileName, src.IsPackage);
        }
        var resource = FindLibraryResource(name);
        if (resource == null)
        {
            if (FindOnSearchPath(name) is not { } found) return null;
            _userSources[name] = (found.Text, found.FileName);
            return RunSource(name, found.Text, found.FileName, found.IsPackage);
        }
        m = RunSource(name, resource.Value.Text, resource.Value.FileName, resource.Value.IsPackage);
        if (name == "torch.nn.functional") Torch.FunctionalFallback.Install(m, resource.Value.Text);
        if (name == "torch.nn.modules") m.Dict.TryAdd("Module", Nn.ModuleClass.Module); // as PyTorch's package exports it
        return m;
    }

    void LinkToParent(string name, PyModuleObject m)
    {
        int dot = name.LastIndexOf('.');
        if (dot < 0) return;
        if (_loaded.TryGetValue(name[..dot], out var parent) && !parent.Dict.ContainsKey(name[(dot + 1)..]))
            parent.Dict[name[(dot + 1)..]] = m;
    }

    PyModuleObject RunSource(string name, string text, string fileName, bool isPackage)
    {
        var syntax = Parser.ParseModule(new SourceText(text, fileName));
        var scope = new ModuleScope(name, _ev.Builtins) { IsPackage = isPackage };
        scope.Vars["__file__"] = fileName;
        var module = new PyModuleObject(name, scope.Vars);
        _loaded[name] = module; // registered first, so circular imports see the partial module as Python does
        try { _ev.RunIn(syntax.Body, scope); }
        catch { _loaded.Remove(name); throw; }
        LinkToParent(name, module);
        return module;
    }

    (string Text, string FileName, bool IsPackage)? FindOnSearchPath(string name)
    {
        var relative = Path.Combine(name.Split('.'));
        foreach (var dir in SearchPath)
            foreach (var (path, isPackage) in new[] { (Path.Combine(dir, relative + ".py"), false), (Path.Combine(dir, relative, "__init__.py"), true) })
                if (File.Exists(path)) return (File.ReadAllText(path), path, isPackage);
        return null;
    }

    static (string Text, string FileName, bool IsPackage)? FindLibraryResource(string name)
    {
        var asm = typeof(ModuleLoader).Assembly;
        foreach (var (path, isPackage) in new[] { (name.Replace('.', '/') + ".py", false), (name.Replace('.', '/') + "/__init__.py", true) })
        {
            using var stream = asm.GetManifestResourceStream("Library/" + path);
            if (stream != null) return (new StreamReader(stream).ReadToEnd(), path, isPackage);
        }
        return null;
    }

    PyModuleObject? CreateNative(string name)
    {
        switch (name)
        {
            case "torch":
            {
                var torch = Torch.TorchFunctions.CreateTorch(_ev);
                _loaded["torch"] = torch;
                torch.Dict["jit"] = Import("torch.jit");
                torch.Dict["nn"] = Import("torch.nn");
                torch.Dict["_jit_internal"] = Import("torch._jit_internal");
                torch.Dict["_VF"] = Import("torch._VF");
                torch.Dict["_C"] = Import("torch._C");
                torch.Dict["autograd"] = Import("torch.autograd");
                return torch;
            }
            case "torch.nn":
                Import("torch");
                if (_loaded.TryGetValue("torch.nn", out var nn)) return nn;
                return Nn.NnNamespace.Create(_ev, this);
            case "torch.nn.init": return Torch.NnInit.Create();
            case "torch.nn.parameter": return new PyModuleObject(name, new() { ["Parameter"] = BuiltinTypes.Parameter });
            case "torch.nn.modules.module": return new PyModuleObject(name, new() { ["Module"] = Nn.ModuleClass.Module });
            case "torch.nn.utils": Import("torch.nn"); return new PyModuleObject(name);
            case "torch.nn.utils.rnn":
            {
                // the bundled source, which the compiler also reads (PackedSequence's TorchScript type)
                Import("torch.nn.utils");
                var rnn = FindLibraryResource(name)!.Value;
                return RunSource(name, rnn.Text, rnn.FileName, false);
            }
            case "torch.autograd": return Torch.AutogradModule.Create(Import("torch"));
            case "torch.hub": return Torch.HubModule.Create();
            case "torch.fx": Import("torch"); return Torch.FxModule.Create();
            case "torch.utils": Import("torch"); return new PyModuleObject(name);
            case "torch.utils.checkpoint": Import("torch.utils"); return Torch.CheckpointModule.Create();
            case "torch.jit": return Torch.JitModule.Create();
            case "torch.jit.annotations":
                // the typing names PyTorch re-exports there (`from torch.jit.annotations import List, Optional`)
                Import("torch.jit");
                return new PyModuleObject(name, ((PyModuleObject)Import("typing")).Dict.Concat(Import("torch._jit_internal").Dict)
                    .Where(p => p.Value is TypingForm).GroupBy(p => p.Key).ToDictionary(g => g.Key, g => (object?)g.Last().Value));
            case "torch._jit_internal": return Torch.TorchInternals.JitInternal();
            case "torch._VF": return Torch.TorchInternals.AtenNamespace(name);
            case "torch._C": return Torch.TorchInternals.C();
            case "math": return Stdlib.MathModule.Create();
            case "typing" or "typing_extensions": return Stdlib.SmallModules.Typing();
            case "collections": return Stdlib.SmallModules.Collections();
            case "re": return Stdlib.ReModule.Create();
            case "collections.abc": return (PyModuleObject)Import("collections").Dict["abc"]!;
            case "functools": return Stdlib.SmallModules.Functools();
            case "warnings": return Stdlib.SmallModules.Warnings();
            case "enum": return Stdlib.EnumModule.Create();
            case "abc": return Stdlib.SmallModules.Abc();
            case "copy": return Stdlib.CopyModule.Create();
            case "sys": return Stdlib.SmallModules.Sys(_ev);
            case "itertools": return Stdlib.SmallModules.Itertools();
            case "operator": return Stdlib.SmallModules.Operator();
            case "__future__": return new PyModuleObject(name) { Fallback = n => true };
        }
        return null;
    }

    public void ExecImport(Ast.Import stmt, Scope scope)
    {
        foreach (var (name, asName) in stmt.Names)
        {
            var parts = name.Split('.');
            PyModuleObject? last = null;
            for (int i = 1; i <= parts.Length; i++) last = Import(string.Join('.', parts.Take(i)));
            if (asName != null) _ev.Store(asName, last, scope);
            else _ev.Store(parts[0], Import(parts[0]), scope);
        }
    }

    public void ExecImportFrom(Ast.ImportFrom stmt, Scope scope)
    {
        var full = Resolve(stmt, scope.Globals);
        var parts = full.Split('.');
        PyModuleObject module = null!;
        for (int i = 1; i <= parts.Length; i++) module = Import(string.Join('.', parts.Take(i)));
        foreach (var (name, asName) in stmt.Names)
        {
            if (name == "*")
            {
                foreach (var (k, v) in module.Dict.ToList())
                    if (!k.StartsWith('_')) _ev.Store(k, v, scope);
                continue;
            }
            if (module.TryGet(name, out var value) || TryImport(full + "." + name) is { } sub && (value = sub) != null)
                _ev.Store(asName ?? name, value, scope);
            else throw new PythonException(BuiltinTypes.ImportError, $"cannot import name '{name}' from '{full}'");
        }
    }

    static string Resolve(Ast.ImportFrom stmt, ModuleScope globals)
    {
        if (stmt.Level == 0) return stmt.Module;
        var pkg = globals.ModuleName.Split('.').ToList();
        if (!globals.IsPackage) pkg.RemoveAt(pkg.Count - 1);
        for (int i = 1; i < stmt.Level && pkg.Count > 0; i++) pkg.RemoveAt(pkg.Count - 1);
        if (pkg.Count == 0 && stmt.Level > 0 && globals.ModuleName == "__main__")
            throw new PythonException(BuiltinTypes.ImportError, "attempted relative import with no known parent package");
        var basePkg = string.Join('.', pkg);
        return stmt.Module.Length == 0 ? basePkg : basePkg.Length == 0 ? stmt.Module : basePkg + "." + stmt.Module;
    }
}
