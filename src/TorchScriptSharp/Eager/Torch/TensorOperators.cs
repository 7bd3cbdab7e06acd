using TorchScriptSharp.Syntax.Ast;
using TorchSharp;

namespace TorchScriptSharp.Eager.Torch;

/// Python operators on tensors, mapped to the operators PyTorch's Tensor dunders call
/// (`a + b` -> aten::add, `2 - t` -> aten::rsub, `t @ u` -> aten::matmul...).
static class TensorOperators
{
    static object? Method(Interpreter ev, string op, torch.Tensor self, params object?[] args) =>
        OpDispatch.Call(ev, "aten::" + op, new CallArgs(new object?[] { self }.Concat(args).ToArray()), isMethod: true);

    public static object? Binary(Interpreter ev, BinaryOperator op, object? a, object? b)
    {
        if (a is torch.Tensor t)
        {
            return op switch
            {
                BinaryOperator.Add => Method(ev, "add", t, b),
                BinaryOperator.Sub => Method(ev, "sub", t, b),
                BinaryOperator.Mul => Method(ev, "mul", t, b),
                BinaryOperator.Div => Method(ev, "div", t, b),
                BinaryOperator.FloorDiv => Method(ev, "floor_divide", t, b),
                BinaryOperator.Mod => Method(ev, "remainder", t, b),
                BinaryOperator.Pow => Method(ev, "pow", t, b),
                BinaryOperator.MatMul => Method(ev, "matmul", t, b),
                BinaryOperator.BitAnd => Method(ev, "bitwise_and", t, b),
                BinaryOperator.BitOr => Method(ev, "bitwise_or", t, b),
                BinaryOperator.BitXor => Method(ev, "bitwise_xor", t, b),
                BinaryOperator.LShift => Method(ev, "__lshift__", t, b),
                _ => Method(ev, "__rshift__", t, b),
            };
        }
        var u = (torch.Tensor)b!;
        return op switch
        {
            BinaryOperator.Add => Method(ev, "add", u, a),
            BinaryOperator.Mul => Method(ev, "mul", u, a),
            BinaryOperator.Sub => Method(ev, "rsub", u, a),
            BinaryOperator.Div => Method(ev, "mul", (torch.Tensor)Method(ev, "reciprocal", u)!, a),
            BinaryOperator.Pow => OpDispatch.Call(ev, "aten::pow", CallArgs.Of(a, u), isMethod: false),
            BinaryOperator.FloorDiv => Method(ev, "floor_divide", Wrap(a, u), u),
            BinaryOperator.Mod => Method(ev, "remainder", Wrap(a, u), u),
            BinaryOperator.BitAnd => Method(ev, "bitwise_and", u, a),
            BinaryOperator.BitOr => Method(ev, "bitwise_or", u, a),
            BinaryOperator.BitXor => Method(ev, "bitwise_xor", u, a),
            _ => throw Interpreter.TypeError($"unsupported operand type(s) for {op.ToPython()}: '{PyOps.TypeOf(a).Name}' and 'Tensor'"),
        };
    }

    /// A Python number as a 0-dim tensor that promotes like PyTorch's wrapped numbers do against
    /// <paramref name="other"/> (the number's kind, the tensor's precision when kinds agree).
    public static torch.Tensor Wrap(object? number, torch.Tensor other)
    {
        switch (number)
        {
            case bool b: return torch.tensor(b);
            case long l: return torch.tensor(l, DTypes.IsFloating(other.dtype) || other.dtype == torch.ScalarType.Bool ? torch.ScalarType.Int64 : other.dtype);
            case double d: return torch.tensor(d, DTypes.IsFloating(other.dtype) ? other.dtype : torch.get_default_dtype());
            case torch.Tensor t: return t;
        }
        throw Interpreter.TypeError($"expected a number, got '{PyOps.TypeOf(number).Name}'");
    }

    public static object? Compare(Interpreter ev, CompareOperator op, object? a, object? b)
    {
        bool flip = a is not torch.Tensor;
        var t = (torch.Tensor)(flip ? b : a)!;
        var other = flip ? a : b;
        if (other is not (torch.Tensor or long or double or bool))
        {
            if (op == CompareOperator.Eq) return false;
            if (op == CompareOperator.NotEq) return true;
            throw Interpreter.TypeError($"'{op.ToPython()}' not supported between instances of 'Tensor' and '{PyOps.TypeOf(other).Name}'");
        }
        if (flip) op = op switch { CompareOperator.Lt => CompareOperator.Gt, CompareOperator.Gt => CompareOperator.Lt,
                                    CompareOperator.LtE => CompareOperator.GtE, CompareOperator.GtE => CompareOperator.LtE, _ => op };
        var name = op switch
        {
            CompareOperator.Eq => "eq", CompareOperator.NotEq => "ne", CompareOperator.Lt => "lt",
            CompareOperator.LtE => "le", CompareOperator.Gt => "gt", _ => "ge",
        };
        return Method(ev, name, t, other);
    }

    public static object? Unary(Interpreter ev, UnaryOperator op, torch.Tensor t) => op switch
    {
        UnaryOperator.Neg => Method(ev, "neg", t),
        UnaryOperator.Pos => Method(ev, "positive", t),
        _ => Method(ev, "bitwise_not", t),
    };

    public static object? InPlace(Interpreter ev, BinaryOperator op, torch.Tensor t, object? b)
    {
        string? name = op switch
        {
            BinaryOperator.Add => "add_", BinaryOperator.Sub => "sub_", BinaryOperator.Mul => "mul_", BinaryOperator.Div => "div_",
            BinaryOperator.FloorDiv => "floor_divide_", BinaryOperator.Mod => "remainder_", BinaryOperator.Pow => "pow_",
            BinaryOperator.BitAnd => "bitwise_and_", BinaryOperator.BitOr => "bitwise_or_", BinaryOperator.BitXor => "bitwise_xor_",
            BinaryOperator.LShift => "__ilshift__", BinaryOperator.RShift => "__irshift__", _ => null,
        };
        if (name == null) return Binary(ev, op, t, b);
        return Method(ev, name, t, b);
    }
}
