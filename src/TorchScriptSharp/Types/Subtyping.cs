namespace TorchScriptSharp.Types;

/// PyTorch's subtype relation and type unification (ATen/core/jit_type.h, unifyTypes).
public static class Subtyping
{
    public static bool IsSubtype(TorchType sub, TorchType sup)
    {
        if (sub == sup) return true;
        if (sup == TorchType.Any) return true;
        switch (sup)
        {
            case OptionalType o:
                if (sub == TorchType.None) return true;
                if (sub is OptionalType so) return IsSubtype(so.Element, o.Element);
                return IsSubtype(sub, o.Element);
            case UnionType u:
                if (sub is UnionType su) return su.Members.All(m => IsSubtype(m, u));
                if (sub is OptionalType sopt) return IsSubtype(sopt.Element, u) && IsSubtype(TorchType.None, u);
                return u.Members.Any(m => IsSubtype(sub, m));
        }
        if (sub is UnionType subUnion) return subUnion.Members.All(m => IsSubtype(m, sup));
        if (sup is ClassType { IsInterface: true } iface && sub is ClassType cls) return cls.Implements(iface);
        // schema placeholders for "any enum" / "any class" (`aten::eq.enum(AnyEnumType a, ...)`)
        if (sup is NamedType { Name: "AnyEnumType" }) return sub is EnumType;
        if (sup is NamedType { Name: "AnyClassType" } || sup == TorchType.AnyClass) return sub is ClassType;
        if (sup == TorchType.Number) return sub == TorchType.Int || sub == TorchType.Float || sub == TorchType.Complex;
        if (sub is TupleType st && sup is TupleType tt)
        {
            if (st.Elements.Count != tt.Elements.Count) return false;
            if (tt.QualifiedName != null && st.QualifiedName != tt.QualifiedName) return false;
            for (int i = 0; i < st.Elements.Count; i++)
                if (!IsSubtype(st.Elements[i], tt.Elements[i])) return false;
            return true;
        }
        if (sup == TorchType.AnyList) return sub is ListType;
        if (sup == TorchType.AnyTuple) return sub is TupleType;
        return false;
    }

    /// The least type both can be used as, or null. None with T gives Optional[T]. With
    /// <paramref name="defaultToUnion"/> incompatible types give a Union (PyTorch uses this for list
    /// literals and exit-transform outputs).
    public static TorchType? Unify(TorchType a, TorchType b, bool defaultToUnion = false)
    {
        if (a == b) return a;
        if (a == TorchType.None && b is not OptionalType && b is not UnionType && b != TorchType.Any) return new OptionalType(b);
        if (b == TorchType.None && a is not OptionalType && a is not UnionType && a != TorchType.Any) return new OptionalType(a);
        if (IsSubtype(a, b)) return b;
        if (IsSubtype(b, a)) return a;
        if (a is OptionalType oa && b is not OptionalType)
        {
            var inner = Unify(oa.Element, b);
            if (inner != null) return new OptionalType(inner);
        }
        if (b is OptionalType ob && a is not OptionalType)
        {
            var inner = Unify(a, ob.Element);
            if (inner != null) return new OptionalType(inner);
        }
        if (a is TupleType ta && b is TupleType tb && ta.Elements.Count == tb.Elements.Count && ta.FieldNames == null && tb.FieldNames == null)
        {
            var elements = new List<TorchType>();
            for (int i = 0; i < ta.Elements.Count; i++)
            {
                var e = Unify(ta.Elements[i], tb.Elements[i], defaultToUnion);
                if (e == null) return defaultToUnion ? UnionType.Of(new[] { a, b }) : null;
                elements.Add(e);
            }
            return new TupleType(elements);
        }
        return defaultToUnion ? UnionType.Of(new[] { a, b }) : null;
    }

    /// Unifies a sequence of types (e.g. all return statements of a function), or null.
    public static TorchType? UnifyAll(IEnumerable<TorchType> types, bool defaultToUnion = false)
    {
        TorchType? result = null;
        foreach (var t in types)
        {
            result = result == null ? t : Unify(result, t, defaultToUnion);
            if (result == null) return null;
        }
        return result;
    }
}
