using TorchScriptSharp.Runtime;
using TorchScriptSharp.Types;
using static TorchScriptSharp.Ops.Kernels.Def;

namespace TorchScriptSharp.Ops.Kernels;

/// List methods and builtins (register_prim_ops.cpp listXxx). Lists are shared by reference, so
/// mutating ops change the list in place; ops that "return self" push the same ScriptList.
internal static class ListKernels
{
    public static void Register()
    {
        Op("aten::__getitem__.t", (ScriptList l, long i) => l[NormalizeIndex(l.Count, i)]);
        Op("aten::_set_item.t", (ScriptList l, long i, IValue el) => { l[NormalizeIndex(l.Count, i)] = el; return l; });
        Op("aten::append.t", (ScriptList l, IValue el) => { l.Items.Add(el); return l; });
        Void("aten::extend.t", (ScriptList l, ScriptList other) => l.Items.AddRange(other.Items.ToList()));
        Void("aten::insert.t", (ScriptList l, long i, IValue el) => l.Items.Insert(ClampInsert(l.Count, i), el));
        Op("aten::pop.t", (ScriptList l, long i) => Pop(l, i));
        Void("aten::clear.t", (ScriptList l) => l.Items.Clear());
        Void("aten::reverse.t", (ScriptList l) => l.Items.Reverse());
        Op("aten::len.t", (ScriptList l) => (long)l.Count);
        Op("aten::len.any", (ScriptList l) => (long)l.Count);
        Op("aten::list.t", (ScriptList l) => Copy(l));
        Op("aten::copy.t", (ScriptList l) => Copy(l));
        Op("aten::add.t", (ScriptList a, ScriptList b) => new ScriptList(a.ElementType, a.Items.Concat(b.Items).ToList()));
        Op("aten::add_.t", (ScriptList a, ScriptList b) => { a.Items.AddRange(b.Items.ToList()); return a; });
        Op("aten::mul.left_t", (ScriptList l, long n) => Repeat(l, n));
        Op("aten::mul.right_", (long n, ScriptList l) => Repeat(l, n));
        Op("aten::mul_.t", (ScriptList l, long n) =>
        {
            var copy = l.Items.ToList();
            l.Items.Clear();
            for (long k = 0; k < n; k++) l.Items.AddRange(copy);
            return l;
        });
        Op("aten::slice.t", (ScriptList l, long? start, long? end, long step) =>
            new ScriptList(l.ElementType, Slice(l.Count, start, end, step).Select(i => l[i]).ToList()));

        foreach (var kind in new[] { "int", "float", "bool", "str" })
        {
            Op($"aten::count.{kind}", (ScriptList l, IValue el) => (long)l.Items.Count(x => x.Equals(el)));
            Op($"aten::index.list_{kind}", (ScriptList l, IValue el) => IndexOf(l, el));
            Void($"aten::remove.{kind}", (ScriptList l, IValue el) => Remove(l, el));
            Void($"aten::sort.{kind}", (ScriptList l, bool reverse) => Sort(l, reverse));
            Op($"aten::sorted.{kind}", (ScriptList l) => { var c = Copy(l); Sort(c, false); return c; });
        }
        foreach (var kind in new[] { "int_list", "float_list", "str_list" })
            Op($"aten::__contains__.{kind}", (ScriptList l, IValue el) => l.Items.Contains(el));

        Op("aten::sum.int", (long[] l) => l.Aggregate(0L, (a, b) => unchecked(a + b)));
        Op("aten::sum.float", (double[] l) => l.Sum());
        Op("aten::sum.bool", (bool[] l) => (long)l.Count(b => b));

        foreach (var kind in new[] { "int", "float", "bool", "str" })
            Op($"aten::any.{kind}", (ScriptList l) => l.Items.Any(Truthy));
        foreach (var kind in new[] { "int", "float", "bool" })
            Op($"aten::all.{kind}", (ScriptList l) => l.Items.All(Truthy));
        // listDelete is listPopImpl with its own message for an empty list
        Void("aten::Delete.t", (ScriptList l, long i) =>
            l.Items.RemoveAt(l.Count == 0 ? throw KernelError.Runtime("pop index out of range") : NormalizeIndex(l.Count, i)));
        Op("aten::select.t", (ScriptList l, long i) => l[NormalizeIndex(l.Count, i)]);
        Void("aten::sort.any", (ScriptList l, bool reverse) => Sort(l, reverse));
        Op("aten::sorted.any", (ScriptList l) => { var c = Copy(l); Sort(c, false); return c; });
        Void("aten::sort.Tensor", (ScriptList l, bool reverse) => Sort(l, reverse));
        Op("aten::sorted.Tensor", (ScriptList l) => { var c = Copy(l); Sort(c, false); return c; });
        Op("prim::rangelist", (long n) => IntList(Enumerable.Range(0, (int)Math.Max(0, n)).Select(i => (long)i)));

        Op("aten::__range_length", (long lo, long hi, long step) => RangeLength(lo, hi, step));
        Op("aten::__derive_index", (long index, long start, long step) => unchecked(start + index * step));
    }

    /// Python indexing: negative counts from the end; anything outside raises.
    public static int NormalizeIndex(int count, long i)
    {
        long j = i < 0 ? i + count : i;
        if (j < 0 || j >= count) throw KernelError.Index("list index out of range");
        return (int)j;
    }

    static int ClampInsert(int count, long i)
    {
        // list.insert never raises: out-of-range positions go to the ends, as in Python.
        if (i < 0) i = Math.Max(0, i + count);
        return (int)Math.Min(i, count);
    }

    static IValue Pop(ScriptList l, long i)
    {
        if (l.Count == 0) throw KernelError.Index("pop from empty list");
        int j = NormalizeIndex(l.Count, i);
        var v = l[j];
        l.Items.RemoveAt(j);
        return v;
    }

    public static ScriptList Copy(ScriptList l) => new(l.ElementType, l.Items.ToList());

    static ScriptList Repeat(ScriptList l, long n)
    {
        // PyTorch reserves size() * n as a size_t first: a negative n fails unless the list is empty.
        if (n < 0 && l.Count > 0) throw KernelError.Runtime("vector::reserve");
        var items = new List<IValue>();
        for (long k = 0; k < n; k++) items.AddRange(l.Items);
        return new ScriptList(l.ElementType, items);
    }

    /// prim::min/max of two lists (minList/maxList): the first differing element decides, otherwise
    /// the shorter (min) or longer (max) list; the chosen list itself is returned, not a copy.
    public static ScriptList MinList(ScriptList l, ScriptList r, bool max)
    {
        // PyTorch pops `a` first, so a is the second argument.
        ScriptList a = r, b = l;
        int n = Math.Min(a.Count, b.Count);
        for (int i = 0; i < n; i++)
        {
            if (ScalarEquals(a[i], b[i])) continue;
            bool aWins = max ? Compare(a[i], b[i]) > 0 && !IsNaNPair(a[i], b[i]) : Compare(a[i], b[i]) < 0 && !IsNaNPair(a[i], b[i]);
            return aWins ? a : b;
        }
        return max ? (b.Count > a.Count ? b : a) : (b.Count < a.Count ? b : a);
    }

    static bool IsNaNPair(IValue x, IValue y) => (x.IsDouble && double.IsNaN(x.ToDouble())) || (y.IsDouble && double.IsNaN(y.ToDouble()));

    static bool ScalarEquals(IValue x, IValue y) => x.Tag switch
    {
        IValueTag.Double => x.ToDouble() == y.ToDouble(),
        IValueTag.Int => x.ToInt() == y.ToInt(),
        IValueTag.Bool => x.ToBool() == y.ToBool(),
        _ => x.Equals(y),
    };

    static long IndexOf(ScriptList l, IValue el)
    {
        int i = l.Items.IndexOf(el);
        if (i < 0) throw KernelError.Value($"'{IValuePrinter.Str(el)}' is not in list");
        return i;
    }

    static void Remove(ScriptList l, IValue el)
    {
        if (!l.Items.Remove(el)) throw KernelError.Value("list.remove(x): x not in list");
    }

    static void Sort(ScriptList l, bool reverse)
    {
        if (l.Count == 0) return;
        var first = l[0];
        if (first.Tag is IValueTag.Object or IValueTag.Tensor)
        {
            // sort_op / listSort<Tensor>: a less-than predicate (the class's __lt__, or Tensor `<`)
            var less = LessThan(first);
            var items = l.Items.ToArray();
            MergeSort(items, reverse ? (a, b) => !ReferenceEquals(a.Reference, b.Reference) && less(b, a)
                                     : (a, b) => !ReferenceEquals(a.Reference, b.Reference) && less(a, b));
            l.Items.Clear();
            l.Items.AddRange(items);
            return;
        }
        Comparison<IValue> cmp = (a, b) => Compare(a, b);
        // List.Sort is unstable; Python's is stable, which is visible for equal floats like 0.0/-0.0.
        var sorted = reverse ? l.Items.OrderByDescending(x => x, Comparer<IValue>.Create(cmp)).ToList()
                             : l.Items.OrderBy(x => x, Comparer<IValue>.Create(cmp)).ToList();
        l.Items.Clear();
        l.Items.AddRange(sorted);
    }

    /// getLessThanComparator for objects and tensors.
    static Func<IValue, IValue, bool> LessThan(IValue first)
    {
        if (first.Tag == IValueTag.Tensor)
            return (a, b) =>
            {
                using var lt = a.ToTensor().lt(b.ToTensor());
                return lt.item<bool>();
            };
        var type = first.ToObject().Type;
        if (type.Method("__lt__") is not GraphFunction lt || !IsLessThan(lt, type))
        {
            string repr = $"{type.QualifiedName} (of Python compilation unit at: 0x?)";
            throw KernelError.Runtime($"To sort a list of {repr} it must define a __lt__ method with two inputs of type {repr} that returns a bool");
        }
        return (a, b) => Interpreter.Current.Invoke(lt, new[] { a, b }).ToBool();
    }

    static bool IsLessThan(GraphFunction fn, ClassType type)
    {
        var inputs = fn.Graph.Inputs;
        var outputs = fn.Graph.Outputs;
        return inputs.Count == 2 && inputs[0].Type.Equals(type) && inputs[1].Type.Equals(type)
               && outputs.Count == 1 && outputs[0].Type == TorchType.Bool;
    }

    /// A stable merge sort by a less-than predicate (each comparison may run TorchScript code).
    static void MergeSort(IValue[] items, Func<IValue, IValue, bool> less)
    {
        var tmp = new IValue[items.Length];
        for (int width = 1; width < items.Length; width *= 2)
        {
            for (int lo = 0; lo < items.Length; lo += 2 * width)
            {
                int mid = Math.Min(lo + width, items.Length), hi = Math.Min(lo + 2 * width, items.Length);
                int i = lo, j = mid, k = lo;
                while (i < mid && j < hi) tmp[k++] = less(items[j], items[i]) ? items[j++] : items[i++];
                while (i < mid) tmp[k++] = items[i++];
                while (j < hi) tmp[k++] = items[j++];
            }
            Array.Copy(tmp, items, items.Length);
        }
    }

    static bool Truthy(IValue v) => v.Tag switch
    {
        IValueTag.String => v.ToStr().Length > 0,
        IValueTag.Bool => v.ToBool(),
        IValueTag.Int => v.ToInt() != 0,
        _ => v.ToDouble() != 0,
    };

    static int Compare(IValue a, IValue b) => a.Tag switch
    {
        IValueTag.Tuple => CompareSeq(a.ToTuple().Elements, b.ToTuple().Elements),
        IValueTag.List => CompareSeq(a.ToList().Items, b.ToList().Items),
        IValueTag.String => string.CompareOrdinal(a.ToStr(), b.ToStr()),
        IValueTag.Bool => a.ToBool().CompareTo(b.ToBool()),
        IValueTag.Int when b.IsInt => a.ToInt().CompareTo(b.ToInt()),
        _ => a.ToDouble().CompareTo(b.ToDouble()),
    };

    static int CompareSeq(IReadOnlyList<IValue> a, IReadOnlyList<IValue> b)
    {
        for (int i = 0; i < Math.Min(a.Count, b.Count); i++)
        {
            int c = Compare(a[i], b[i]);
            if (c != 0) return c;
        }
        return a.Count.CompareTo(b.Count);
    }

    /// The indices a Python slice selects (PySlice_AdjustIndices), for lists and strings.
    public static IEnumerable<int> Slice(int length, long? start, long? end, long step)
    {
        if (step == 0) throw KernelError.Value("slice step cannot be zero");
        long s = start ?? (step < 0 ? long.MaxValue : 0);
        long e = end ?? (step < 0 ? long.MinValue : long.MaxValue);
        // INT64_MAX means "unbounded" (PySlice_Unpack, as PyTorch's slice_indices_adjust does it)
        if (s == long.MaxValue) s = step < 0 ? long.MaxValue : 0;
        if (e == long.MaxValue) e = step < 0 ? long.MinValue : long.MaxValue;
        s = Adjust(s, length, step);
        e = Adjust(e, length, step);
        if (step > 0) for (long i = s; i < e; i += step) yield return (int)i;
        else for (long i = s; i > e; i += step) yield return (int)i;
    }

    static long Adjust(long v, int length, long step)
    {
        if (v < 0)
        {
            v += length;
            if (v < 0) v = step < 0 ? -1 : 0;
        }
        else if (v >= length) v = step < 0 ? length - 1 : length;
        return v;
    }

    public static long RangeLength(long lo, long hi, long step)
    {
        if (step == 0) throw KernelError.Runtime("range() arg 3 must not be zero");
        if (step > 0 && lo < hi) return 1 + (hi - 1 - lo) / step;
        if (step < 0 && lo > hi) return 1 + (lo - 1 - hi) / (0 - step);
        return 0;
    }
}
