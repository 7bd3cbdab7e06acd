using System.Globalization;
using TorchSharp;

namespace TorchScriptSharp.Runtime;

public enum IValueTag : byte
{
    None, Tensor, Int, Double, Bool, String, List, Tuple, Dict, Device, Complex, Object, Function, Uninitialized, Generic,
    /// An enum member (<see cref="ScriptEnumValue"/>), canonical per (enum, name) so `is` and `==` agree.
    Enum,
}

/// A TorchScript runtime value. A struct so ints, floats and bools are never boxed: scalars live in
/// the 64-bit payload, everything else in the reference field.
public readonly struct IValue : IEquatable<IValue>
{
    readonly long _bits;
    readonly object? _ref;
    public IValueTag Tag { get; }

    IValue(IValueTag tag, long bits, object? reference) { Tag = tag; _bits = bits; _ref = reference; }

    public static readonly IValue None = default;
    public static readonly IValue Uninitialized = new(IValueTag.Uninitialized, 0, null);
    public static IValue FromInt(long v) => new(IValueTag.Int, v, null);
    public static IValue FromDouble(double v) => new(IValueTag.Double, BitConverter.DoubleToInt64Bits(v), null);
    public static IValue FromBool(bool v) => new(IValueTag.Bool, v ? 1 : 0, null);
    public static IValue FromString(string v) => new(IValueTag.String, 0, v);
    public static IValue FromTensor(torch.Tensor v) => new(IValueTag.Tensor, 0, v);
    public static IValue FromList(ScriptList v) => new(IValueTag.List, 0, v);
    public static IValue FromTuple(ScriptTuple v) => new(IValueTag.Tuple, 0, v);
    public static IValue FromDict(ScriptDict v) => new(IValueTag.Dict, 0, v);
    public static IValue FromDevice(torch.Device v) => new(IValueTag.Device, 0, v);
    public static IValue FromComplex(System.Numerics.Complex v) => new(IValueTag.Complex, 0, v);
    public static IValue FromObject(object v) => new(IValueTag.Object, 0, v);
    public static IValue FromFunction(object v) => new(IValueTag.Function, 0, v);
    /// Enum members always get the Enum tag, whichever constructor made them.
    public static IValue FromGeneric(object v) => v is ScriptEnumValue e ? FromEnum(e) : new(IValueTag.Generic, 0, v);
    public static IValue FromEnum(ScriptEnumValue v) => new(IValueTag.Enum, 0, ScriptEnumValue.Canonical(v));

    public bool IsNone => Tag == IValueTag.None;
    public bool IsTensor => Tag == IValueTag.Tensor;
    public bool IsInt => Tag == IValueTag.Int;
    public bool IsDouble => Tag == IValueTag.Double;
    public bool IsBool => Tag == IValueTag.Bool;
    public bool IsString => Tag == IValueTag.String;
    public bool IsList => Tag == IValueTag.List;
    public bool IsTuple => Tag == IValueTag.Tuple;
    public bool IsDict => Tag == IValueTag.Dict;
    public bool IsObject => Tag == IValueTag.Object;
    public bool IsEnum => Tag == IValueTag.Enum;
    /// int or float (PyTorch's Scalar/number); bools are not numbers in TorchScript.
    public bool IsNumber => Tag is IValueTag.Int or IValueTag.Double or IValueTag.Complex;

    public long ToInt() => Tag switch
    {
        IValueTag.Int => _bits,
        IValueTag.Bool => _bits,
        _ => throw WrongTag("int"),
    };

    public double ToDouble() => Tag switch
    {
        IValueTag.Double => BitConverter.Int64BitsToDouble(_bits),
        IValueTag.Int => _bits,
        IValueTag.Bool => _bits,
        _ => throw WrongTag("float"),
    };

    public bool ToBool() => Tag == IValueTag.Bool ? _bits != 0 : throw WrongTag("bool");
    public string ToStr() => Tag == IValueTag.String ? (string)_ref! : throw WrongTag("str");
    public torch.Tensor ToTensor() => Tag == IValueTag.Tensor ? (torch.Tensor)_ref! : throw WrongTag("Tensor");
    public ScriptList ToList() => Tag == IValueTag.List ? (ScriptList)_ref! : throw WrongTag("List");
    public ScriptTuple ToTuple() => Tag == IValueTag.Tuple ? (ScriptTuple)_ref! : throw WrongTag("Tuple");
    public ScriptDict ToDict() => Tag == IValueTag.Dict ? (ScriptDict)_ref! : throw WrongTag("Dict");
    public ScriptObject ToObject() => Tag == IValueTag.Object && _ref is ScriptObject o ? o : throw WrongTag("object");
    public ScriptEnumValue ToEnum() => Tag == IValueTag.Enum ? (ScriptEnumValue)_ref! : throw WrongTag("Enum");
    public torch.Device ToDevice() => Tag == IValueTag.Device ? (torch.Device)_ref! : throw WrongTag("Device");
    public System.Numerics.Complex ToComplex() => Tag switch
    {
        IValueTag.Complex => (System.Numerics.Complex)_ref!,
        IValueTag.Int or IValueTag.Double => ToDouble(),
        _ => throw WrongTag("complex"),
    };
    /// The reference payload (objects, functions, generic values).
    public object? Reference => _ref;

    InvalidOperationException WrongTag(string expected) => new($"expected a value of type {expected} but got {Tag}");

    /// Python's `str()` of the value, as TorchScript's print and str() show it.
    public override string ToString() => IValuePrinter.Str(this);

    /// Python `==` for immutable values; identity for tensors and containers (as `is`).
    public bool Equals(IValue other)
    {
        if (Tag != other.Tag)
        {
            if (IsNumber && other.IsNumber && Tag != IValueTag.Complex && other.Tag != IValueTag.Complex)
                return ToDouble() == other.ToDouble();
            return false;
        }
        return Tag switch
        {
            IValueTag.None or IValueTag.Uninitialized => true,
            IValueTag.Int or IValueTag.Bool => _bits == other._bits,
            IValueTag.Double => ToDouble() == other.ToDouble(),
            IValueTag.String => (string)_ref! == (string)other._ref!,
            IValueTag.Device => _ref!.ToString() == other._ref!.ToString(),
            IValueTag.Complex => ToComplex() == other.ToComplex(),
            _ => ReferenceEquals(_ref, other._ref),
        };
    }

    public override bool Equals(object? obj) => obj is IValue v && Equals(v);

    public override int GetHashCode() => Tag switch
    {
        IValueTag.Int or IValueTag.Bool => _bits.GetHashCode(),
        IValueTag.Double => ToDouble().GetHashCode(),
        IValueTag.String or IValueTag.Complex => _ref!.GetHashCode(),
        IValueTag.Device => _ref!.ToString()!.GetHashCode(),
        IValueTag.None => 0,
        _ => System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(_ref),
    };

    public static implicit operator IValue(long v) => FromInt(v);
    public static implicit operator IValue(double v) => FromDouble(v);
    public static implicit operator IValue(bool v) => FromBool(v);
    public static implicit operator IValue(string v) => FromString(v);
    public static implicit operator IValue(torch.Tensor v) => FromTensor(v);
}
