using TorchScriptSharp.Types;

namespace TorchScriptSharp.Runtime;

/// `isinstance(x, T)` at run time (prim::isinstance). The compiler only emits the node when x's static
/// type (an Optional or Union) does not decide the answer, so this looks at the value itself: its tag
/// for primitives, the static element types a container was built with, the class of an object.
static class IsInstance
{
    public static bool Matches(in IValue v, IReadOnlyList<TorchType> candidates)
    {
        foreach (var t in candidates)
            if (Matches(v, t)) return true;
        return false;
    }

    public static bool Matches(in IValue v, TorchType t)
    {
        switch (t)
        {
            case OptionalType o: return v.IsNone || Matches(v, o.Element);
            case UnionType u:
                foreach (var m in u.Members)
                    if (Matches(v, m)) return true;
                return false;
            // Lists and dicts carry their static element types; PyTorch compares the value's type the
            // same way (it never refines a List[Any] by looking at the elements).
            case ListType l: return v.IsList && v.ToList().ElementType.IsSubtypeOf(l.Element);
            case DictType d:
                return v.IsDict && v.ToDict().KeyType.IsSubtypeOf(d.Key) && v.ToDict().ValueType.IsSubtypeOf(d.Value);
            case TupleType tt: return v.IsTuple && TupleMatches(v.ToTuple(), tt);
            case ClassType c: return v.Reference is ScriptObject obj && ReferenceEquals(obj.Type, c);
            case EnumType e: return v.IsEnum && ReferenceEquals(v.ToEnum().Type, e);
        }
        if (t == TorchType.Any) return true;
        if (t == TorchType.AnyList) return v.IsList;
        if (t == TorchType.AnyTuple) return v.IsTuple;
        if (t == TorchType.AnyClass) return v.Reference is ScriptObject;
        if (t == TorchType.Number) return v.Tag is IValueTag.Int or IValueTag.Double or IValueTag.Complex;
        return t is NamedType { Name: var name } && name switch
        {
            "Tensor" => v.IsTensor,
            "int" => v.IsInt,
            "float" => v.IsDouble,
            "bool" => v.IsBool,
            "str" => v.IsString,
            "NoneType" => v.IsNone,
            "complex" => v.Tag == IValueTag.Complex,
            "Device" => v.Tag == IValueTag.Device,
            _ => false,
        };
    }

    /// A NamedTuple class must be the same class; elements are checked value by value (a tuple value
    /// does not remember the static types of its elements).
    static bool TupleMatches(ScriptTuple tuple, TupleType t)
    {
        if (t.QualifiedName != null && tuple.Type?.QualifiedName != t.QualifiedName) return false;
        if (tuple.Count != t.Elements.Count) return false;
        for (int i = 0; i < tuple.Count; i++)
            if (!Matches(tuple[i], t.Elements[i])) return false;
        return true;
    }
}
