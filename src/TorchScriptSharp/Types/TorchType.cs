namespace TorchScriptSharp.Types;

/// A TorchScript type. Types are immutable and compared structurally.
/// Two spellings exist, as in PyTorch: <see cref="Str"/> is what `.graph` prints (`int[]`, `Tensor?`),
/// <see cref="AnnotationStr"/> is what `.code` and archives print (`List[int]`, `Optional[Tensor]`).
public abstract class TorchType : IEquatable<TorchType>
{
    public abstract string Str();
    public virtual string AnnotationStr() => Str();
    public override string ToString() => Str();

    /// Types this one is built from (list element, dict key/value, tuple elements, ...).
    public virtual IReadOnlyList<TorchType> Contained => Array.Empty<TorchType>();

    public bool Equals(TorchType? other) => other is not null && (ReferenceEquals(this, other) || StructurallyEquals(other));
    protected virtual bool StructurallyEquals(TorchType other) => false;
    public override bool Equals(object? obj) => obj is TorchType t && Equals(t);
    public override int GetHashCode() => Str().GetHashCode();
    public static bool operator ==(TorchType? a, TorchType? b) => a is null ? b is null : a.Equals(b);
    public static bool operator !=(TorchType? a, TorchType? b) => !(a == b);

    public bool IsSubtypeOf(TorchType other) => Subtyping.IsSubtype(this, other);

    // The singletons of the lattice.
    public static readonly TorchType Tensor = new NamedType("Tensor");
    public static readonly TorchType Int = new NamedType("int");
    public static readonly TorchType Float = new NamedType("float");
    public static readonly TorchType Complex = new NamedType("complex");
    public static readonly TorchType Bool = new NamedType("bool");
    public static readonly TorchType Str_ = new NamedType("str");
    public static readonly TorchType None = new NamedType("NoneType");
    public static readonly TorchType Device = new NamedType("Device");
    public static readonly TorchType Generator = new NamedType("Generator");
    public static readonly TorchType Stream = new NamedType("Stream");
    public static readonly TorchType Storage = new NamedType("Storage");
    /// int, float or complex: PyTorch's NumberType, `Scalar` in graphs and `number` in code.
    public static readonly TorchType Number = new NamedType("Scalar", "number");
    public static readonly TorchType Any = new NamedType("Any");
    /// The type of a function constant (`prim::Constant[name="f"]`).
    public static readonly TorchType Function = new NamedType("Function");
    /// A value that must never be read (`prim::Uninitialized` placeholders after exit transforms).
    public static readonly TorchType AnyList = new NamedType("AnyList", "list");
    public static readonly TorchType AnyTuple = new NamedType("AnyTuple", "tuple");
    public static readonly TorchType AnyClass = new NamedType("AnyClassType", "Any");
}

/// A type with no parameters: Tensor, int, float, ... identified by its name.
public sealed class NamedType : TorchType
{
    readonly string _annotation;
    public NamedType(string name, string? annotation = null) { Name = name; _annotation = annotation ?? name; }
    public string Name { get; }
    public override string Str() => Name;
    public override string AnnotationStr() => _annotation;
}

public sealed class ListType : TorchType
{
    public ListType(TorchType element) => Element = element;
    public TorchType Element { get; }
    public override IReadOnlyList<TorchType> Contained => new[] { Element };
    public override string Str() => Element.Str() + "[]";
    public override string AnnotationStr() => $"List[{Element.AnnotationStr()}]";
    protected override bool StructurallyEquals(TorchType other) => other is ListType l && l.Element == Element;
}

public sealed class OptionalType : TorchType
{
    public OptionalType(TorchType element) => Element = element;
    public TorchType Element { get; }
    public override IReadOnlyList<TorchType> Contained => new[] { Element };
    public override string Str() => Element.Str() + "?";
    public override string AnnotationStr() => $"Optional[{Element.AnnotationStr()}]";
    protected override bool StructurallyEquals(TorchType other) => other is OptionalType o && o.Element == Element;
}

public sealed class DictType : TorchType
{
    public DictType(TorchType key, TorchType value) { Key = key; Value = value; }
    public TorchType Key { get; }
    public TorchType Value { get; }
    public override IReadOnlyList<TorchType> Contained => new[] { Key, Value };
    public override string Str() => $"Dict({Key.Str()}, {Value.Str()})";
    public override string AnnotationStr() => $"Dict[{Key.AnnotationStr()}, {Value.AnnotationStr()}]";
    protected override bool StructurallyEquals(TorchType other) => other is DictType d && d.Key == Key && d.Value == Value;
}

/// A tuple, optionally named (a NamedTuple has field names and, for user classes, a qualified name).
public sealed class TupleType : TorchType
{
    public TupleType(IReadOnlyList<TorchType> elements, IReadOnlyList<string>? fieldNames = null, string? qualifiedName = null)
    {
        Elements = elements;
        FieldNames = fieldNames;
        QualifiedName = qualifiedName;
    }
    public IReadOnlyList<TorchType> Elements { get; }
    public IReadOnlyList<string>? FieldNames { get; }
    public string? QualifiedName { get; }
    public bool IsNamed => FieldNames != null;
    public override IReadOnlyList<TorchType> Contained => Elements;

    public override string Str() => FieldNames == null
        ? "(" + string.Join(", ", Elements.Select(e => e.Str())) + ")"
        : "NamedTuple(" + string.Join(", ", Elements.Select((e, i) => $"{FieldNames[i]} : {e.Str()}")) + ")";

    public override string AnnotationStr()
    {
        if (QualifiedName != null) return QualifiedName;
        if (FieldNames != null) return "NamedTuple(" + string.Join(", ", Elements.Select((e, i) => $"{FieldNames[i]} : {e.AnnotationStr()}")) + ")";
        return Elements.Count == 0 ? "Tuple[()]" : "Tuple[" + string.Join(", ", Elements.Select(e => e.AnnotationStr())) + "]";
    }

    protected override bool StructurallyEquals(TorchType other) =>
        other is TupleType t && t.QualifiedName == QualifiedName && t.Elements.SequenceEqual(Elements)
        && (t.FieldNames == null) == (FieldNames == null) && (FieldNames == null || t.FieldNames!.SequenceEqual(FieldNames));
}

/// Union[A, B, ...], kept flattened and deduplicated.
public sealed class UnionType : TorchType
{
    public UnionType(IReadOnlyList<TorchType> members) => Members = members;
    public IReadOnlyList<TorchType> Members { get; }
    public override IReadOnlyList<TorchType> Contained => Members;
    public override string Str() => "Union(" + string.Join(", ", Members.Select(m => m.Str())) + ")";
    public override string AnnotationStr() => "Union[" + string.Join(", ", Members.Select(m => m.AnnotationStr())) + "]";
    protected override bool StructurallyEquals(TorchType other) =>
        other is UnionType u && u.Members.Count == Members.Count && u.Members.All(m => Members.Contains(m));

    /// Flattens nested unions, removes duplicates; a single member is returned as itself.
    public static TorchType Of(IEnumerable<TorchType> members)
    {
        var flat = new List<TorchType>();
        void Add(TorchType t)
        {
            if (t is UnionType u) foreach (var m in u.Members) Add(m);
            else if (t is OptionalType o) { Add(o.Element); Add(None); }
            else if (!flat.Contains(t)) flat.Add(t);
        }
        foreach (var m in members) Add(m);
        // canonical order, as c10 sorts union members: by type kind, then by name
        flat.Sort((a, b) => KindRank(a) != KindRank(b) ? KindRank(a).CompareTo(KindRank(b)) : string.CompareOrdinal(a.Str(), b.Str()));
        return flat.Count == 1 ? flat[0] : new UnionType(flat);
    }

    /// Position of a type's kind in c10's TypeKind enumeration.
    static int KindRank(TorchType t) => t switch
    {
        _ when t == Any => 0,
        EnumType => 1,
        _ when t == Tensor => 3,
        _ when t == Storage => 4,
        TupleType => 5,
        ListType => 6,
        DictType => 7,
        _ when t == Number => 8,
        _ when t == Float => 9,
        _ when t == Complex => 10,
        FutureType => 11,
        _ when t == Int => 13,
        _ when t == None => 14,
        _ when t == Str_ => 15,
        _ when t == Generator => 16,
        _ when t == Bool => 18,
        OptionalType => 19,
        TypeVariable => 20,
        _ when t == Device => 21,
        _ when t == Stream => 22,
        _ when t == Function => 23,
        ClassType { IsInterface: true } => 27,
        ClassType => 24,
        _ when t == AnyList => 32,
        _ when t == AnyTuple => 33,
        _ when t == AnyClass => 34,
        UnionType => 37,
        _ => 40,
    };

}

/// A type variable of an operator schema (`t` in `t[] self`); bound during schema matching.
public sealed class TypeVariable : TorchType
{
    public TypeVariable(string name) => Name = name;
    public string Name { get; }
    public override string Str() => Name;
    protected override bool StructurallyEquals(TorchType other) => other is TypeVariable v && v.Name == Name;
}

/// Future[T] (torch.jit.fork results).
public sealed class FutureType : TorchType
{
    public FutureType(TorchType element) => Element = element;
    public TorchType Element { get; }
    public override IReadOnlyList<TorchType> Contained => new[] { Element };
    public override string Str() => $"Future[{Element.Str()}]";
    protected override bool StructurallyEquals(TorchType other) => other is FutureType f && f.Element == Element;
}
