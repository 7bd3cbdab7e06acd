using TorchScriptSharp.Serialization;
using TorchScriptSharp.Syntax.Ast;
using TorchSharp;

namespace TorchScriptSharp.Eager;

static partial class PyOps
{
    public static object? Compare(Interpreter ev, CompareOperator op, object? a, object? b)
    {
        switch (op)
        {
            case CompareOperator.Is: return Identical(a, b);
            case CompareOperator.IsNot: return !Identical(a, b);
            case CompareOperator.In: return Contains(ev, b, a);
            case CompareOperator.NotIn: return !Contains(ev, b, a);
            case CompareOperator.Eq: return Equal(ev, a, b);
            case CompareOperator.NotEq:
                if (a is torch.Tensor || b is torch.Tensor) return Torch.TensorOperators.Compare(ev, op, a, b);
                if (a is PyInstance && TryCallDunder(ev, a, "__ne__", out var ne, b) && ne is not PyNotImplemented) return ne;
                return !Truthy(ev, Equal(ev, a, b));
        }
        if (a is torch.Tensor || b is torch.Tensor) return Torch.TensorOperators.Compare(ev, op, a, b);
        if (a is PyInstance || b is PyInstance)
        {
            var (name, reflected) = op switch
            {
                CompareOperator.Lt => ("__lt__", "__gt__"), CompareOperator.LtE => ("__le__", "__ge__"),
                CompareOperator.Gt => ("__gt__", "__lt__"), _ => ("__ge__", "__le__"),
            };
            if (TryCallDunder(ev, a, name, out var r, b) && r is not PyNotImplemented) return r;
            if (TryCallDunder(ev, b, reflected, out r, a) && r is not PyNotImplemented) return r;
            throw NotOrderable(op, a, b);
        }
        int c = Order(ev, op, a, b);
        return op switch
        {
            CompareOperator.Lt => c < 0, CompareOperator.LtE => c <= 0, CompareOperator.Gt => c > 0, _ => c >= 0,
        };
    }

    /// `is`: identity for objects; immutable values (numbers of one type, strings, dtypes) by value,
    /// which is what the CPython idioms `x is True` and `dtype is torch.float32` rely on.
    static bool Identical(object? a, object? b)
    {
        if (ReferenceEquals(a, b)) return true;
        if (a is null || b is null) return false;
        if (a.GetType() != b.GetType()) return false;
        return a is bool or long or double or string or torch.ScalarType or TorchDevice && a.Equals(b);
    }

    static PythonException NotOrderable(CompareOperator op, object? a, object? b) =>
        Interpreter.TypeError($"'{op.ToPython()}' not supported between instances of '{TypeOf(a).Name}' and '{TypeOf(b).Name}'");

    /// Three-way comparison of orderable builtin values (numbers, strings, lists, tuples).
    public static int Order(Interpreter ev, CompareOperator op, object? a, object? b)
    {
        if (IsNumber(a) && IsNumber(b) && a is not System.Numerics.Complex && b is not System.Numerics.Complex)
        {
            if (a is double || b is double)
            {
                double x = PyConvert.ToDouble(a), y = PyConvert.ToDouble(b);
                if (double.IsNaN(x) || double.IsNaN(y)) return op is CompareOperator.Lt or CompareOperator.LtE ? 1 : -1; // NaN: every comparison false
                return x.CompareTo(y);
            }
            return ToLong(a).CompareTo(ToLong(b));
        }
        if (a is string s && b is string t) return Math.Sign(string.CompareOrdinal(s, t));
        if (a is PyList or PyTuple && b is PyList or PyTuple && a.GetType() == b.GetType())
        {
            var x = (IReadOnlyList<object?>)a; var y = (IReadOnlyList<object?>)b;
            for (int i = 0; i < Math.Min(x.Count, y.Count); i++)
            {
                if (EqualsBool(ev, x[i], y[i])) continue;
                return Truthy(ev, Compare(ev, CompareOperator.Lt, x[i], y[i])) ? -1 : 1;
            }
            return x.Count.CompareTo(y.Count);
        }
        if (a is PySet sa && b is PySet sb)
        {
            bool sub = sa.All(sb.Contains), sup = sb.All(sa.Contains);
            return sub && sup ? 0 : sub ? -1 : sup ? 1 : (op is CompareOperator.Lt or CompareOperator.LtE ? 1 : -1);
        }
        throw NotOrderable(op, a, b);
    }
}
