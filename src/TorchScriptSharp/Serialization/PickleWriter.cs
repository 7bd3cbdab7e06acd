using System.Buffers.Binary;
using System.Numerics;
using System.Text;
using TorchSharp;

namespace TorchScriptSharp.Serialization;

/// Writes a value the way CPython's pickler (protocol 2) writes what torch.save hands it, so
/// any PyTorch's torch.load (including weights_only=True) reads the result. Containers, tensors,
/// strings and globals are memoized like CPython does: a list or tensor reachable twice is
/// written once and referenced with BINGET, which preserves aliasing and handles cyclic lists.
internal sealed class PickleWriter
{
    private const int BatchSize = 1000; // CPython's _BATCHSIZE for APPENDS/SETITEMS

    private readonly MemoryStream _out = new();
    private readonly Dictionary<object, int> _memo = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<string, int> _stringMemo = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _globalMemo = new(StringComparer.Ordinal);
    private readonly List<(torch.Tensor Tensor, bool Owned)> _storages = new();
    private int _nextMemo;
    private int _depth;

    /// Tensors to write as `data/<index>`, already compact (dense, offset 0, on the CPU).
    /// `Owned` marks copies made for saving, which the caller disposes after writing them.
    public IReadOnlyList<(torch.Tensor Tensor, bool Owned)> Storages => _storages;

    public byte[] Pickle(object? value)
    {
        _out.WriteByte(Opcodes.Proto);
        _out.WriteByte(2);
        Save(value);
        _out.WriteByte(Opcodes.Stop);
        return _out.ToArray();
    }

    private void Save(object? v)
    {
        if (++_depth > Limits.MaxDepth)
            throw new TorchSaveException($"the value is nested deeper than {Limits.MaxDepth} levels (or contains a cycle through a tuple)");
        try { SaveValue(v); }
        finally { _depth--; }
    }

    private void SaveValue(object? v)
    {
        switch (v)
        {
            case null: _out.WriteByte(Opcodes.None); return;
            case bool b: _out.WriteByte(b ? Opcodes.NewTrue : Opcodes.NewFalse); return;
            case long l: SaveInt(l); return;
            case int i: SaveInt(i); return;
            case short s: SaveInt(s); return;
            case sbyte sb: SaveInt(sb); return;
            case byte by: SaveInt(by); return;
            case uint ui: SaveInt(ui); return;
            case double d: SaveFloat(d); return;
            case float f: SaveFloat(f); return;
            case string s: SaveString(s); return;
            case torch.ScalarType dtype: SaveGlobal("torch", StorageType.FromDtype(dtype).DtypeName); return;
            case TorchDevice dev: SaveDevice(dev); return;
            case torch.Device dev: SaveDevice(new TorchDevice(dev.type.ToString().ToLowerInvariant(), dev.index < 0 ? null : dev.index)); return;
            case System.Numerics.Complex c: SaveComplex(c); return;
        }
        if (TryGetMemo(v)) return;
        switch (v)
        {
            case torch.Tensor t: SaveTensor(t); return;
            case PyList list: SaveList(list); return;
            case PyTuple tuple: SaveTuple(tuple); return;
            case PyDict dict: SaveDict(dict); return;
        }
        throw new TorchSaveException($"cannot save a value of type {v.GetType().FullName} with torch.save");
    }

    private void SaveInt(long v)
    {
        if (v >= 0 && v <= 0xff) { _out.WriteByte(Opcodes.BinInt1); _out.WriteByte((byte)v); }
        else if (v >= 0 && v <= 0xffff) { _out.WriteByte(Opcodes.BinInt2); WriteUInt16((ushort)v); }
        else if (v >= int.MinValue && v <= int.MaxValue) { _out.WriteByte(Opcodes.BinInt); WriteInt32((int)v); }
        else
        {
            // Minimal little-endian two's complement, as CPython's encode_long.
            var bytes = new BigInteger(v).ToByteArray(isUnsigned: false, isBigEndian: false);
            _out.WriteByte(Opcodes.Long1);
            _out.WriteByte((byte)bytes.Length);
            _out.Write(bytes);
        }
    }

    private void SaveFloat(double d)
    {
        _out.WriteByte(Opcodes.BinFloat);
        Span<byte> b = stackalloc byte[8];
        BinaryPrimitives.WriteDoubleBigEndian(b, d);
        _out.Write(b);
    }

    private void SaveString(string s)
    {
        if (_stringMemo.TryGetValue(s, out int index)) { Get(index); return; }
        var bytes = Encoding.UTF8.GetBytes(s);
        _out.WriteByte(Opcodes.BinUnicode);
        WriteInt32(bytes.Length);
        _out.Write(bytes);
        _stringMemo[s] = Put();
    }

    private void SaveGlobal(string module, string name)
    {
        string key = module + "\n" + name + "\n";
        if (_globalMemo.TryGetValue(key, out int index)) { Get(index); return; }
        _out.WriteByte(Opcodes.Global);
        _out.Write(Encoding.ASCII.GetBytes(key));
        _globalMemo[key] = Put();
    }

    private void SaveDevice(TorchDevice dev)
    {
        // torch.device.__reduce__ gives (torch.device, ('cpu',)) or (torch.device, ('cuda', 0)).
        SaveGlobal("torch", "device");
        SaveString(dev.Type);
        if (dev.Index is int i) { SaveInt(i); _out.WriteByte(Opcodes.Tuple2); }
        else _out.WriteByte(Opcodes.Tuple1);
        Put();
        _out.WriteByte(Opcodes.Reduce);
        Put();
    }

    private void SaveComplex(System.Numerics.Complex c)
    {
        // complex.__reduce__ is (complex, (real, imag)); pickle protocol 2 spells builtins "__builtin__".
        SaveGlobal("__builtin__", "complex");
        SaveFloat(c.Real);
        SaveFloat(c.Imaginary);
        _out.WriteByte(Opcodes.Tuple2);
        Put();
        _out.WriteByte(Opcodes.Reduce);
        Put();
    }

    private void SaveList(PyList list)
    {
        _out.WriteByte(Opcodes.EmptyList);
        _memo[list] = Put(); // before the items, so a list containing itself refers back to it
        for (int start = 0; start < list.Count; start += BatchSize)
        {
            int n = Math.Min(BatchSize, list.Count - start);
            if (n == 1) { Save(list[start]); _out.WriteByte(Opcodes.Append); continue; }
            _out.WriteByte(Opcodes.Mark);
            for (int i = start; i < start + n; i++) Save(list[i]);
            _out.WriteByte(Opcodes.Appends);
        }
    }

    private void SaveTuple(PyTuple tuple)
    {
        if (tuple.Count == 0) { _out.WriteByte(Opcodes.EmptyTuple); return; } // CPython does not memoize ()
        if (tuple.Count > 3) _out.WriteByte(Opcodes.Mark);
        foreach (var item in tuple) Save(item);
        _out.WriteByte(tuple.Count switch { 1 => Opcodes.Tuple1, 2 => Opcodes.Tuple2, 3 => Opcodes.Tuple3, _ => Opcodes.Tuple });
        _memo[tuple] = Put();
    }

    private void SaveDict(PyDict dict)
    {
        if (dict.IsOrdered)
        {
            // OrderedDict.__reduce__ = (OrderedDict, (), __dict__ or None, None, items)
            SaveGlobal("collections", "OrderedDict");
            _out.WriteByte(Opcodes.EmptyTuple);
            _out.WriteByte(Opcodes.Reduce);
        }
        else _out.WriteByte(Opcodes.EmptyDict);
        _memo[dict] = Put();

        var items = dict.ToList();
        for (int start = 0; start < items.Count; start += BatchSize)
        {
            int n = Math.Min(BatchSize, items.Count - start);
            if (n == 1) { Save(items[start].Key); Save(items[start].Value); _out.WriteByte(Opcodes.SetItem); continue; }
            _out.WriteByte(Opcodes.Mark);
            for (int i = start; i < start + n; i++) { Save(items[i].Key); Save(items[i].Value); }
            _out.WriteByte(Opcodes.SetItems);
        }
        if (dict.IsOrdered && dict.Attributes is { Count: > 0 } attrs)
        {
            Save(attrs);
            _out.WriteByte(Opcodes.Build);
        }
    }

    private void SaveTensor(torch.Tensor t)
    {
        if (t is TorchSharp.Modules.Parameter p)
        {
            // Parameter.__reduce_ex__: _rebuild_parameter(data, requires_grad, OrderedDict())
            SaveGlobal("torch._utils", "_rebuild_parameter");
            _out.WriteByte(Opcodes.Mark);
            SaveTensorData(p, requiresGrad: false); // Python pickles `self.data`, which never requires grad
            SaveValue(p.requires_grad);
            SaveEmptyOrderedDict();
            _out.WriteByte(Opcodes.Tuple);
            Put();
            _out.WriteByte(Opcodes.Reduce);
            _memo[t] = Put();
            return;
        }
        SaveTensorData(t, t.requires_grad);
        _memo[t] = Put();
    }

    /// `_rebuild_tensor_v2(persistent storage, 0, size, contiguous stride, requires_grad, OrderedDict())`
    /// over a compact copy of the tensor's elements; views of other storages are not shared.
    private void SaveTensorData(torch.Tensor t, bool requiresGrad)
    {
        var storage = StorageType.FromDtype(t.dtype);
        var compact = TensorStorage.Compact(t);
        string key = _storages.Count.ToString(System.Globalization.CultureInfo.InvariantCulture);
        _storages.Add((compact, !ReferenceEquals(compact, t)));

        SaveGlobal("torch._utils", "_rebuild_tensor_v2");
        _out.WriteByte(Opcodes.Mark);
        // persistent id ('storage', torch.<T>Storage, key, 'cpu', numel)
        _out.WriteByte(Opcodes.Mark);
        SaveString("storage");
        SaveGlobal("torch", storage.ClassName);
        SaveString(key);
        SaveString("cpu");
        SaveInt(compact.numel());
        _out.WriteByte(Opcodes.Tuple);
        Put();
        _out.WriteByte(Opcodes.BinPersId);

        SaveInt(0);
        SaveSmallTuple(t.shape);
        SaveSmallTuple(ContiguousStrides(t.shape));
        SaveValue(requiresGrad);
        SaveEmptyOrderedDict();
        _out.WriteByte(Opcodes.Tuple);
        Put();
        _out.WriteByte(Opcodes.Reduce);
    }

    private void SaveEmptyOrderedDict()
    {
        SaveGlobal("collections", "OrderedDict");
        _out.WriteByte(Opcodes.EmptyTuple);
        _out.WriteByte(Opcodes.Reduce);
        Put();
    }

    private void SaveSmallTuple(long[] values)
    {
        if (values.Length == 0) { _out.WriteByte(Opcodes.EmptyTuple); return; }
        if (values.Length > 3) _out.WriteByte(Opcodes.Mark);
        foreach (var v in values) SaveInt(v);
        _out.WriteByte(values.Length switch { 1 => Opcodes.Tuple1, 2 => Opcodes.Tuple2, 3 => Opcodes.Tuple3, _ => Opcodes.Tuple });
        Put();
    }

    private static long[] ContiguousStrides(long[] shape)
    {
        var strides = new long[shape.Length];
        long s = 1;
        for (int i = shape.Length - 1; i >= 0; i--) { strides[i] = s; s *= Math.Max(shape[i], 1); }
        return strides;
    }

    private bool TryGetMemo(object v)
    {
        if (!_memo.TryGetValue(v, out int index)) return false;
        Get(index);
        return true;
    }

    private int Put()
    {
        int index = _nextMemo++;
        if (index < 256) { _out.WriteByte(Opcodes.BinPut); _out.WriteByte((byte)index); }
        else { _out.WriteByte(Opcodes.LongBinPut); WriteInt32(index); }
        return index;
    }

    private void Get(int index)
    {
        if (index < 256) { _out.WriteByte(Opcodes.BinGet); _out.WriteByte((byte)index); }
        else { _out.WriteByte(Opcodes.LongBinGet); WriteInt32(index); }
    }

    private void WriteInt32(int v)
    {
        Span<byte> b = stackalloc byte[4];
        BinaryPrimitives.WriteInt32LittleEndian(b, v);
        _out.Write(b);
    }

    private void WriteUInt16(ushort v)
    {
        Span<byte> b = stackalloc byte[2];
        BinaryPrimitives.WriteUInt16LittleEndian(b, v);
        _out.Write(b);
    }
}
