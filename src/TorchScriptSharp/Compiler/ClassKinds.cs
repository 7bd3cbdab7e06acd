using TorchScriptSharp.Runtime;
using TorchScriptSharp.Syntax;
using TorchScriptSharp.Types;
using Ast = TorchScriptSharp.Syntax.Ast;

namespace TorchScriptSharp.Compiler;

public enum ClassKind { Class, NamedTuple, Enum, Interface, Exception }

public static class ClassKinds
{
    public static ClassKind Of(Ast.ClassDef def)
    {
        if (def.Decorators.Any(d => TypeAnnotations.DottedName(d) is "torch.jit.interface")) return ClassKind.Interface;
        foreach (var b in def.Bases)
        {
            switch (TypeAnnotations.DottedName(b))
            {
                case "NamedTuple" or "typing.NamedTuple": return ClassKind.NamedTuple;
                case "Enum" or "enum.Enum" or "IntEnum" or "enum.IntEnum": return ClassKind.Enum;
                case "Exception" or "RuntimeError" or "ValueError" or "TypeError" or "KeyError" or "IndexError" or "AssertionError": return ClassKind.Exception;
            }
        }
        return ClassKind.Class;
    }
}

/// `class Color(Enum): RED = 1`: members must be constants of one type (int, float or str).
public static class EnumDefinition
{
    public static EnumType Build(Ast.ClassDef def, string qualifiedName)
    {
        var members = new List<(string, object)>();
        TorchType? valueType = null;
        foreach (var stmt in def.Body)
        {
            // methods are Python's business: TorchScript's enum type is its members
            if (stmt is Ast.Pass or Ast.ExprStmt { Value: Ast.StringLiteral } or Ast.FunctionDef) continue;
            if (stmt is not Ast.Assign { Targets: [Ast.Name name] } a)
                throw new CompileError("Enum classes may only contain member assignments like `RED = 1`", stmt.Range);
            IValue value = a.Value switch
            {
                Ast.IntLiteral i => IValue.FromInt((long)i.Value),
                Ast.UnaryOp { Op: Ast.UnaryOperator.Neg, Operand: Ast.IntLiteral i } => IValue.FromInt(-(long)i.Value),
                Ast.FloatLiteral f => IValue.FromDouble(f.Value),
                Ast.StringLiteral s => IValue.FromString(s.Value),
                _ => throw new CompileError("Enum member values must be int, float or str literals", a.Value.Range),
            };
            var t = value.IsInt ? TorchType.Int : value.IsDouble ? TorchType.Float : TorchType.Str_;
            if (valueType != null && valueType != t)
                throw new CompileError($"Enum class {def.Name} mixes member value types {valueType.AnnotationStr()} and {t.AnnotationStr()}; TorchScript needs one type", a.Range);
            valueType = t;
            members.Add((name.Id, value));
        }
        return new EnumType(qualifiedName, valueType ?? TorchType.Int, members);
    }
}
