using System.Text;
using TorchScriptSharp.Ops;
using TorchScriptSharp.Runtime;
using TorchScriptSharp.Serialization;
using TorchScriptSharp.Types;
using TorchSharp;

namespace TorchScriptSharp.Eager.Torch;

/// Calls an operator from Python values, as PyTorch's Python bindings do: the overloads of `aten::X`
/// are tried in registration order and the first whose schema accepts the values (positional then
/// keyword, defaults filled in, Python ints widened to float/Scalar, sequences to int[], None for
/// optionals, dtypes as ints) runs its kernel. Results come back as Python values.
static class OpDispatch
{
    public static bool Exists(string name) => OperatorRegistry.Lookup(name).Count > 0;

    /// `torch.X(...)` (isMethod false) or `tensor.X(...)` with the tensor first (isMethod true).
    public static object? Call(Interpreter ev, string qualifiedName, CallArgs args, bool isMethod)
    {
        if (Tracing.TracingState.Current != null)
        {
            if (TracedCells.TryRun(ev, qualifiedName, args, out var decomposed)) return decomposed;
        }
        var ops = OperatorRegistry.Lookup(qualifiedName);
        bool anyWithoutKernel = false;
        // a 0-dim tensor binds to a Scalar parameter only when no overload takes it as a Tensor
        foreach (bool tensorsAsScalars in new[] { false, true })
            foreach (var op in ops)
            {
                if (op.Kernel == null) { anyWithoutKernel |= !op.HasKernel || op.NodeKernel != null; continue; }
                if (op.Schema.Arguments.Any(a => a.Alias?.IsWrite == true && a.KwargOnly)) continue; // `out=` overloads
                var given = new object?[op.Schema.Arguments.Count];
                var values = TryBind(op.Schema, args, isMethod, given, tensorsAsScalars);
                if (values == null) continue;
                return Run(op, values, given);
            }
        var shown = string.Join("\n", ops.Where(o => !o.Schema.Arguments.Any(a => a.KwargOnly && a.Alias?.IsWrite == true)).Select(o => " * " + o.Schema));
        var got = string.Join(", ", args.Positional.Select(Describe).Concat(args.Keywords.Select(k => $"{k.Key}={Describe(k.Value)}")));
        var name = qualifiedName[(qualifiedName.IndexOf("::", StringComparison.Ordinal) + 2)..];
        throw Interpreter.TypeError($"{name}() received an invalid combination of arguments - got ({got}), but expected one of:\n{shown}"
            + (anyWithoutKernel ? "\n(some overloads have no kernel in this runtime yet)" : ""));
    }

    static string Describe(object? v) => v switch
    {
        torch.Tensor => "Tensor",
        PyTuple t => "tuple of " + string.Join(", ", t.Select(Describe).Distinct()),
        PyList l => "list of " + string.Join(", ", l.Select(Describe).Distinct()),
        _ => PyOps.TypeOf(v).Name,
    };

    static object? Run(Operator op, IValue[] values, object?[] given)
    {
        var stack = new Runtime.Stack();
        foreach (var v in values) stack.Push(v);
        op.Kernel!(stack);
        int n = op.Schema.IsVarret ? stack.Count : op.Schema.Returns.Count;
        if (Tracing.TracingState.Current is { } trace)
            trace.RecordOperator(op.Schema, given, values, Enumerable.Range(0, n).Select(i => stack.Peek(n - 1 - i)).ToList());
        if (n == 0) return null;
        if (n == 1) return FromIValue(stack.Pop());
        var results = stack.PopN(n);
        return new PyTuple(results.Select(FromIValue).ToArray());
    }

    public static object? FromIValue(IValue v) => v.Tag switch
    {
        IValueTag.List => new PyList(v.ToList().Items.Select(FromIValue)),
        IValueTag.Tuple => new PyTuple(v.ToTuple().Elements.Select(FromIValue).ToArray()),
        _ => ValueConversion.ToDotNet(v),
    };

    /// <param name="given">Receives the Python value bound to each argument, or TracingState.Defaulted.</param>
    static IValue[]? TryBind(FunctionSchema schema, CallArgs args, bool isMethod, object?[] given, bool tensorsAsScalars)
    {
        Array.Fill(given, Tracing.TracingState.Defaulted);
        var formals = schema.Arguments;
        if (isMethod && (formals.Count == 0 || formals[0].Type != TorchType.Tensor)) return null;
        var positionalFormals = formals.Where(f => !f.KwargOnly).ToList();
        var positional = PackVarargsIntList(positionalFormals, args.Positional, isMethod ? 1 : 0);
        if (positional.Count > positionalFormals.Count) return null;
        var values = new IValue[formals.Count];
        var bound = new bool[formals.Count];
        for (int i = 0; i < positional.Count; i++)
        {
            var v = Convert(positional[i], positionalFormals[i], tensorsAsScalars);
            if (v == null) return null;
            int at = i; // keyword-only formals follow the positional ones
            values[at] = v.Value;
            given[at] = positional[i];
            bound[at] = true;
        }
        foreach (var (key, value) in args.Keywords)
        {
            var name = key == "input" && formals.Count > 0 && formals[0].Name == "self" ? "self" : key;
            int at = -1;
            for (int i = 0; i < formals.Count; i++) if (formals[i].Name == name) { at = i; break; }
            if (at < 0 || bound[at]) return null;
            var v = Convert(value, formals[at], tensorsAsScalars);
            if (v == null) return null;
            values[at] = v.Value;
            given[at] = value;
            bound[at] = true;
        }
        for (int i = 0; i < formals.Count; i++)
        {
            if (bound[i]) continue;
            if (!formals[i].HasDefault) return null;
            values[i] = formals[i].Default;
        }
        return values;
    }

    /// `x.view(2, 3)` / `torch.zeros(2, 3)`: when an int[] is the only positional parameter, ints
    /// given separately are packed into it (PyTorch's varargs int lists).
    static IReadOnlyList<object?> PackVarargsIntList(List<Argument> positionalFormals, IReadOnlyList<object?> given, int skip)
    {
        if (positionalFormals.Count - skip != 1 || given.Count <= skip) return given;
        var t = positionalFormals[skip].Type;
        if (t is OptionalType o) t = o.Element;
        if (t is not ListType { Element: var e } || e != TorchType.Int) return given;
        var rest = given.Skip(skip).ToList();
        if (rest.Count == 1 && rest[0] is not long) return given;
        if (!rest.All(x => x is long || x is torch.Tensor t && IsIntegerScalar(t))) return given;
        return given.Take(skip).Append(new PyList(rest)).ToList();
    }

    static IValue? Convert(object? v, Argument formal, bool tensorsAsScalars) => Convert(v, formal.Type, formal.FixedSize, tensorsAsScalars);

    static IValue? Convert(object? v, TorchType type, int? fixedSize = null, bool tensorsAsScalars = false)
    {
        if (type is OptionalType opt) return v == null ? (IValue?)IValue.None : Convert(v, opt.Element, fixedSize, tensorsAsScalars);
        if (v == null) return type == TorchType.None || type == TorchType.Any ? IValue.None : (IValue?)null;
        if (type == TorchType.Tensor) return v is torch.Tensor t ? IValue.FromTensor(t) : (IValue?)null;
        if (type == TorchType.Int)
            return v switch
            {
                long l => (IValue?)IValue.FromInt(l),
                torch.ScalarType st => IValue.FromInt((long)st),
                torch.Tensor t when IsIntegerScalar(t) => IValue.FromInt(t.item<long>()),
                _ => null,
            };
        if (type == TorchType.Float) return v is long or double ? IValue.FromDouble(PyConvert.ToDouble(v)) : (IValue?)null;
        if (type == TorchType.Bool) return v is bool b ? IValue.FromBool(b) : (IValue?)null;
        if (type == TorchType.Number)
            return v switch
            {
                long l => (IValue?)IValue.FromInt(l),
                double d => IValue.FromDouble(d),
                bool b => IValue.FromBool(b),
                System.Numerics.Complex c => IValue.FromComplex(c),
                torch.Tensor t when tensorsAsScalars && t.dim() == 0 => ScalarOf(t), // as PyTorch's bindings accept a 0-dim tensor for a Scalar
                _ => null,
            };
        if (type == TorchType.Complex) return PyConvert.IsNumber(v) && v is not bool ? IValue.FromComplex(PyConvert.ToComplex(v)) : (IValue?)null;
        if (type == TorchType.Str_) return v is string s ? IValue.FromString(s) : (IValue?)null;
        if (type == TorchType.Device)
            return v switch
            {
                TorchDevice d => (IValue?)IValue.FromDevice(new torch.Device(d.ToString())),
                string s => IValue.FromDevice(new torch.Device(s)),
                _ => null,
            };
        if (type is ListType list)
        {
            if (v is not (PyList or PyTuple))
            {
                // int[2] accepts a single int (broadcast), as PyTorch's BroadcastingList does.
                if (fixedSize is int n && Convert(v, list.Element) is IValue one && v is not PyList)
                    return IValue.FromList(new ScriptList(list.Element, Enumerable.Repeat(one, n).ToList()));
                return null;
            }
            var items = new List<IValue>();
            foreach (var x in (IEnumerable<object?>)v)
            {
                var c = Convert(x, list.Element);
                if (c == null) return null;
                items.Add(c.Value);
            }
            return IValue.FromList(new ScriptList(list.Element, items));
        }
        if (type == TorchType.Any || type is TypeVariable)
        {
            try { return ValueConversion.ToIValue(v); } catch (ArgumentException) { return null; }
        }
        if (type == TorchType.Generator) return null;
        return null;
    }

    static IValue ScalarOf(torch.Tensor t) =>
        t.dtype == torch.ScalarType.Bool ? IValue.FromBool(t.item<bool>())
        : t.is_floating_point() ? IValue.FromDouble(t.to_type(torch.ScalarType.Float64).item<double>())
        : t.is_complex() ? IValue.FromComplex(t.to_type(torch.ScalarType.ComplexFloat64).item<System.Numerics.Complex>())
        : IValue.FromInt(t.to_type(torch.ScalarType.Int64).item<long>());

    /// A 0-dim integer tensor stands for an int (Python's `__index__`; traced sizes are such tensors).
    static bool IsIntegerScalar(torch.Tensor t) => t.dim() == 0 && !t.is_floating_point() && !t.is_complex() && t.dtype != torch.ScalarType.Bool;

    public static string Signatures(string qualifiedName)
    {
        var sb = new StringBuilder();
        foreach (var op in OperatorRegistry.Lookup(qualifiedName)) sb.AppendLine(op.Schema.ToString());
        return sb.ToString();
    }
}
