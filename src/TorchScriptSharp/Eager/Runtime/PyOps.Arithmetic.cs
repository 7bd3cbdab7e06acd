using System.Numerics;
using TorchScriptSharp.Serialization;
using TorchScriptSharp.Syntax.Ast;
using TorchSharp;

namespace TorchScriptSharp.Eager;

static partial class PyOps
{
    static string DunderName(BinaryOperator op) => op switch
    {
        BinaryOperator.Add => "add", BinaryOperator.Sub => "sub", BinaryOperator.Mul => "mul", BinaryOperator.Div => "truediv",
        BinaryOperator.FloorDiv => "floordiv", BinaryOperator.Mod => "mod", BinaryOperator.Pow => "pow", BinaryOperator.MatMul => "matmul",
        BinaryOperator.BitAnd => "and", BinaryOperator.BitOr => "or", BinaryOperator.BitXor => "xor",
        BinaryOperator.LShift => "lshift", BinaryOperator.RShift => "rshift", _ => "?",
    };

    public static object? Binary(Interpreter ev, BinaryOperator op, object? a, object? b)
    {
        if (a is PyInstance || b is PyInstance)
        {
            var name = DunderName(op);
            if (a is PyInstance && TryCallDunder(ev, a, $"__{name}__", out var r, b) && r is not PyNotImplemented) return r;
            if (b is PyInstance && TryCallDunder(ev, b, $"__r{name}__", out r, a) && r is not PyNotImplemented) return r;
            throw Unsupported(op, a, b);
        }
        if (a is torch.Tensor || b is torch.Tensor) return Torch.TensorOperators.Binary(ev, op, a, b);
        if (IsNumber(a) && IsNumber(b)) return Numeric(op, a!, b!);
        switch (op)
        {
            case BinaryOperator.Add:
                if (a is string s1 && b is string s2) return s1 + s2;
                if (a is PyList l1 && b is PyList l2) { var l = new PyList(l1); l.AddRange(l2); return l; }
                // `[n, c] + x.size()[2:]`: a TypeError in Python, but TorchScript code (where size() is List[int])
                // writes it, and the library's functional.py is TorchScript source run eagerly here
                if (a is PyList l3 && b is PyTuple sz && Torch.TorchSize.IsSize(sz)) { var l = new PyList(l3); l.AddRange(sz); return l; }
                if (a is PyTuple t1 && b is PyTuple t2) return new PyTuple(t1.Concat(t2).ToArray());
                if (a is string or PyList or PyTuple)
                    throw Interpreter.TypeError($"can only concatenate {TypeOf(a).Name} (not \"{TypeOf(b).Name}\") to {TypeOf(a).Name}");
                break;
            case BinaryOperator.Mul:
                if (IsInt(b) && a is string or PyList or PyTuple) return Repeat(a!, ToLong(b));
                if (IsInt(a) && b is string or PyList or PyTuple) return Repeat(b!, ToLong(a));
                break;
            case BinaryOperator.Mod when a is string fmt: return PyFormat.Percent(ev, fmt, b);
            case BinaryOperator.BitOr when a is PyDict d1 && b is PyDict d2:
            {
                var d = new PyDict();
                foreach (var (k, v) in d1) d[k] = v;
                foreach (var (k, v) in d2) d[k] = v;
                return d;
            }
            case BinaryOperator.BitOr when a is PySet x && b is PySet y: return new PySet(x.Concat(y));
            case BinaryOperator.BitAnd when a is PySet x && b is PySet y: return new PySet(x.Where(y.Contains));
            case BinaryOperator.Sub when a is PySet x && b is PySet y: return new PySet(x.Where(i => !y.Contains(i)));
            case BinaryOperator.BitXor when a is PySet x && b is PySet y: return new PySet(x.Where(i => !y.Contains(i)).Concat(y.Where(i => !x.Contains(i))));
        }
        throw Unsupported(op, a, b);
    }

    static bool IsNumber(object? v) => PyConvert.IsNumber(v);
    static bool IsInt(object? v) => PyConvert.IsInt(v);
    static long ToLong(object? v) => PyConvert.ToLong(v);

    static PythonException Unsupported(BinaryOperator op, object? a, object? b) =>
        Interpreter.TypeError($"unsupported operand type(s) for {op.ToPython()}: '{TypeOf(a).Name}' and '{TypeOf(b).Name}'");

    static object Repeat(object seq, long n)
    {
        n = Math.Max(0, n);
        switch (seq)
        {
            case string s: return string.Concat(Enumerable.Repeat(s, (int)n));
            case PyList l: { var r = new PyList(); for (long i = 0; i < n; i++) r.AddRange(l); return r; }
            default: { var t = (PyTuple)seq; var r = new List<object?>(); for (long i = 0; i < n; i++) r.AddRange(t); return new PyTuple(r.ToArray()); }
        }
    }

    static object Numeric(BinaryOperator op, object a, object b)
    {
        if (a is Complex || b is Complex) return ComplexOp(op, PyConvert.ToComplex(a), PyConvert.ToComplex(b));
        if (a is double || b is double) return FloatOp(op, PyConvert.ToDouble(a), PyConvert.ToDouble(b), a, b);
        bool bools = a is bool && b is bool;
        long x = ToLong(a), y = ToLong(b);
        try
        {
            checked
            {
                switch (op)
                {
                    case BinaryOperator.Add: return x + y;
                    case BinaryOperator.Sub: return x - y;
                    case BinaryOperator.Mul: return x * y;
                    case BinaryOperator.Div:
                        if (y == 0) throw new PythonException(BuiltinTypes.ZeroDivisionError, "division by zero");
                        return (double)x / y;
                    case BinaryOperator.FloorDiv:
                        if (y == 0) throw new PythonException(BuiltinTypes.ZeroDivisionError, "integer division or modulo by zero");
                        return FloorDiv(x, y);
                    case BinaryOperator.Mod:
                        if (y == 0) throw new PythonException(BuiltinTypes.ZeroDivisionError, "integer division or modulo by zero");
                        return x - FloorDiv(x, y) * y;
                    case BinaryOperator.Pow:
                        if (y < 0) return Math.Pow(x, y);
                        long result = 1, b2 = x;
                        for (long e = y; e > 0; e >>= 1) { if ((e & 1) != 0) result *= b2; if (e > 1) b2 *= b2; }
                        return result;
                    case BinaryOperator.BitAnd: return bools ? (x & y) != 0 : x & y;
                    case BinaryOperator.BitOr: return bools ? (x | y) != 0 : x | y;
                    case BinaryOperator.BitXor: return bools ? (x ^ y) != 0 : x ^ y;
                    case BinaryOperator.LShift:
                        if (y < 0) throw new PythonException(BuiltinTypes.ValueError, "negative shift count");
                        if (y >= 63 || (x << (int)y) >> (int)y != x) throw new OverflowException();
                        return x << (int)y;
                    case BinaryOperator.RShift:
                        if (y < 0) throw new PythonException(BuiltinTypes.ValueError, "negative shift count");
                        return y >= 64 ? (x < 0 ? -1L : 0L) : x >> (int)y;
                }
            }
        }
        catch (OverflowException)
        {
            throw new PythonException(BuiltinTypes.OverflowError, "integer overflow: the eager evaluator's ints are 64-bit");
        }
        throw Unsupported(op, a, b);
    }

    static long FloorDiv(long x, long y)
    {
        long q = x / y;
        if ((x % y != 0) && ((x < 0) != (y < 0))) q--;
        return q;
    }

    static object FloatOp(BinaryOperator op, double x, double y, object a, object b)
    {
        switch (op)
        {
            case BinaryOperator.Add: return x + y;
            case BinaryOperator.Sub: return x - y;
            case BinaryOperator.Mul: return x * y;
            case BinaryOperator.Div:
                if (y == 0) throw new PythonException(BuiltinTypes.ZeroDivisionError, "float division by zero");
                return x / y;
            case BinaryOperator.FloorDiv:
                if (y == 0) throw new PythonException(BuiltinTypes.ZeroDivisionError, "float floor division by zero");
                return Math.Floor(x / y);
            case BinaryOperator.Mod:
            {
                if (y == 0) throw new PythonException(BuiltinTypes.ZeroDivisionError, "float modulo");
                double m = x % y; // fmod, then take the sign of the divisor as Python does
                if (m != 0 && (m < 0) != (y < 0)) m += y;
                return m;
            }
            case BinaryOperator.Pow:
                if (x == 0 && y < 0) throw new PythonException(BuiltinTypes.ZeroDivisionError, "0.0 cannot be raised to a negative power");
                return Math.Pow(x, y);
        }
        throw Unsupported(op, a, b);
    }

    static object ComplexOp(BinaryOperator op, Complex x, Complex y) => op switch
    {
        BinaryOperator.Add => x + y,
        BinaryOperator.Sub => x - y,
        BinaryOperator.Mul => x * y,
        BinaryOperator.Div => y == Complex.Zero ? throw new PythonException(BuiltinTypes.ZeroDivisionError, "complex division by zero") : x / y,
        BinaryOperator.Pow => Complex.Pow(x, y),
        _ => throw Interpreter.TypeError($"unsupported operand type(s) for {op.ToPython()}: 'complex' and 'complex'"),
    };

    public static object? Unary(Interpreter ev, UnaryOperator op, object? v)
    {
        if (op == UnaryOperator.Not) return !Truthy(ev, v);
        if (v is torch.Tensor t) return Torch.TensorOperators.Unary(ev, op, t);
        string dunder = op switch { UnaryOperator.Neg => "__neg__", UnaryOperator.Pos => "__pos__", _ => "__invert__" };
        if (v is PyInstance && TryCallDunder(ev, v, dunder, out var r)) return r;
        switch (op)
        {
            case UnaryOperator.Neg:
                if (v is double d) return -d;
                if (v is Complex c) return -c;
                if (IsInt(v)) { long l = ToLong(v); if (l == long.MinValue) throw new PythonException(BuiltinTypes.OverflowError, "integer overflow"); return -l; }
                break;
            case UnaryOperator.Pos:
                if (v is double or Complex) return v;
                if (IsInt(v)) return ToLong(v);
                break;
            case UnaryOperator.Invert:
                if (IsInt(v)) return ~ToLong(v);
                break;
        }
        throw Interpreter.TypeError($"bad operand type for unary {op.ToPython()}: '{TypeOf(v).Name}'");
    }

    /// `a op= b`: mutable values update in place (list +=, tensor +=, __iadd__), others rebind.
    public static object? InPlace(Interpreter ev, BinaryOperator op, object? a, object? b)
    {
        switch (a)
        {
            case PyList l when op == BinaryOperator.Add:
                l.AddRange(Iterate(ev, b).ToList());
                return l;
            case PyList l when op == BinaryOperator.Mul:
            {
                var copy = l.ToList();
                l.Clear();
                for (long i = 0, n = ToLong(b); i < n; i++) l.AddRange(copy);
                return l;
            }
            case torch.Tensor t: return Torch.TensorOperators.InPlace(ev, op, t, b);
            case PyInstance when TryCallDunder(ev, a, $"__i{DunderName(op)}__", out var r, b) && r is not PyNotImplemented: return r;
            case PyDict d when op == BinaryOperator.BitOr:
                foreach (var (k, v) in MappingItems(ev, b)) d[k] = v;
                return d;
            case PySet s when op == BinaryOperator.BitOr:
                foreach (var x in Iterate(ev, b)) s.Add(x);
                return s;
        }
        return Binary(ev, op, a, b);
    }
}
