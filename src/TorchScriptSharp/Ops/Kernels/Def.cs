using System.Runtime.CompilerServices;
using TorchScriptSharp.Runtime;
using TorchScriptSharp.Types;
using TorchSharp;
using static TorchSharp.torch;

namespace TorchScriptSharp.Ops.Kernels;

/// The small vocabulary kernels are written in: `Def.Op("aten::add.int", (long a, long b) => a + b)`
/// binds a typed C# function to an operator; arguments are converted from IValues by their C# type
/// and the result is pushed back as an IValue. `Def.Raw` binds a stack-level kernel for ops with
/// several returns or unusual calling conventions.
///
/// C# parameter types and the schema types they accept:
///   long (int, SymInt, ScalarType codes), double (float; an int is widened), bool, string (str),
///   Tensor, Scalar (Scalar/number; int stays integral), IValue (anything, incl. None),
///   long? / double? / bool? / ScalarType? / Tensor / string / long[] (for `T?`: None is null),
///   long[] / double[] / bool[] / Tensor[] / string[] (lists, copied), ScriptList / ScriptDict /
///   ScriptTuple (by reference, for mutation), Device (accepts None as null).
/// The conversions branch on typeof(T), which the JIT folds away for value types.
internal static partial class Def
{
    public static void Raw(string name, Kernel kernel) => OperatorRegistry.Register(name, kernel);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static T Arg<T>(IValue v)
    {
        if (typeof(T) == typeof(long)) return (T)(object)v.ToInt();
        if (typeof(T) == typeof(double)) return (T)(object)v.ToDouble();
        if (typeof(T) == typeof(bool)) return (T)(object)v.ToBool();
        if (typeof(T) == typeof(IValue)) return (T)(object)v;
        if (typeof(T) == typeof(long?)) return v.IsNone ? default! : (T)(object)(long?)v.ToInt();
        if (typeof(T) == typeof(double?)) return v.IsNone ? default! : (T)(object)(double?)v.ToDouble();
        if (typeof(T) == typeof(bool?)) return v.IsNone ? default! : (T)(object)(bool?)v.ToBool();
        if (typeof(T) == typeof(ScalarType)) return (T)(object)(ScalarType)v.ToInt();
        if (typeof(T) == typeof(ScalarType?)) return v.IsNone ? default! : (T)(object)(ScalarType?)(ScalarType)v.ToInt();
        return ArgRef<T>(v);
    }

    static T ArgRef<T>(IValue v)
    {
        if (v.IsNone) return default!;
        if (typeof(T) == typeof(Tensor)) return (T)(object)v.ToTensor();
        if (typeof(T) == typeof(string)) return (T)(object)v.ToStr();
        if (typeof(T) == typeof(Scalar)) return (T)(object)ToScalar(v);
        if (typeof(T) == typeof(ScriptList)) return (T)(object)v.ToList();
        if (typeof(T) == typeof(ScriptDict)) return (T)(object)v.ToDict();
        if (typeof(T) == typeof(ScriptTuple)) return (T)(object)v.ToTuple();
        if (typeof(T) == typeof(Device)) return (T)(object)v.ToDevice();
        if (typeof(T) == typeof(long[])) return (T)(object)v.ToList().Items.Select(x => x.ToInt()).ToArray();
        if (typeof(T) == typeof(double[])) return (T)(object)v.ToList().Items.Select(x => x.ToDouble()).ToArray();
        if (typeof(T) == typeof(bool[])) return (T)(object)v.ToList().Items.Select(x => x.ToBool()).ToArray();
        if (typeof(T) == typeof(string[])) return (T)(object)v.ToList().Items.Select(x => x.ToStr()).ToArray();
        if (typeof(T) == typeof(Tensor[])) return (T)(object)v.ToList().Items.Select(x => x.ToTensor()).ToArray();
        if (typeof(T) == typeof(object)) return (T)v.Reference!;
        throw new NotSupportedException($"kernel argument type {typeof(T).Name}");
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static IValue Ret<T>(T r)
    {
        if (typeof(T) == typeof(long)) return IValue.FromInt((long)(object)r!);
        if (typeof(T) == typeof(double)) return IValue.FromDouble((double)(object)r!);
        if (typeof(T) == typeof(bool)) return IValue.FromBool((bool)(object)r!);
        if (typeof(T) == typeof(IValue)) return (IValue)(object)r!;
        return RetRef(r);
    }

    static IValue RetRef<T>(T r)
    {
        switch (r)
        {
            case null: return IValue.None;
            case Tensor t: return IValue.FromTensor(t);
            case string s: return IValue.FromString(s);
            case ScriptList l: return IValue.FromList(l);
            case ScriptTuple t: return IValue.FromTuple(t);
            case ScriptDict d: return IValue.FromDict(d);
            case Device d: return IValue.FromDevice(d);
            case long[] a: return IValue.FromList(IntList(a));
            case double[] a: return IValue.FromList(new ScriptList(TorchType.Float, a.Select(x => IValue.FromDouble(x)).ToList()));
            case bool[] a: return IValue.FromList(new ScriptList(TorchType.Bool, a.Select(x => IValue.FromBool(x)).ToList()));
            case string[] a: return IValue.FromList(new ScriptList(TorchType.Str_, a.Select(x => IValue.FromString(x)).ToList()));
            case Tensor[] a: return IValue.FromList(new ScriptList(TorchType.Tensor, a.Select(x => IValue.FromTensor(x)).ToList()));
            case long l: return IValue.FromInt(l);
            case double d: return IValue.FromDouble(d);
            case bool b: return IValue.FromBool(b);
        }
        throw new NotSupportedException($"kernel result type {typeof(T).Name}");
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    static void Release<T>(T value)
    {
        // TorchSharp scalars own a native handle; free it now rather than at finalization.
        if (typeof(T) == typeof(Scalar)) ((Scalar?)(object?)value)?.Dispose();
    }

    public static ScriptList IntList(IEnumerable<long> items) => new(TorchType.Int, items.Select(x => IValue.FromInt(x)).ToList());

    /// A TorchScript number as a TorchSharp scalar that keeps its kind: ints stay integral so
    /// `int_tensor + 1` stays int64, floats are doubles, bools are bools.
    public static Scalar ToScalar(IValue v) => v.Tag switch
    {
        IValueTag.Int => v.ToInt(),
        IValueTag.Double => v.ToDouble(),
        IValueTag.Bool => v.ToBool(),
        IValueTag.Complex => v.ToComplex(),
        _ => throw new InvalidOperationException($"expected a number but got {v.Tag}"),
    };
}
