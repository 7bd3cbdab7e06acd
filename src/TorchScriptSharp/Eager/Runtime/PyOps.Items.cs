using TorchScriptSharp.Serialization;
using TorchSharp;

namespace TorchScriptSharp.Eager;

static partial class PyOps
{
    public static object? GetItem(Interpreter ev, object? obj, object? index)
    {
        switch (obj)
        {
            case PyList l:
                if (index is PySlice s) return new PyList(s.Positions(l.Count).Select(i => l[(int)i]));
                return l[PyConvert.NormalizeIndex(index, l.Count, "list")];
            case PyTuple t:
                if (index is PySlice ts)
                {
                    var items = ts.Positions(t.Count).Select(i => t[(int)i]).ToArray();
                    return Torch.TorchSize.IsSize(t) ? Torch.TorchSize.Of(items) : new PyTuple(items); // Size[1:] is a Size
                }
                return t[PyConvert.NormalizeIndex(index, t.Count, "tuple")];
            case string str:
                if (index is PySlice ss) return string.Concat(ss.Positions(str.Length).Select(i => str[(int)i]));
                return str[PyConvert.NormalizeIndex(index, str.Length, "string")].ToString();
            case PyDict d:
                if (d.TryGetValue(CheckHashable(index), out var v)) return v;
                throw new PythonException(new PyException(BuiltinTypes.KeyError, new[] { index }));
            case PyRange r:
                if (index is PySlice rs)
                {
                    var (start, stop, step) = rs.Indices(r.Length);
                    return new PyRange(r[start], r[stop], r.Step * step);
                }
                return r[PyConvert.NormalizeIndex(index, (int)r.Length, "range object")];
            case torch.Tensor tensor: return Torch.TensorIndexing.Get(ev, tensor, index);
            case TypingForm form: return form.Subscript(index);
            case PyClass cls: return new TypingForm(cls.Name, index is PyTuple pt ? pt.ToArray() : new[] { index });
            case PyInstance when TryCallDunder(ev, obj, "__getitem__", out var result, index): return result;
        }
        throw Interpreter.TypeError($"'{TypeOf(obj).Name}' object is not subscriptable");
    }

    public static void SetItem(Interpreter ev, object? obj, object? index, object? value)
    {
        switch (obj)
        {
            case PyList l:
                if (index is PySlice s)
                {
                    var items = Iterate(ev, value).ToList();
                    var (start, stop, step) = s.Indices(l.Count);
                    if (step == 1)
                    {
                        if (stop < start) stop = start;
                        l.RemoveRange((int)start, (int)(stop - start));
                        l.InsertRange((int)start, items);
                        return;
                    }
                    var positions = s.Positions(l.Count).ToList();
                    if (positions.Count != items.Count)
                        throw new PythonException(BuiltinTypes.ValueError, $"attempt to assign sequence of size {items.Count} to extended slice of size {positions.Count}");
                    for (int i = 0; i < items.Count; i++) l[(int)positions[i]] = items[i];
                    return;
                }
                l[PyConvert.NormalizeIndex(index, l.Count, "list assignment")] = value;
                return;
            case PyDict d: d[CheckHashable(index)] = value; return;
            case torch.Tensor t: Torch.TensorIndexing.Set(ev, t, index, value); return;
            case PyInstance when TryCallDunder(ev, obj, "__setitem__", out _, index, value): return;
        }
        throw Interpreter.TypeError($"'{TypeOf(obj).Name}' object does not support item assignment");
    }

    public static void DelItem(Interpreter ev, object? obj, object? index)
    {
        switch (obj)
        {
            case PyList l:
                if (index is PySlice s)
                {
                    foreach (var i in s.Positions(l.Count).OrderByDescending(i => i)) l.RemoveAt((int)i);
                    return;
                }
                l.RemoveAt(PyConvert.NormalizeIndex(index, l.Count, "list assignment"));
                return;
            case PyDict d:
                if (!PyDictEdit.Remove(d, CheckHashable(index))) throw new PythonException(new PyException(BuiltinTypes.KeyError, new[] { index }));
                return;
            case PyInstance when TryCallDunder(ev, obj, "__delitem__", out _, index): return;
        }
        throw Interpreter.TypeError($"'{TypeOf(obj).Name}' object doesn't support item deletion");
    }
}
