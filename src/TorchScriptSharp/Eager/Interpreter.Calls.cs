using TorchScriptSharp.Serialization;
using Ast = TorchScriptSharp.Syntax.Ast;

namespace TorchScriptSharp.Eager;

public sealed partial class Interpreter
{
    object? EvalCall(Ast.Call c, Scope scope)
    {
        var func = Eval(c.Func, scope);
        if (func is BuiltinFunction { Name: "super" } && c.Args.Count == 0 && c.Keywords.Count == 0)
        {
            scope.Current = c.Range;
            return ZeroArgumentSuper(scope);
        }
        var positional = new List<object?>(c.Args.Count);
        foreach (var a in c.Args)
        {
            if (a is Ast.Starred st) positional.AddRange(PyOps.Iterate(this, Eval(st.Value, scope)));
            else positional.Add(Eval(a, scope));
        }
        List<KeyValuePair<string, object?>>? keywords = null;
        if (c.Keywords.Count > 0)
        {
            keywords = new List<KeyValuePair<string, object?>>(c.Keywords.Count);
            foreach (var k in c.Keywords)
            {
                if (k.Name != null) { AddKeyword(keywords, k.Name, Eval(k.Value, scope), func); continue; }
                foreach (var (key, value) in PyOps.MappingItems(this, Eval(k.Value, scope)))
                {
                    if (key is not string s) throw TypeError("keywords must be strings");
                    AddKeyword(keywords, s, value, func);
                }
            }
        }
        scope.Current = c.Range;
        return Call(func, new CallArgs(positional, keywords));
    }

    void AddKeyword(List<KeyValuePair<string, object?>> keywords, string name, object? value, object? func)
    {
        if (keywords.Any(k => k.Key == name))
            throw TypeError($"{PyText.CallableName(func)}() got multiple values for keyword argument '{name}'");
        keywords.Add(new(name, value));
    }

    /// `super()` inside a method: the class the method was defined in and the method's first argument.
    object ZeroArgumentSuper(Scope scope)
    {
        var s = scope;
        while (s.ScopeKind == Scope.Kind.Comprehension) s = s.Parent!;
        if (s.ScopeKind != Scope.Kind.Function || s.DefiningClass == null || s.FirstArgument is not string first)
            throw Error(BuiltinTypes.RuntimeError, "super(): no arguments");
        if (!s.Vars.TryGetValue(first, out var self)) throw Error(BuiltinTypes.RuntimeError, "super(): arg[0] deleted");
        return MakeSuper(s.DefiningClass, self);
    }

    internal static PySuper MakeSuper(PyClass cls, object? self)
    {
        var selfClass = self is PyClass c ? c : PyOps.TypeOf(self);
        if (!selfClass.IsSubclassOf(cls))
            throw TypeError("super(type, obj): obj must be an instance or subtype of type");
        return new PySuper(cls, self, selfClass);
    }

    /// Calls any Python callable.
    public object? Call(object? callee, CallArgs args)
    {
        switch (callee)
        {
            case PyFunction f: return CallFunction(f, args);
            case BuiltinFunction b: return CallBuiltin(b, args);
            case BoundMethod m: return Call(m.Function, args.Prepend(m.Self));
            case PyClass cls: return Instantiate(cls, args);
            case PyPartial p:
                return Call(p.Func, new CallArgs(p.Args.Positional.Concat(args.Positional).ToList(),
                    p.Args.Keywords.Where(k => !args.HasKeyword(k.Key)).Concat(args.Keywords).ToList()));
            case StaticMethod sm: return Call(sm.Function, args);
            case PyInstance inst:
                if (inst.Class.Lookup("__call__") is { } call) return Call(Bind(call, inst, inst.Class), args);
                break;
        }
        throw TypeError($"'{PyOps.TypeOf(callee).Name}' object is not callable");
    }

    object? CallBuiltin(BuiltinFunction b, CallArgs args)
    {
        try { return b.Body(this, args); }
        catch (PythonException) { throw; }
        catch (InterpreterSignal) { throw; }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // Kernel and TorchSharp failures surface as Python RuntimeErrors, as PyTorch's do.
            throw new PythonException(BuiltinTypes.RuntimeError, e.Message);
        }
    }

    object? CallFunction(PyFunction f, CallArgs args)
    {
        if (Tracing.ScriptedCalls.TryCall(this, f, args, out var traced)) return traced;
        EnterCall();
        try
        {
            var scope = Scope.Function(f.Closure, LocalNames.Of(f.Body), f.Name, f.DefiningClass);
            scope.QualName = f.QualName;
            scope.FirstArgument = f.Parameters.PositionalOnly.Concat(f.Parameters.Regular).FirstOrDefault()?.Name ?? f.Parameters.VarArgs?.Name;
            scope.Current = f.Body.Range;
            BindArguments(f, args, scope.Vars);
            foreach (var (name, n) in f.BroadcastingParameters)
                if (scope.Vars.TryGetValue(name, out var single) && single is long or double)
                    scope.Vars[name] = new PyList(Enumerable.Repeat(single, n));
            var caller = EnterFrame(scope);
            try
            {
                if (f.Body is Ast.Lambda l) return Eval(l.Body, scope);
                var def = (Ast.FunctionDef)f.Body;
                return ExecBlock(def.Body, scope) == Flow.Return ? scope.ReturnValue : null;
            }
            catch (PythonException e) when (Annotate(e, scope)) { throw; }
            finally { ExitFrame(caller); }
        }
        finally { ExitCall(); }
    }

    /// Python's argument binding: positional, keyword, defaults, *args, **kwargs, keyword-only.
    void BindArguments(PyFunction f, CallArgs args, Dictionary<string, object?> vars)
    {
        var ps = f.Parameters;
        int nPos = ps.PositionalOnly.Count + ps.Regular.Count;
        Ast.Parameter PosParam(int i) => i < ps.PositionalOnly.Count ? ps.PositionalOnly[i] : ps.Regular[i - ps.PositionalOnly.Count];
        var given = args.Positional;
        for (int i = 0; i < Math.Min(nPos, given.Count); i++) vars[PosParam(i).Name] = given[i];
        if (ps.VarArgs != null) vars[ps.VarArgs.Name] = new PyTuple(given.Skip(nPos).ToArray());
        else if (given.Count > nPos)
        {
            int required = nPos - f.Defaults.Length;
            string takes = f.Defaults.Length > 0 ? $"from {required} to {nPos}" : nPos.ToString();
            throw TypeError($"{f.QualName}() takes {takes} positional argument{(nPos == 1 && f.Defaults.Length == 0 ? "" : "s")} but {given.Count} {(given.Count == 1 ? "was" : "were")} given");
        }
        PyDict? kwargs = ps.KwArgs != null ? new PyDict() : null;
        foreach (var (name, value) in args.Keywords)
        {
            bool isParam = ps.Regular.Any(p => p.Name == name) || ps.KeywordOnly.Any(p => p.Name == name);
            if (isParam)
            {
                if (vars.ContainsKey(name)) throw TypeError($"{f.QualName}() got multiple values for argument '{name}'");
                vars[name] = value;
            }
            else if (kwargs != null) kwargs[name] = value;
            else if (ps.PositionalOnly.Any(p => p.Name == name))
                throw TypeError($"{f.QualName}() got some positional-only arguments passed as keyword arguments: '{name}'");
            else throw TypeError($"{f.QualName}() got an unexpected keyword argument '{name}'");
        }
        if (kwargs != null) vars[ps.KwArgs!.Name] = kwargs;
        var missing = new List<string>();
        for (int i = 0; i < nPos; i++)
        {
            var p = PosParam(i);
            if (vars.ContainsKey(p.Name)) continue;
            int d = i - (nPos - f.Defaults.Length);
            if (d >= 0) vars[p.Name] = f.Defaults[d];
            else missing.Add(p.Name);
        }
        if (missing.Count > 0) throw MissingArguments(f, missing, "positional");
        foreach (var p in ps.KeywordOnly)
        {
            if (vars.ContainsKey(p.Name)) continue;
            if (f.KwDefaults.TryGetValue(p.Name, out var dv)) vars[p.Name] = dv;
            else missing.Add(p.Name);
        }
        if (missing.Count > 0) throw MissingArguments(f, missing, "keyword-only");
    }

    static PythonException MissingArguments(PyFunction f, List<string> names, string kind)
    {
        var quoted = names.Select(n => $"'{n}'").ToList();
        string list = quoted.Count == 1 ? quoted[0]
            : string.Join(", ", quoted.Take(quoted.Count - 1)) + (quoted.Count > 2 ? "," : "") + " and " + quoted[^1];
        return TypeError($"{f.QualName}() missing {names.Count} required {kind} argument{(names.Count == 1 ? "" : "s")}: {list}");
    }

    /// Creating an instance: builtin value classes build natively; everything else gets a fresh
    /// instance and its `__init__` (found along the MRO) is called.
    object? Instantiate(PyClass cls, CallArgs args)
    {
        foreach (var c in cls.Mro)
        {
            if (c.Factory == null) continue;
            if (ReferenceEquals(c, cls)) return c.Factory(this, args);
            throw Unsupported($"subclassing the builtin type '{c.Name}' ({cls.Name})");
        }
        if (cls.Lookup("__new__") is { } newFn && !ReferenceEquals(newFn, BuiltinTypes.ObjectNew))
        {
            var made = Call(newFn is StaticMethod sm ? sm.Function : newFn, args.Prepend(cls));
            if (made is not PyInstance pi || !pi.Class.IsSubclassOf(cls)) return made;
            if (!ReferenceEquals(pi.Class.Lookup("__init__"), BuiltinTypes.ObjectInit)) InitInstance(pi, args);
            return pi;
        }
        var instance = cls.IsSubclassOf(BuiltinTypes.BaseException) ? new PyException(cls, args.Positional) : new PyInstance(cls);
        InitInstance(instance, args);
        return instance;
    }

    void InitInstance(PyInstance instance, CallArgs args)
    {
        var init = instance.Class.Lookup("__init__");
        if (ReferenceEquals(init, BuiltinTypes.ObjectInit))
        {
            if (args.Positional.Count > 0 || args.Keywords.Count > 0) throw TypeError($"{instance.Class.Name}() takes no arguments");
            return;
        }
        var result = Call(Bind(init, instance, instance.Class), args);
        if (result != null) throw TypeError($"__init__() should return None, not '{PyOps.TypeOf(result).Name}'");
    }

    /// Function definition: defaults are evaluated now, decorators applied bottom-up.
    object? DefineFunction(Ast.FunctionDef def, Scope scope)
    {
        if (def.IsAsync) throw Unsupported("async def");
        var decorators = def.Decorators.Select(d => Eval(d, scope)).ToList();
        object? result = MakeFunction(def.Name, def.Parameters, def, def, scope);
        for (int i = decorators.Count - 1; i >= 0; i--)
        {
            scope.Current = def.Decorators[i].Range;
            result = Call(decorators[i], CallArgs.Of(result));
        }
        return result;
    }

    PyFunction MakeFunction(string name, Ast.Parameters ps, Ast.Node body, Ast.FunctionDef? def, Scope scope)
    {
        var defaults = ps.PositionalOnly.Concat(ps.Regular).Where(p => p.Default != null).Select(p => Eval(p.Default!, scope)).ToArray();
        var kwDefaults = new Dictionary<string, object?>();
        foreach (var p in ps.KeywordOnly) if (p.Default != null) kwDefaults[p.Name] = Eval(p.Default, scope);
        string qual = scope.ScopeKind switch
        {
            Scope.Kind.Class => scope.QualName + "." + name,
            Scope.Kind.Function => scope.QualName + ".<locals>." + name,
            _ => name,
        };
        return new PyFunction(name, qual, ps, body, scope.ClosureTarget, defaults, kwDefaults, def)
        {
            DefiningClass = scope.ScopeKind == Scope.Kind.Class ? null : scope.DefiningClass,
            BroadcastingParameters = BroadcastingParameters(ps, scope),
        };
    }

    /// `kernel_size: BroadcastingList2[int]` / `Optional[BroadcastingList2[int]]` where the name is
    /// torch._jit_internal's form (the library's functional.py is TorchScript source and relies on it).
    (string, int)[] BroadcastingParameters(Ast.Parameters ps, Scope scope)
    {
        List<(string, int)>? found = null;
        foreach (var p in ps.PositionalOnly.Concat(ps.Regular).Concat(ps.KeywordOnly))
        {
            var ann = p.Annotation;
            if (ann is Ast.Subscript { Value: var outer, Indices.Count: 1 } opt && FormName(outer) == "Optional") ann = opt.Indices[0];
            if (ann is not Ast.Subscript { Value: var v } || FormName(v) is not { } form || !form.StartsWith("BroadcastingList")
                || !int.TryParse(form["BroadcastingList".Length..], out int n))
                continue;
            // only when the name is bound to the typing form (not a user's own BroadcastingList2)
            if (v is Ast.Name nm && !(scope.Globals.Vars.TryGetValue(nm.Id, out var bound) && bound is TypingForm)) continue;
            (found ??= new()).Add((p.Name, n));
        }
        return found?.ToArray() ?? Array.Empty<(string, int)>();

        static string? FormName(Ast.Expr e) => e switch { Ast.Name n => n.Id, Ast.Attribute a => a.Name, _ => null };
    }

    /// Class definition: the body runs in a class namespace, then the class is created from it.
    /// Methods learn their class afterwards (Python's `__class__` cell) so zero-argument super() works.
    object? DefineClass(Ast.ClassDef def, Scope scope)
    {
        var bases = new List<PyClass>();
        foreach (var b in def.Bases)
        {
            var v = Eval(b, scope);
            if (v is PyClass pc) bases.Add(pc);
            else if (v is TypingForm) continue; // Generic[T], Protocol...: typing only
            else throw TypeError($"class {def.Name}: base {PyText.Repr(this, v)} is not a class");
        }
        if (bases.Count == 0) bases.Add(BuiltinTypes.Object);
        foreach (var k in def.Keywords)
            if (k.Name != "metaclass") throw Unsupported($"class keyword '{k.Name}'");
        var decorators = def.Decorators.Select(d => Eval(d, scope)).ToList();

        var body = Scope.Class(scope, def.Name);
        body.QualName = scope.ScopeKind == Scope.Kind.Function ? scope.QualName + ".<locals>." + def.Name
            : scope.ScopeKind == Scope.Kind.Class ? scope.QualName + "." + def.Name : def.Name;
        body.Vars["__module__"] = scope.Globals.ModuleName;
        body.Vars["__qualname__"] = body.QualName;
        ExecBlock(def.Body, body);

        var cls = new PyClass(def.Name, bases, scope.Globals.ModuleName) { Definition = def };
        cls.QualName = body.QualName;
        foreach (var (k, v) in body.Vars)
        {
            cls.Dict[k] = v;
            SetDefiningClass(v, cls);
        }
        if (cls.IsSubclassOf(Stdlib.EnumModule.EnumBase)) Stdlib.EnumModule.MakeMembers(this, cls);
        object? result = cls;
        for (int i = decorators.Count - 1; i >= 0; i--) result = Call(decorators[i], CallArgs.Of(result));
        return result;
    }

    static void SetDefiningClass(object? v, PyClass cls)
    {
        switch (v)
        {
            case PyFunction f: f.DefiningClass ??= cls; break;
            case StaticMethod s: SetDefiningClass(s.Function, cls); break;
            case ClassMethod c: SetDefiningClass(c.Function, cls); break;
            case PyProperty p: SetDefiningClass(p.Getter, cls); SetDefiningClass(p.Setter, cls); SetDefiningClass(p.Deleter, cls); break;
        }
    }
}

/// Base for .NET exceptions used internally that must not be turned into Python RuntimeErrors.
class InterpreterSignal : Exception { }
