using System.Collections;
using TorchScriptSharp.Serialization;
using TorchSharp;

namespace TorchScriptSharp.Eager;

/// Python's object protocols over the evaluator's .NET values: type(), truth, iteration, len,
/// containment, equality, hashing. Instances of user classes take part through their dunder methods.
static partial class PyOps
{
    public static PyClass TypeOf(object? v) => v switch
    {
        null => BuiltinTypes.NoneType,
        bool => BuiltinTypes.Bool,
        long or int => BuiltinTypes.Int,
        double or float => BuiltinTypes.Float,
        System.Numerics.Complex => BuiltinTypes.Complex,
        string => BuiltinTypes.Str,
        PyList => BuiltinTypes.List,
        PyTuple t when Torch.TorchSize.IsSize(t) => Torch.TorchSize.Class,
        PyTuple => BuiltinTypes.Tuple,
        PyDict { IsOrdered: true } => BuiltinTypes.OrderedDict,
        PyDict => BuiltinTypes.Dict,
        PySet s => s.IsFrozen ? BuiltinTypes.FrozenSet : BuiltinTypes.Set,
        PyInstance i => i.Class,
        PyClass => BuiltinTypes.Type,
        TorchSharp.Modules.Parameter => BuiltinTypes.Parameter,
        torch.Tensor => BuiltinTypes.Tensor,
        torch.ScalarType => BuiltinTypes.DType,
        TorchDevice => BuiltinTypes.Device,
        PyFunction => BuiltinTypes.Function,
        BuiltinFunction => BuiltinTypes.BuiltinFunctionType,
        BoundMethod => BuiltinTypes.Method,
        PyModuleObject => BuiltinTypes.ModuleType,
        PySlice => BuiltinTypes.Slice,
        PyRange => BuiltinTypes.Range,
        PyEllipsis => BuiltinTypes.EllipsisType,
        PyIterator => BuiltinTypes.Iterator,
        PySuper => BuiltinTypes.Super,
        PyProperty => BuiltinTypes.Property,
        StaticMethod => BuiltinTypes.StaticMethodType,
        ClassMethod => BuiltinTypes.ClassMethodType,
        PyPartial => BuiltinTypes.Partial,
        _ => BuiltinTypes.Object,
    };

    public static bool IsInstance(object? v, PyClass cls) => TypeOf(v).IsSubclassOf(cls);

    /// Looks up a dunder method on the value's class (never the instance dict, as Python does).
    static bool TryDunder(Interpreter ev, object? v, string name, out object? method)
    {
        method = null;
        if (v is not PyInstance inst) return false;
        if (!inst.Class.TryLookup(name, out var m, out var owner) || ReferenceEquals(owner, BuiltinTypes.Object)) return false;
        method = Interpreter.Bind(m, inst, inst.Class);
        return true;
    }

    static bool TryCallDunder(Interpreter ev, object? v, string name, out object? result, params object?[] args)
    {
        result = null;
        if (!TryDunder(ev, v, name, out var m)) return false;
        result = ev.Call(m, new CallArgs(args));
        return true;
    }

    public static bool Truthy(Interpreter ev, object? v)
    {
        switch (v)
        {
            case null: return false;
            case bool b: return b;
            case long l: return l != 0;
            case double d: return d != 0;
            case string s: return s.Length > 0;
            case PyList l: return l.Count > 0;
            case PyTuple t: return t.Count > 0;
            case PyDict d: return d.Count > 0;
            case PySet s: return s.Count > 0;
            case PyRange r: return r.Length > 0;
            case torch.Tensor t:
                if (t.numel() != 1)
                    throw new PythonException(BuiltinTypes.RuntimeError, "Boolean value of Tensor with more than one value is ambiguous");
                Tracing.TracingState.WarnConversion("boolean");
                return t.to_type(torch.ScalarType.Bool).item<bool>();
            case PyInstance i:
                if (TryCallDunder(ev, i, "__bool__", out var br)) return br is bool rb ? rb : throw Interpreter.TypeError("__bool__ should return bool");
                if (TryCallDunder(ev, i, "__len__", out var n)) return PyConvert.ToLong(n) != 0;
                return true;
        }
        return true;
    }

    static long TensorLength(torch.Tensor t)
    {
        // PyTorch's Tensor.__len__ reads self.shape while tracing (recorded, then unused) and warns
        if (Tracing.TracingState.Current != null) Torch.TensorAttributes.Size(t);
        Tracing.TracingState.Current?.Warn("Using len to get tensor shape might cause the trace to be incorrect. Recommended usage would be tensor.shape[0]. Passing a tensor of different shape might lead to errors or silently give incorrect results.");
        return t.shape[0];
    }

    public static IEnumerable<object?> Iterate(Interpreter ev, object? v)
    {
        switch (v)
        {
            case string s: return s.Select(c => (object?)c.ToString());
            case PyList l: return IterateList(l);
            case PyTuple t: return t;
            case PyDict d: return d.Keys.ToList();
            case PySet s: return s;
            case PyRange r: return r;
            case PyIterator it: return it;
            case PyClass c when c.Lookup("__members__") is PyDict members: return members.Values.ToList(); // Enum classes
            case torch.Tensor t:
                if (t.dim() == 0) throw Interpreter.TypeError("iteration over a 0-d tensor");
                if (Tracing.TracingState.Current is { } trace)
                {
                    // as Tensor.__iter__ does: unbind(0), recorded, with PyTorch's warning
                    trace.Warn("Iterating over a tensor might cause the trace to be incorrect. Passing a tensor of different shape won't change the number of iterations executed (and might lead to errors or silently give incorrect results).");
                    using (Tracing.TracingState.WithoutLocation()) // Tensor.__iter__ is Python in PyTorch (torch/_tensor.py)
                        return (PyList)Torch.OpDispatch.Call(ev, "aten::unbind", CallArgs.Of(t, 0L), isMethod: true)!;
                }
                return Enumerable.Range(0, (int)t.shape[0]).Select(i => (object?)t[i]);
            case PyInstance inst:
                if (TryCallDunder(ev, inst, "__iter__", out var iterator)) return IterateIterator(ev, iterator);
                if (TryDunder(ev, inst, "__getitem__", out var getitem)) return IterateGetItem(ev, getitem);
                break;
        }
        throw Interpreter.TypeError($"'{TypeOf(v).Name}' object is not iterable");
    }

    // Lists may grow while iterated (Python iterates by index).
    static IEnumerable<object?> IterateList(PyList l) { for (int i = 0; i < l.Count; i++) yield return l[i]; }

    static IEnumerable<object?> IterateIterator(Interpreter ev, object? iterator)
    {
        if (iterator is not PyInstance) { foreach (var x in Iterate(ev, iterator)) yield return x; yield break; }
        if (!TryDunder(ev, iterator, "__next__", out var next)) throw Interpreter.TypeError("iter() returned non-iterator");
        while (true)
        {
            object? item;
            try { item = ev.Call(next, CallArgs.Empty); }
            catch (PythonException e) when (e.Exception.Class.IsSubclassOf(BuiltinTypes.StopIteration)) { yield break; }
            yield return item;
        }
    }

    static IEnumerable<object?> IterateGetItem(Interpreter ev, object? getitem)
    {
        for (long i = 0; ; i++)
        {
            object? item;
            try { item = ev.Call(getitem, CallArgs.Of(i)); }
            catch (PythonException e) when (e.Exception.Class.IsSubclassOf(BuiltinTypes.IndexError) || e.Exception.Class.IsSubclassOf(BuiltinTypes.StopIteration)) { yield break; }
            yield return item;
        }
    }

    /// `**mapping` and dict(mapping): a dict's items, or keys() + [] of a mapping-like instance.
    public static IEnumerable<(object? Key, object? Value)> MappingItems(Interpreter ev, object? v)
    {
        if (v is PyDict d) return d.Select(e => (e.Key, e.Value)).ToList();
        if (v is PyInstance && TryDunder(ev, v, "keys", out var keysMethod))
            return Iterate(ev, ev.Call(keysMethod, CallArgs.Empty)).Select(k => (k, GetItem(ev, v, k))).ToList();
        throw Interpreter.TypeError($"'{TypeOf(v).Name}' object is not a mapping");
    }

    public static object? CheckHashable(object? key)
    {
        if (key is PyList or PyDict or PySet { IsFrozen: false })
            throw Interpreter.TypeError($"unhashable type: '{TypeOf(key).Name}'");
        return key;
    }

    public static long Len(Interpreter ev, object? v) => v switch
    {
        string s => s.Length,
        PyList l => l.Count,
        PyTuple t => t.Count,
        PyDict d => d.Count,
        PySet s => s.Count,
        PyRange r => r.Length,
        torch.Tensor t => t.dim() == 0 ? throw Interpreter.TypeError("len() of a 0-d tensor") : TensorLength(t),
        PyInstance i when TryCallDunder(ev, i, "__len__", out var n) => PyConvert.ToLong(n),
        _ => throw Interpreter.TypeError($"object of type '{TypeOf(v).Name}' has no len()"),
    };

    public static bool Contains(Interpreter ev, object? container, object? item)
    {
        switch (container)
        {
            case string s:
                if (item is not string sub) throw Interpreter.TypeError($"'in <string>' requires string as left operand, not {TypeOf(item).Name}");
                return s.Contains(sub, StringComparison.Ordinal);
            case PyDict d: return d.ContainsKey(CheckHashable(item));
            case PySet s: return s.Contains(CheckHashable(item));
            case PyRange r:
                if (item is long l) return r.Step > 0 ? l >= r.Start && l < r.Stop && (l - r.Start) % r.Step == 0
                                                      : l <= r.Start && l > r.Stop && (r.Start - l) % -r.Step == 0;
                break;
            case torch.Tensor t:
                return Truthy(ev, Torch.TensorOperators.Compare(ev, Syntax.Ast.CompareOperator.Eq, t, item) is torch.Tensor eq ? eq.any() : false);
            case PyInstance i when TryCallDunder(ev, i, "__contains__", out var r, item): return Truthy(ev, r);
        }
        foreach (var x in Iterate(ev, container))
            if (ReferenceEquals(x, item) || EqualsBool(ev, x, item)) return true;
        return false;
    }

    /// Python `==` as a bool, as sequence comparison, list.index and `in` use it: identity first; a
    /// one-element tensor against a number or another such tensor compares by value (sizes read while
    /// tracing are such tensors); larger tensors compare by identity only.
    public static bool EqualsBool(Interpreter ev, object? a, object? b)
    {
        if (ReferenceEquals(a, b)) return true;
        if (a is torch.Tensor || b is torch.Tensor)
            return IsScalarLike(a) && IsScalarLike(b) && Truthy(ev, Equal(ev, a, b));
        return Truthy(ev, Equal(ev, a, b));
    }

    static bool IsScalarLike(object? v) => v is long or double or bool || v is torch.Tensor { } t && t.dim() == 0;

    /// Python `==`.
    public static object? Equal(Interpreter ev, object? a, object? b)
    {
        if (a is torch.Tensor || b is torch.Tensor) return Torch.TensorOperators.Compare(ev, Syntax.Ast.CompareOperator.Eq, a, b);
        if (a is PyInstance && TryCallDunder(ev, a, "__eq__", out var r, b) && r is not PyNotImplemented) return r;
        if (b is PyInstance && TryCallDunder(ev, b, "__eq__", out r, a) && r is not PyNotImplemented) return r;
        return ValueEquals(ev, a, b);
    }

    static bool ValueEquals(Interpreter ev, object? a, object? b)
    {
        if (ReferenceEquals(a, b)) return true;
        if (a is null || b is null) return false;
        if (PyConvert.IsNumber(a) && PyConvert.IsNumber(b))
        {
            if (a is System.Numerics.Complex || b is System.Numerics.Complex) return PyConvert.ToComplex(a) == PyConvert.ToComplex(b);
            if (a is double || b is double) return PyConvert.ToDouble(a) == PyConvert.ToDouble(b);
            return PyConvert.ToLong(a) == PyConvert.ToLong(b);
        }
        switch (a)
        {
            case string s: return b is string s2 && s == s2;
            case PyList l: return (b is PyList || b is PyTuple bs && Torch.TorchSize.IsSize(bs)) && SequenceEquals(ev, l, (IReadOnlyList<object?>)b);
            case PyTuple t:
                // torch.Size == list compares items (TorchScript semantics: size() is List[int]; the library's
                // TorchScript-source functional.py writes `w.shape == [E, E]`). CPython says False here.
                return (b is PyTuple || b is PyList && Torch.TorchSize.IsSize(t)) && SequenceEquals(ev, t, (IReadOnlyList<object?>)b);
            case PyDict d:
                if (b is not PyDict e || d.Count != e.Count) return false;
                foreach (var (k, v) in d)
                    if (!e.TryGetValue(k, out var w) || !EqualsBool(ev, v, w)) return false;
                return true;
            case PySet set: return b is PySet o && set.Count == o.Count && set.All(o.Contains);
            case PyRange r: return b is PyRange q && r.Start == q.Start && r.Stop == q.Stop && r.Step == q.Step;
            case PySlice sl: return b is PySlice sb && EqualsBool(ev, sl.Start, sb.Start) && EqualsBool(ev, sl.Stop, sb.Stop) && EqualsBool(ev, sl.Step, sb.Step);
            case BoundMethod m: return b is BoundMethod n && ReferenceEquals(m.Self, n.Self) && ReferenceEquals(m.Function, n.Function);
        }
        return a.Equals(b);
    }

    static bool SequenceEquals(Interpreter ev, IReadOnlyList<object?> a, IReadOnlyList<object?> b)
    {
        if (a.Count != b.Count) return false;
        for (int i = 0; i < a.Count; i++) if (!EqualsBool(ev, a[i], b[i])) return false;
        return true;
    }
}
