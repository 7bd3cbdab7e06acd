namespace TorchScriptSharp.Syntax.Ast;

public enum BinaryOperator { Add, Sub, Mul, Div, FloorDiv, Mod, Pow, MatMul, BitAnd, BitOr, BitXor, LShift, RShift }

public enum UnaryOperator { Not, Neg, Pos, Invert }

public enum CompareOperator { Eq, NotEq, Lt, LtE, Gt, GtE, Is, IsNot, In, NotIn }

/// Python spellings of the operators, for diagnostics and code printers.
public static class OperatorText
{
    public static string ToPython(this BinaryOperator op) => op switch
    {
        BinaryOperator.Add => "+", BinaryOperator.Sub => "-", BinaryOperator.Mul => "*", BinaryOperator.Div => "/",
        BinaryOperator.FloorDiv => "//", BinaryOperator.Mod => "%", BinaryOperator.Pow => "**", BinaryOperator.MatMul => "@",
        BinaryOperator.BitAnd => "&", BinaryOperator.BitOr => "|", BinaryOperator.BitXor => "^",
        BinaryOperator.LShift => "<<", BinaryOperator.RShift => ">>",
        _ => throw new ArgumentOutOfRangeException(nameof(op)),
    };

    public static string ToPython(this UnaryOperator op) => op switch
    {
        UnaryOperator.Not => "not", UnaryOperator.Neg => "-", UnaryOperator.Pos => "+", UnaryOperator.Invert => "~",
        _ => throw new ArgumentOutOfRangeException(nameof(op)),
    };

    public static string ToPython(this CompareOperator op) => op switch
    {
        CompareOperator.Eq => "==", CompareOperator.NotEq => "!=", CompareOperator.Lt => "<", CompareOperator.LtE => "<=",
        CompareOperator.Gt => ">", CompareOperator.GtE => ">=", CompareOperator.Is => "is", CompareOperator.IsNot => "is not",
        CompareOperator.In => "in", CompareOperator.NotIn => "not in",
        _ => throw new ArgumentOutOfRangeException(nameof(op)),
    };
}
