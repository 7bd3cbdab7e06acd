using TorchScriptSharp.Syntax;
using TorchScriptSharp.Types;
using Ast = TorchScriptSharp.Syntax.Ast;

namespace TorchScriptSharp.Compiler;

/// Named tuple types made by a call at module level instead of a class statement:
/// `Point = collections.namedtuple('Point', ['x', 'y'])` (every field a Tensor, as PyTorch types
/// unannotated fields) and `P = NamedTuple('Name', [('first', int), ('second', int)])`. The type is
/// named after the call's first argument, as Python names the class, so it prints as
/// `__torch__.<module>.Name` even when the variable is called something else.
public sealed partial class CompilationUnit
{
    readonly Dictionary<string, Ast.Call> _namedTupleCalls = new();

    /// Remembers `Name = <named tuple factory>(...)`; false for any other module-level assignment.
    bool TryRegisterNamedTupleCall(Ast.Assign assign)
    {
        if (assign is not { Targets: [Ast.Name target], Value: Ast.Call call } || NamedTupleFactory(call) == null) return false;
        _namedTupleCalls[target.Id] = call;
        return true;
    }

    string? NamedTupleFactory(Ast.Call call)
    {
        var name = TypeAnnotations.DottedName(call.Func);
        if (name == null) return null;
        var head = name.Split('.')[0];
        var full = ImportAlias(head) is { } alias ? alias + name[head.Length..] : name;
        return full switch
        {
            "collections.namedtuple" => "namedtuple",
            "typing.NamedTuple" => "NamedTuple",
            _ => null,
        };
    }

    TupleType BuildNamedTuple(Ast.Call call)
    {
        var factory = NamedTupleFactory(call)!;
        if (call.Args.Count != 2 || call.Args[0] is not Ast.StringLiteral typeName)
            throw new CompileError($"{factory}() needs the type name and the fields as its two arguments", call.Range);
        var names = new List<string>();
        var types = new List<TorchType>();
        if (factory == "namedtuple")
        {
            var fieldNames = call.Args[1] switch
            {
                Ast.StringLiteral s => s.Value.Replace(',', ' ').Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList(),
                Ast.ListExpr or Ast.TupleExpr => Elements(call.Args[1]).Select(FieldName).ToList(),
                _ => throw new CompileError("namedtuple() field names must be a string or a list of strings", call.Args[1].Range),
            };
            names.AddRange(fieldNames);
            types.AddRange(fieldNames.Select(_ => TorchType.Tensor));
        }
        else
        {
            foreach (var field in Elements(call.Args[1]))
            {
                if (field is not Ast.TupleExpr { Elements: [var fieldName, var annotation] })
                    throw new CompileError("NamedTuple() fields must be (name, type) pairs", field.Range);
                names.Add(FieldName(fieldName));
                types.Add(TypeAnnotations.Resolve(annotation, this));
            }
        }
        return new TupleType(types, names, QualifiedName(typeName.Value));
    }

    static IReadOnlyList<Ast.Expr> Elements(Ast.Expr e) => e switch
    {
        Ast.ListExpr l => l.Elements,
        Ast.TupleExpr t => t.Elements,
        _ => throw new CompileError("expected a list of fields", e.Range),
    };

    static string FieldName(Ast.Expr e) =>
        e is Ast.StringLiteral s ? s.Value : throw new CompileError("a field name must be a string literal", e.Range);
}
