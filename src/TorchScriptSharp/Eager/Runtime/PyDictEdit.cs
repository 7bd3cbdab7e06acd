using System.Reflection;
using TorchScriptSharp.Serialization;

namespace TorchScriptSharp.Eager;

/// Removal from a PyDict. PyDict (owned by Serialization) has no Remove because unpickling never
/// needs one; `del d[k]` and `d.pop(k)` do. Until PyDict grows a Remove, this edits its private
/// entry list and index, keeping insertion order. Contained here so the workaround has one home.
static class PyDictEdit
{
    static readonly FieldInfo Entries = typeof(PyDict).GetField("_entries", BindingFlags.NonPublic | BindingFlags.Instance)!;
    static readonly FieldInfo Index = typeof(PyDict).GetField("_index", BindingFlags.NonPublic | BindingFlags.Instance)!;
    static readonly object NoneKey = typeof(PyDict).GetField("NoneKey", BindingFlags.NonPublic | BindingFlags.Static)!.GetValue(null)!;

    public static bool Remove(PyDict dict, object? key)
    {
        if (!dict.ContainsKey(key)) return false;
        var entries = (List<KeyValuePair<object?, object?>>)Entries.GetValue(dict)!;
        var index = (Dictionary<object, int>)Index.GetValue(dict)!;
        int at = index[key ?? NoneKey];
        entries.RemoveAt(at);
        index.Clear();
        for (int i = 0; i < entries.Count; i++) index[entries[i].Key ?? NoneKey] = i;
        return true;
    }

    public static void Clear(PyDict dict)
    {
        ((List<KeyValuePair<object?, object?>>)Entries.GetValue(dict)!).Clear();
        ((Dictionary<object, int>)Index.GetValue(dict)!).Clear();
    }
}
