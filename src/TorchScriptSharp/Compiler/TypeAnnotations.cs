using TorchScriptSharp.Syntax;
using TorchScriptSharp.Types;
using Ast = TorchScriptSharp.Syntax.Ast;

namespace TorchScriptSharp.Compiler;

/// Turns annotation expressions (`Optional[List[int]]`, `list[int] | None`, `torch.Tensor`) into types,
/// accepting the `typing` names, PEP 585 builtin generics and PEP 604 unions, as torch.jit.script does.
public static class TypeAnnotations
{
    public static TorchType Resolve(Ast.Expr e) => Resolve(e, null);

    /// <paramref name="unit"/> resolves the names of user classes, NamedTuples, enums and interfaces.
    public static TorchType Resolve(Ast.Expr e, CompilationUnit? unit)
    {
        switch (e)
        {
            case Ast.NoneLiteral: return TorchType.None;
            case Ast.StringLiteral s: return Resolve(Syntax.Parser.ParseExpression(new SourceText(s.Value, e.Range.Source.FileName)), unit);
            case Ast.BinaryOp { Op: Ast.BinaryOperator.BitOr }:
                // PEP 604 unions are not understood by PyTorch 1.13's annotation parser
                throw new CompileError("PEP 604 unions (`int | None`) are not supported in TorchScript annotations; use Optional[...] or Union[...]", e.Range);
            case Ast.Subscript sub: return ResolveGeneric(DottedName(sub.Value) ?? throw Unknown(sub.Value), sub, unit);
            default:
                var name = DottedName(e) ?? throw Unknown(e);
                return unit?.ResolveType(name) ?? ResolveName(name) ?? throw Unknown(e);
        }
    }

    static TorchType? ResolveName(string name) => Last(name) switch
    {
        "Tensor" when name is "Tensor" or "torch.Tensor" => TorchType.Tensor,
        "int" => TorchType.Int,
        "float" => TorchType.Float,
        "bool" => TorchType.Bool,
        "str" => TorchType.Str_,
        "complex" => TorchType.Complex,
        "None" or "NoneType" => TorchType.None,
        "device" or "Device" => TorchType.Device,
        "dtype" or "layout" or "memory_format" => TorchType.Int,
        "Any" => TorchType.Any,
        "number" or "Number" => TorchType.Number,
        "Generator" => TorchType.Generator,
        "List" or "list" => new ListType(TorchType.Tensor),
        "Tuple" or "tuple" => TorchType.AnyTuple,
        "Dict" or "dict" => new DictType(TorchType.Str_, TorchType.Tensor),
        _ => null,
    };

    static string Last(string dotted) => dotted[(dotted.LastIndexOf('.') + 1)..];

    static TorchType ResolveGeneric(string name, Ast.Subscript sub, CompilationUnit? unit)
    {
        var args = sub.Indices.Count == 1 && sub.Indices[0] is Ast.TupleExpr t ? t.Elements : sub.Indices;
        TorchType Arg(int i) => Resolve(args[i], unit);
        void Expect(int n)
        {
            if (args.Count != n) throw new CompileError($"{Last(name)}[...] takes {n} type argument{(n == 1 ? "" : "s")}, got {args.Count}", sub.Range);
        }
        switch (Last(name))
        {
            case "List" or "list": Expect(1); return new ListType(Arg(0));
            case "Optional": Expect(1); return MakeOptional(Arg(0));
            case "Dict" or "dict":
                Expect(2);
                var key = Arg(0);
                if (!(key == TorchType.Str_ || key == TorchType.Int || key == TorchType.Float || key == TorchType.Bool || key == TorchType.Tensor || key == TorchType.Complex))
                    throw new CompileError($"Dict keys must be str, int, float, complex, bool or Tensor, not {key.AnnotationStr()}", args[0].Range);
                return new DictType(key, Arg(1));
            case "Tuple" or "tuple":
                if (args.Count == 1 && args[0] is Ast.TupleExpr { Elements.Count: 0 }) return new TupleType(Array.Empty<TorchType>());
                return new TupleType(args.Select(a => Resolve(a, unit)).ToList());
            case "Union": return Union(args.Select(a => Resolve(a, unit)));
            case "Final": Expect(1); return Arg(0);
            case var b when b.StartsWith("BroadcastingList"): Expect(1); return new ListType(Arg(0));
            case "Future": Expect(1); return new FutureType(Arg(0));
            default: throw Unknown(sub.Value);
        }
    }

    /// N of `BroadcastingListN[T]` or `Optional[BroadcastingListN[T]]` (PyTorch's marker for "a list
    /// of N, or one value for all N").
    public static int? BroadcastingSize(Ast.Expr annotation)
    {
        if (annotation is not Ast.Subscript sub || DottedName(sub.Value) is not { } name) return null;
        var last = Last(name);
        if (last == "Optional") return sub.Indices.Count == 1 ? BroadcastingSize(sub.Indices[0]) : null;
        return last.StartsWith("BroadcastingList") && int.TryParse(last["BroadcastingList".Length..], out int n) ? n : null;
    }

    static TorchType MakeOptional(TorchType t) => t is OptionalType || t == TorchType.None || t == TorchType.Any ? t : new OptionalType(t);

    /// Union[T, None] is Optional[T]; Union[int, float, complex] is number, as PyTorch normalises them.
    static TorchType Union(IEnumerable<TorchType> members)
    {
        var u = UnionType.Of(members);
        if (u is not UnionType union) return u;
        var nonNone = union.Members.Where(m => m != TorchType.None).ToList();
        if (nonNone.Count == 1 && nonNone.Count != union.Members.Count) return MakeOptional(nonNone[0]);
        return u;
    }

    public static string? DottedName(Ast.Expr e) => e switch
    {
        Ast.Name n => n.Id,
        Ast.Attribute a when DottedName(a.Target) is { } prefix => prefix + "." + a.Name,
        _ => null,
    };

    static CompileError Unknown(Ast.Expr e) =>
        new($"Unknown type annotation: '{e.Range.Source.Text[e.Range.Start..e.Range.End]}'", e.Range);
}
