namespace TorchScriptSharp.Runtime;

/// Attribute writes, method dispatch and with-statements.
sealed partial class Execution
{
    /// Objects whose `__enter__` returned and whose `__exit__` has not been called yet, innermost last.
    /// When the run fails, their `__exit__(None, None, None)` still runs (as PyTorch's interpreter does).
    readonly List<IValue> _entered = new();

    static void SetAttr(Frame frame, Instruction ins)
    {
        var site = (AttributeSite)ins.Site!;
        var o = site.Target(frame.Operand(ins.In[0]));
        frame.Owned.StoreAttribute(o, site.SlotOf(o), frame.Operand(ins.In[1]));
        frame.RunDrops(ins.Drops);
    }

    /// The method a CallMethod reaches, from the class of the object it is called on.
    GraphFunction Method(Frame caller, Instruction ins)
    {
        var site = (MethodSite)ins.Site!;
        var self = caller.Operand(ins.In[0]);
        var fn = site.Resolve(self);
        // Leaving the with-block: forgotten first, so a failing __exit__ is not called a second time.
        if (site.CallKind == MethodSite.Kind.Exit)
        {
            int i = _entered.FindLastIndex(e => ReferenceEquals(e.Reference, self.Reference));
            if (i >= 0) _entered.RemoveAt(i);
        }
        return fn;
    }

    /// After the callee returned, before its results are stored.
    void MethodReturned(Frame caller, Instruction call)
    {
        // Only an __enter__ that succeeded makes the block entered (Python's rule).
        if (((MethodSite)call.Site!).CallKind == MethodSite.Kind.Enter) _entered.Add(caller.Operand(call.In[0]));
    }

    /// The run failed: leave every with-block still open, innermost first. Their own errors are
    /// dropped, the original one is what the caller sees.
    void ExitEnteredObjects()
    {
        for (int i = _entered.Count - 1; i >= 0; i--)
        {
            var self = _entered[i];
            if (self.Reference is not ScriptObject o || o.Type.Method("__exit__") is not GraphFunction exit) continue;
            try { _interpreter.InvokeMulti(exit, new[] { self, IValue.None, IValue.None, IValue.None }); }
            catch (Exception) { }
        }
        _entered.Clear();
    }
}
