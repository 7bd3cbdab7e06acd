using System.Runtime.ExceptionServices;
using TorchScriptSharp.Serialization;
using Ast = TorchScriptSharp.Syntax.Ast;

namespace TorchScriptSharp.Eager;

public sealed partial class Interpreter
{
    /// How a statement finished: loops and functions consume Break/Continue/Return.
    internal enum Flow { Normal, Break, Continue, Return }

    // Exceptions being handled by an `except` block, innermost last (for bare `raise`).
    readonly List<PythonException> _handling = new();

    internal Flow ExecBlock(IReadOnlyList<Ast.Stmt> body, Scope scope)
    {
        foreach (var s in body)
        {
            var flow = Exec(s, scope);
            if (flow != Flow.Normal) return flow;
        }
        return Flow.Normal;
    }

    Flow Exec(Ast.Stmt stmt, Scope scope)
    {
        scope.Current = stmt.Range;
        Step(scope);
        switch (stmt)
        {
            case Ast.ExprStmt e: Eval(e.Value, scope); return Flow.Normal;
            case Ast.Assign a:
            {
                var value = Eval(a.Value, scope);
                foreach (var t in a.Targets) Assign(t, value, scope);
                return Flow.Normal;
            }
            case Ast.AnnAssign a:
                if (a.Value != null) Assign(a.Target, Eval(a.Value, scope), scope);
                if (a.Target is Ast.Name n && scope.ScopeKind != Scope.Kind.Function) RecordAnnotation(n.Id, a.Annotation, scope);
                return Flow.Normal;
            case Ast.AugAssign a: AugAssign(a, scope); return Flow.Normal;
            case Ast.If i: return ExecBlock(PyOps.Truthy(this, Eval(i.Test, scope)) ? i.Body : i.OrElse, scope);
            case Ast.While w: return ExecWhile(w, scope);
            case Ast.For f: return ExecFor(f, scope);
            case Ast.Break: return Flow.Break;
            case Ast.Continue: return Flow.Continue;
            case Ast.Pass: return Flow.Normal;
            case Ast.Return r:
                scope.ReturnValue = r.Value == null ? null : Eval(r.Value, scope);
                return Flow.Return;
            case Ast.Raise r: throw MakeRaise(r, scope);
            case Ast.Try t: return ExecTry(t, scope);
            case Ast.Assert a:
                if (!PyOps.Truthy(this, Eval(a.Test, scope)))
                {
                    var args = a.Msg == null ? Array.Empty<object?>() : new[] { Eval(a.Msg, scope) };
                    scope.Current = stmt.Range;
                    throw new PythonException(new PyException(BuiltinTypes.AssertionError, args));
                }
                return Flow.Normal;
            case Ast.Delete d: foreach (var t in d.Targets) Delete(t, scope); return Flow.Normal;
            case Ast.With w: return ExecWith(w, 0, scope);
            case Ast.Import i: Modules.ExecImport(i, scope); return Flow.Normal;
            case Ast.ImportFrom i: Modules.ExecImportFrom(i, scope); return Flow.Normal;
            case Ast.Global or Ast.Nonlocal: return Flow.Normal; // resolved statically (LocalNames)
            case Ast.FunctionDef f: Store(f.Name, DefineFunction(f, scope), scope); return Flow.Normal;
            case Ast.ClassDef c: Store(c.Name, DefineClass(c, scope), scope); return Flow.Normal;
        }
        throw Unsupported(stmt.GetType().Name + " statements");
    }

    void RecordAnnotation(string name, Ast.Expr annotation, Scope scope)
    {
        if (!scope.Vars.TryGetValue("__annotations__", out var d) || d is not PyDict dict)
            scope.Vars["__annotations__"] = dict = new PyDict();
        object? value;
        try { value = Eval(annotation, scope); }
        catch (PythonException) { value = annotation.Range.Source.Text[annotation.Range.Start..annotation.Range.End]; }
        dict[name] = value;
    }

    Flow ExecWhile(Ast.While w, Scope scope)
    {
        while (PyOps.Truthy(this, Eval(w.Test, scope)))
        {
            var flow = ExecBlock(w.Body, scope);
            if (flow == Flow.Break) return Flow.Normal;
            if (flow == Flow.Return) return flow;
            scope.Current = w.Range;
            Step(scope);
        }
        return ExecBlock(w.OrElse, scope);
    }

    Flow ExecFor(Ast.For f, Scope scope)
    {
        if (f.IsAsync) throw Unsupported("async for");
        foreach (var item in PyOps.Iterate(this, Eval(f.Iter, scope)))
        {
            Assign(f.Target, item, scope);
            var flow = ExecBlock(f.Body, scope);
            if (flow == Flow.Break) return Flow.Normal;
            if (flow == Flow.Return) return flow;
            scope.Current = f.Range;
            Step(scope);
        }
        return ExecBlock(f.OrElse, scope);
    }

    PythonException MakeRaise(Ast.Raise r, Scope scope)
    {
        if (r.Exc == null)
        {
            if (_handling.Count == 0) return new PythonException(BuiltinTypes.RuntimeError, "No active exception to reraise");
            return _handling[^1];
        }
        var exc = Eval(r.Exc, scope);
        var pe = new PythonException(ToException(exc));
        if (r.Cause != null)
        {
            var cause = Eval(r.Cause, scope);
            if (cause != null) pe.Cause = new PythonException(ToException(cause));
        }
        scope.Current = r.Range;
        return pe;
    }

    /// `raise X`: an exception class is instantiated without arguments.
    PyException ToException(object? exc)
    {
        if (exc is PyClass c && c.IsSubclassOf(BuiltinTypes.BaseException)) exc = Call(c, CallArgs.Empty);
        if (exc is PyException e) return e;
        throw TypeError("exceptions must derive from BaseException");
    }

    Flow ExecTry(Ast.Try t, Scope scope)
    {
        Flow result = Flow.Normal;
        Exception? pending = null;
        try
        {
            bool raised = false;
            try { result = ExecBlock(t.Body, scope); }
            catch (PythonException e) when (!e.Uncatchable && t.Handlers.Count > 0)
            {
                raised = true;
                var handler = FindHandler(e, t, scope);
                if (handler == null) throw;
                result = RunHandler(handler, e, scope);
            }
            if (!raised && result == Flow.Normal) result = ExecBlock(t.OrElse, scope);
        }
        catch (Exception e) when (t.FinalBody.Count > 0) { pending = e; }
        if (t.FinalBody.Count > 0)
        {
            var saved = scope.ReturnValue;
            var f = ExecBlock(t.FinalBody, scope);
            if (f != Flow.Normal) return f; // return/break in finally discards the pending exception, as in Python
            scope.ReturnValue = saved;
            if (pending != null) ExceptionDispatchInfo.Throw(pending);
        }
        return result;
    }

    Ast.ExceptHandler? FindHandler(PythonException e, Ast.Try t, Scope scope)
    {
        foreach (var h in t.Handlers)
        {
            if (h.Type == null) return h;
            scope.Current = h.Range;
            if (ExceptionMatches(e.Exception, Eval(h.Type, scope))) return h;
        }
        return null;
    }

    bool ExceptionMatches(PyException e, object? type) => type switch
    {
        PyClass c => e.Class.IsSubclassOf(c),
        PyTuple tuple => tuple.Any(x => ExceptionMatches(e, x)),
        _ => throw TypeError("catching classes that do not inherit from BaseException is not allowed"),
    };

    Flow RunHandler(Ast.ExceptHandler h, PythonException e, Scope scope)
    {
        if (h.Name != null) Store(h.Name, e.Exception, scope);
        _handling.Add(e);
        try { return ExecBlock(h.Body, scope); }
        finally
        {
            _handling.RemoveAt(_handling.Count - 1);
            if (h.Name != null) scope.StoreTarget(h.Name).Vars.Remove(h.Name); // Python deletes the name
        }
    }

    Flow ExecWith(Ast.With w, int index, Scope scope)
    {
        if (w.IsAsync) throw Unsupported("async with");
        if (index == w.Items.Count) return ExecBlock(w.Body, scope);
        var item = w.Items[index];
        var manager = Eval(item.Context, scope);
        scope.Current = item.Range;
        var exit = GetAttr(manager, "__exit__");
        var entered = Call(GetAttr(manager, "__enter__"), CallArgs.Empty);
        if (item.As != null) Assign(item.As, entered, scope);
        Flow flow;
        try { flow = ExecWith(w, index + 1, scope); }
        catch (PythonException e) when (!e.Uncatchable)
        {
            var suppress = Call(exit, CallArgs.Of(e.Exception.Class, e.Exception, null));
            if (PyOps.Truthy(this, suppress)) return Flow.Normal;
            throw;
        }
        catch (Exception)
        {
            Call(exit, CallArgs.Of(null, null, null));
            throw;
        }
        Call(exit, CallArgs.Of(null, null, null));
        return flow;
    }
}
