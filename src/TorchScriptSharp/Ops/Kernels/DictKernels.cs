using TorchScriptSharp.Runtime;
using TorchScriptSharp.Types;
using static TorchScriptSharp.Ops.Kernels.Def;

namespace TorchScriptSharp.Ops.Kernels;

/// Dict methods and builtins. PyTorch registers one overload per key type (str, int, bool, float,
/// Tensor); the implementation is the same for all, since keys are compared with Python equality
/// (identity for tensors) by ScriptDict.
internal static class DictKernels
{
    static readonly string[] KeyKinds = { "str", "int", "bool", "float", "Tensor", "complex" };

    public static void Register()
    {
        foreach (var k in KeyKinds)
        {
            Op($"aten::__getitem__.Dict_{k}", (ScriptDict d, IValue key) => Get(d, key));
            Void($"aten::_set_item.{k}", (ScriptDict d, IValue key, IValue v) => d.Set(key, v));
            Op($"aten::len.Dict_{k}", (ScriptDict d) => (long)d.Count);
            Op($"aten::__contains__.{k}", (ScriptDict d, IValue key) => d.ContainsKey(key));
            Op($"aten::keys.{k}", (ScriptDict d) => new ScriptList(d.KeyType, d.Entries.Select(e => e.Key).ToList()));
            Op($"aten::values.{k}", (ScriptDict d) => new ScriptList(d.ValueType, d.Entries.Select(e => e.Value).ToList()));
            Op($"aten::items.{k}", (ScriptDict d) => Items(d));
            Op($"aten::get.{k}", (ScriptDict d, IValue key) => d.TryGetValue(key, out var v) ? v : IValue.None);
            Op($"aten::get.default_{k}", (ScriptDict d, IValue key, IValue dflt) => d.TryGetValue(key, out var v) ? v : dflt);
            Op($"aten::setdefault.{k}", (ScriptDict d, IValue key, IValue dflt) =>
            {
                if (d.TryGetValue(key, out var v)) return v;
                d.Set(key, dflt);
                return dflt;
            });
            Op($"aten::pop.Dict_{k}", (ScriptDict d, IValue key) =>
            {
                var v = Get(d, key);
                d.Remove(key);
                return v;
            });
            Op($"aten::pop.Dict_default_{k}", (ScriptDict d, IValue key, IValue dflt) =>
            {
                if (!d.TryGetValue(key, out var v)) return dflt;
                d.Remove(key);
                return v;
            });
            Op($"aten::popitem.{k}", (ScriptDict d) => PopItem(d));
            Void($"aten::clear.{k}", (ScriptDict d) => d.Clear());
            Void($"aten::update.{k}", (ScriptDict d, ScriptDict other) =>
            {
                foreach (var e in other.Entries.ToList()) d.Set(e.Key, e.Value);
            });
            Op($"aten::copy.Dict_{k}", (ScriptDict d) => Copy(d));
            Op($"aten::dict.Dict_{k}", (ScriptDict d) => Copy(d));
            Op($"aten::dict.{k}", (ScriptList pairs) => FromPairs(pairs));
            Void($"aten::Delete.Dict_{k}", (ScriptDict d, IValue key) =>
            {
                if (!d.Remove(key)) throw KernelError.Key("KeyError: " + IValuePrinter.Str(key));
            });
        }
        Op("aten::dict", () => new ScriptDict(TorchType.Str_, TorchType.Tensor));
    }

    /// `d[key]`; PyTorch's message is "KeyError: " followed by the key's str().
    static IValue Get(ScriptDict d, IValue key) =>
        d.TryGetValue(key, out var v) ? v : throw KernelError.Key("KeyError: " + IValuePrinter.Str(key));

    public static ScriptDict Copy(ScriptDict d)
    {
        var c = new ScriptDict(d.KeyType, d.ValueType);
        foreach (var e in d.Entries) c.Set(e.Key, e.Value);
        return c;
    }

    static ScriptList Items(ScriptDict d)
    {
        var tupleType = new TupleType(new[] { d.KeyType, d.ValueType });
        return new ScriptList(tupleType, d.Entries.Select(e => IValue.FromTuple(new ScriptTuple(new[] { e.Key, e.Value }, tupleType))).ToList());
    }

    static ScriptTuple PopItem(ScriptDict d)
    {
        // Unlike Python (LIFO), TorchScript pops the FIRST inserted item (verified on 1.13).
        if (d.Count == 0) throw KernelError.Key("popitem(): dictionary is empty");
        var first = d.Entries.First();
        d.Remove(first.Key);
        return new ScriptTuple(new[] { first.Key, first.Value }, new TupleType(new[] { d.KeyType, d.ValueType }));
    }

    static ScriptDict FromPairs(ScriptList pairs)
    {
        var tt = pairs.ElementType as TupleType;
        var d = new ScriptDict(tt?.Elements[0] ?? TorchType.Any, tt?.Elements[1] ?? TorchType.Any);
        foreach (var p in pairs.Items) { var t = p.ToTuple(); d.Set(t[0], t[1]); }
        return d;
    }
}
