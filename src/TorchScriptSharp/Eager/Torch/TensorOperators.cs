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
        // PyTorch defines these dunders in Python (torch/_tensor.py), so a trace locates their ops there,
        // not at the user's line; ours carry no location
        using var _ = IsPythonDunder(op, reversed: a is not torch.Tensor) ? Tracing.TracingState.WithoutLocation() : null;
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
                // Tensor.__and__ & co. are their own operators (what PyTorch's tracer records)
                BinaryOperator.BitAnd => Method(ev, "__and__", t, b),
                BinaryOperator.BitOr => Method(ev, "__or__", t, b),
                BinaryOperator.BitXor => Method(ev, "__xor__", t, b),
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
            BinaryOperator.Pow => ReversePow(ev, a, u),
            BinaryOperator.FloorDiv => Method(ev, "floor_divide", Wrap(a, u), u),
            BinaryOperator.Mod => Method(ev, "remainder", Wrap(a, u), u),
            BinaryOperator.BitAnd => Method(ev, "__and__", u, a),
            BinaryOperator.BitOr => Method(ev, "__or__", u, a),
            BinaryOperator.BitXor => Method(ev, "__xor__", u, a),
            _ => throw Interpreter.TypeError($"unsupported operand type(s) for {op.ToPython()}: '{PyOps.TypeOf(a).Name}' and 'Tensor'"),
        };
    }

    static bool IsPythonDunder(BinaryOperator op, bool reversed) =>
        op is BinaryOperator.Pow or BinaryOperator.FloorDiv
        || reversed && op is not (BinaryOperator.Add or BinaryOperator.Mul or BinaryOperator.BitAnd or BinaryOperator.BitOr or BinaryOperator.BitXor);

    /// `number ** t`: PyTorch's Tensor.__rpow__ makes the number a tensor of the result type on t's
    /// device (torch.tensor, so a trace records it as a constant) and raises it to t.
    static object? ReversePow(Interpreter ev, object? number, torch.Tensor t)
    {
        var dtype = torch.result_type(Wrap(number, t), t);
        var baseTensor = TorchFunctions.NewTensor(ev, number, dtype);
        return OpDispatch.Call(ev, "aten::pow", CallArgs.Of(baseTensor, t), isMethod: false);
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
