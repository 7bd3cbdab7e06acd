using TorchScriptSharp.Runtime;
using TorchScriptSharp.Types;
using static TorchScriptSharp.Tests.Ops.OpRunner;

namespace TorchScriptSharp.Tests.Ops;

/// Expected values follow Python/TorchScript semantics (checked against PyTorch 1.13 by hand).
public class ScalarKernelTests
{
    [Theory]
    [InlineData(7, 2, 3, 1)]
    [InlineData(-7, 2, -4, 1)]
    [InlineData(7, -2, -4, -1)]
    [InlineData(-7, -2, 3, -1)]
    public void FloorDivisionAndModuloFollowTheDivisorsSign(long a, long b, long div, long mod)
    {
        Assert.Equal(div, Run("aten::floordiv.int", a, b).ToInt());
        Assert.Equal(mod, Run("aten::remainder.int", a, b).ToInt());
        Assert.Equal(a, div * b + mod); // Python's invariant
    }

    [Fact]
    public void FloatFloorDivisionAndModulo()
    {
        Assert.Equal(-4.0, Run("aten::floordiv.float", 7.5, -2.0).ToDouble());
        Assert.Equal(-0.5, Run("aten::remainder.float", 7.5, -2.0).ToDouble());
        Assert.Equal(0.5, Run("aten::remainder.float", -7.5, 2.0).ToDouble());
        Assert.True(double.IsNaN(Run("aten::remainder.float", 7.0, 0.0).ToDouble()));
        Assert.Equal(double.PositiveInfinity, Run("aten::floordiv.float", 7.0, 0.0).ToDouble());
    }

    [Fact]
    public void TrueDivisionAndPowerGiveFloats()
    {
        var q = Run("aten::div.int", 7L, 2L);
        Assert.True(q.IsDouble);
        Assert.Equal(3.5, q.ToDouble());
        Assert.Equal(double.PositiveInfinity, Run("aten::div.int", 7L, 0L).ToDouble()); // no ZeroDivisionError
        var p = Run("aten::pow.int", 2L, 10L);
        Assert.True(p.IsDouble);
        Assert.Equal(1024.0, p.ToDouble());
        Assert.Equal(0.25, Run("aten::pow.int", 2L, -2L).ToDouble());
        Assert.Contains("negative power", Fails("aten::pow.int", 0L, -1L).Message);
        Assert.Equal("division by 0", Fails("aten::floordiv.int", 1L, 0L).Message);
    }

    [Fact]
    public void UntypedScalarOverloadsKeepIntsIntegral()
    {
        Assert.True(Run("aten::add", 2L, 3L).IsInt);
        Assert.Equal(5.5, Run("aten::add", 2L, 3.5).ToDouble());
        Assert.Equal(-4L, Run("aten::floordiv", 7L, -2L).ToInt());
        Assert.Equal(2.5, Run("aten::mul.int_float", 1L, 2.5).ToDouble());
        Assert.True(Run("aten::lt.int_float", 1L, 1.5).ToBool());
        Assert.Equal(3L, Run("prim::max.int", 3L, -1L).ToInt());
    }

    [Fact]
    public void ShiftsAndConversionsMatchCpp()
    {
        Assert.Equal(64L, Run("aten::__lshift__.int", 1L, 70L).ToInt()); // x86 masks the count to 6 bits
        Assert.Equal(-4L, Run("aten::__rshift__.int", -8L, 1L).ToInt());
        Assert.Equal(long.MinValue, Run("aten::Int.float", double.PositiveInfinity).ToInt());
        Assert.Equal(-2L, Run("aten::Int.float", -2.7).ToInt());
        Assert.Equal(2L, Run("aten::floor.float", 2.7).ToInt());
        Assert.Equal(2.0, Run("aten::round.float", 2.5).ToDouble()); // half to even
        Assert.Equal(12L, Run("aten::Int.str", "12").ToInt());
        Assert.Equal("invalid literal for int() with base 10: '12x'", Fails("aten::Int.str", "12x").Message);
        Assert.Equal("stod", Fails("aten::Float.str", "abc").Message);
    }

    static IValue IntList(params long[] xs) => IValue.FromList(new ScriptList(TorchType.Int, xs.Select(x => IValue.FromInt(x)).ToList()));

    static long[] Ints(IValue v) => v.ToList().Items.Select(x => x.ToInt()).ToArray();

    [Fact]
    public void ListIndexingAndErrors()
    {
        var l = IntList(1, 2, 3);
        Assert.Equal(3L, Run("aten::__getitem__.t", l, -1L).ToInt());
        Assert.Equal("list index out of range", Fails("aten::__getitem__.t", l, 3L).Message);
        Assert.Equal("list index out of range", Fails("aten::__getitem__.t", l, -4L).Message);
        var same = Run("aten::append.t", l, 4L);
        Assert.Same(l.ToList(), same.ToList()); // append returns the same list
        Assert.Equal(new long[] { 1, 2, 3, 4 }, Ints(l));
        Run("aten::_set_item.t", l, -1L, 9L);
        Assert.Equal(9L, l.ToList()[3].ToInt());
        Assert.Equal(new long[] { 9, 2 }, Ints(Run("aten::slice.t", l, IValue.None, IValue.None, -2L)));
        Assert.Equal(new long[] { 2, 3 }, Ints(Run("aten::slice.t", l, 1L, -1L, 1L)));
        Assert.Empty(Ints(Run("aten::slice.t", l, 10L, IValue.None, 1L)));
        Assert.Equal(9L, Run("aten::pop.t", l, -1L).ToInt());
        Assert.Equal("pop from empty list", Fails("aten::pop.t", IntList(), -1L).Message);
        Assert.Equal(new long[] { 1, 2, 3, 1, 2, 3 }, Ints(Run("aten::mul.left_t", IntList(1, 2, 3), 2L)));
        Assert.Equal(new long[] { 1, 2, 3 }, Ints(Run("aten::sorted.int", IntList(3, 1, 2))));
        Assert.Equal(3L, Run("aten::__range_length", 0L, 10L, 4L).ToInt());
        Assert.Equal(0L, Run("aten::__range_length", 10L, 0L, 1L).ToInt());
        Assert.Equal(4L, Run("aten::__range_length", 10L, 0L, -3L).ToInt());
        Assert.Equal("max() arg is an empty sequence", Fails("prim::max.self_int", IntList()).Message);
    }

    [Fact]
    public void DictsAndStrings()
    {
        var d = new ScriptDict(TorchType.Str_, TorchType.Int);
        Assert.Equal(0L, Run("aten::len.Dict_str", IValue.FromDict(d)).ToInt());
        RunAll("aten::_set_item.str", IValue.FromDict(d), "a", 1L);
        Assert.Equal(1L, Run("aten::__getitem__.Dict_str", IValue.FromDict(d), "a").ToInt());
        Assert.Equal("KeyError: x", Fails("aten::__getitem__.Dict_str", IValue.FromDict(d), "x").Message);
        Assert.True(Run("aten::get.str", IValue.FromDict(d), "x").IsNone);
        Assert.Equal(7L, Run("aten::get.default_str", IValue.FromDict(d), "x", 7L).ToInt());
        Assert.Equal("[('a', 1)]", IValuePrinter.Repr(Run("aten::items.str", IValue.FromDict(d))));

        Assert.Equal("c", Run("aten::__getitem__.str", "abc", -1L).ToStr());
        Assert.Equal("bdf", Run("aten::slice.str", "abcdefg", 1L, 10L, 2L).ToStr());
        Assert.Equal("1. [1., 2.5] x", StringFormat("{} {} {}", 1.0, IValue.FromList(new ScriptList(TorchType.Float, new List<IValue> { 1.0, 2.5 })), "x"));
        Assert.Equal(4L, Run("aten::find", "  a b  ", "b", 0L, -1L).ToInt());
        Assert.Equal("['a', 'b', '', 'c']", IValuePrinter.Repr(Run("aten::split.str", "a,b,,c", ",", -1L)));
        Assert.Equal("['a', 'b']", IValuePrinter.Repr(Run("aten::split.str", "  a b  ", IValue.None, -1L)));
        Assert.Equal("-0xff", Run("aten::hex", -255L).ToStr());
    }

    static string StringFormat(string fmt, params IValue[] args) =>
        TorchScriptSharp.Ops.Kernels.StringKernels.Format(new IValue[] { fmt }.Concat(args).ToArray());
}
