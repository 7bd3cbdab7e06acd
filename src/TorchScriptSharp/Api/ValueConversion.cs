using System.Collections;
using TorchScriptSharp.Runtime;
using TorchScriptSharp.Serialization;
using TorchScriptSharp.Types;
using TorchSharp;

namespace TorchScriptSharp;

/// Converts between .NET values (including the Py* values torch.save files hold) and runtime values.
/// Results come back as torch.Tensor, long, double, bool, string, null, PyList, PyTuple and PyDict,
/// which TorchSave writes as PyTorch does.
public static class ValueConversion
{
    public static IValue ToIValue(object? o) => ToIValue(o, null);

    /// <paramref name="hint"/> types empty containers and element types (a List[float] argument).
    public static IValue ToIValue(object? o, TorchType? hint)
    {
        if (hint is OptionalType opt) hint = opt.Element;
        switch (o)
        {
            case null: return IValue.None;
            case IValue v: return v;
            case torch.Tensor t: return IValue.FromTensor(t);
            case torch.ScalarType st: return IValue.FromInt((long)st); // dtypes are ints in TorchScript (same codes)
            case bool b: return IValue.FromBool(b);
            case long or int or short or byte or sbyte or uint:
                var l = Convert.ToInt64(o);
                return hint == TorchType.Float ? IValue.FromDouble(l) : IValue.FromInt(l);
            case double or float: return IValue.FromDouble(Convert.ToDouble(o));
            case string s: return IValue.FromString(s);
            case System.Numerics.Complex c: return IValue.FromComplex(c);
            case TorchDevice d: return IValue.FromDevice(new torch.Device(d.ToString()));
            case torch.Device dev: return IValue.FromDevice(dev);
            // PyTorch's toIValue takes a tuple for a List type (an attribute annotated List[int] set to a tuple)
            case PyTuple pt when hint is ListType: return ToIValue(new PyList(pt), hint);
            case PyTuple pt:
            {
                var tt = hint as TupleType;
                return IValue.FromTuple(new ScriptTuple(pt.Select((x, i) => ToIValue(x, tt != null && i < tt.Elements.Count ? tt.Elements[i] : null)).ToArray()));
            }
            case System.Runtime.CompilerServices.ITuple tuple:
            {
                var items = new IValue[tuple.Length];
                for (int i = 0; i < tuple.Length; i++) items[i] = ToIValue(tuple[i]);
                return IValue.FromTuple(new ScriptTuple(items));
            }
            case PyDict pd:
            {
                var dt = hint as DictType;
                var entries = pd.Select(e => (K: ToIValue(e.Key, dt?.Key), V: ToIValue(e.Value, dt?.Value))).ToList();
                var dict = new ScriptDict(dt?.Key ?? (entries.Count > 0 ? TypeOf(entries[0].K) : TorchType.Str_),
                                          dt?.Value ?? (entries.Count > 0 ? TypeOf(entries[0].V) : TorchType.Tensor));
                foreach (var (k, v) in entries) dict.Set(k, v);
                return IValue.FromDict(dict);
            }
            case IDictionary id:
            {
                var dt = hint as DictType;
                var entries = new List<(IValue K, IValue V)>();
                foreach (DictionaryEntry e in id) entries.Add((ToIValue(e.Key, dt?.Key), ToIValue(e.Value, dt?.Value)));
                var dict = new ScriptDict(dt?.Key ?? (entries.Count > 0 ? TypeOf(entries[0].K) : TorchType.Str_),
                                          dt?.Value ?? (entries.Count > 0 ? TypeOf(entries[0].V) : TorchType.Tensor));
                foreach (var (k, v) in entries) dict.Set(k, v);
                return IValue.FromDict(dict);
            }
            case IEnumerable e:
            {
                var element = (hint as ListType)?.Element;
                var items = e.Cast<object?>().Select(x => ToIValue(x, element)).ToList();
                element ??= items.Count > 0 ? TypeOf(items[0]) : TorchType.Tensor;
                return IValue.FromList(new ScriptList(element, items));
            }
        }
        throw new ArgumentException($"cannot pass a value of .NET type {o.GetType().Name} to TorchScript");
    }

    /// The static type of a runtime value (used to type containers built from .NET values).
    public static TorchType TypeOf(IValue v) => v.Tag switch
    {
        IValueTag.Tensor => TorchType.Tensor,
        IValueTag.Int => TorchType.Int,
        IValueTag.Double => TorchType.Float,
        IValueTag.Bool => TorchType.Bool,
        IValueTag.String => TorchType.Str_,
        IValueTag.None => TorchType.None,
        IValueTag.Complex => TorchType.Complex,
        IValueTag.Device => TorchType.Device,
        IValueTag.List => new ListType(v.ToList().ElementType),
        IValueTag.Dict => new DictType(v.ToDict().KeyType, v.ToDict().ValueType),
        IValueTag.Tuple => v.ToTuple().Type ?? new TupleType(v.ToTuple().Elements.Select(TypeOf).ToList()),
        _ => TorchType.Any,
    };

    public static object? ToDotNet(IValue v) => v.Tag switch
    {
        IValueTag.None => null,
        IValueTag.Tensor => v.ToTensor(),
        IValueTag.Int => v.ToInt(),
        IValueTag.Double => v.ToDouble(),
        IValueTag.Bool => v.ToBool(),
        IValueTag.String => v.ToStr(),
        IValueTag.Complex => v.ToComplex(),
        IValueTag.Device => new TorchDevice(v.ToDevice().type.ToString().ToLowerInvariant(), v.ToDevice().index < 0 ? null : v.ToDevice().index),
        IValueTag.List => new PyList(v.ToList().Items.Select(ToDotNet)),
        IValueTag.Tuple => new PyTuple(v.ToTuple().Elements.Select(ToDotNet)),
        IValueTag.Dict => ToPyDict(v.ToDict()),
        _ => v.Reference,
    };

    static PyDict ToPyDict(ScriptDict d)
    {
        var result = new PyDict();
        foreach (var e in d.Entries) result.Add(ToDotNet(e.Key), ToDotNet(e.Value));
        return result;
    }
}
