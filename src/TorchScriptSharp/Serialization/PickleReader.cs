using System.Buffers.Binary;
using System.Numerics;
using System.Text;
using TorchSharp;

namespace TorchScriptSharp.Serialization;

/// A restricted unpickler for the opcodes torch.save emits (protocols 2-5). It is a small stack
/// machine over an in-memory buffer: it never recurses, every length is checked against the bytes
/// left, and globals go through TorchGlobals' allow-list. Containers can only grow by one element
/// per opcode byte, so memory stays proportional to the input.
internal sealed class PickleReader
{
    private static readonly Encoding Utf8 = new UTF8Encoding(false, throwOnInvalidBytes: false);

    private readonly byte[] _data;
    private readonly Func<PyTuple, object?> _persistentLoad;
    private readonly Action<torch.Tensor> _track;
    private readonly List<object?> _stack = new();
    private readonly Stack<int> _marks = new();
    private readonly Dictionary<long, object?> _memo = new();
    private int _pos;

    /// `persistentLoad` resolves BINPERSID ids (storages); `track` sees every tensor created so
    /// the caller can free them if loading fails.
    public PickleReader(byte[] data, Func<PyTuple, object?> persistentLoad, Action<torch.Tensor> track)
    {
        _data = data;
        _persistentLoad = persistentLoad;
        _track = track;
    }

    public object? Load()
    {
        while (true)
        {
            if (_pos >= _data.Length) throw Error("the pickle ends without a STOP opcode (truncated)");
            int at = _pos;
            byte op = _data[_pos++];
            try
            {
                if (Step(op)) break;
            }
            catch (TorchSaveException e) when (!e.Message.StartsWith("pickle offset", StringComparison.Ordinal))
            {
                throw new TorchSaveException($"pickle offset {at}: {e.Message}", e);
            }
        }
        if (_stack.Count == 0) throw Error("STOP with an empty stack");
        return _stack[^1];
    }

    /// Executes one opcode; returns true on STOP.
    private bool Step(byte op)
    {
        switch (op)
        {
            case Opcodes.Proto:
                int proto = ReadByte();
                if (proto is < 2 or > 5) throw Error($"unsupported pickle protocol {proto}");
                break;
            case Opcodes.Frame:
                // A framing hint for buffered readers; the whole pickle is already in memory.
                ulong frame = BinaryPrimitives.ReadUInt64LittleEndian(Take(8));
                if (frame > (ulong)(_data.Length - _pos)) throw Error("frame longer than the rest of the pickle");
                break;
            case Opcodes.Stop: return true;

            case Opcodes.Mark: _marks.Push(_stack.Count); break;
            case Opcodes.Pop: Pop(); break;
            case Opcodes.PopMark: PopToMark(); break;
            case Opcodes.Dup: Push(Peek()); break;

            case Opcodes.BinPut: Memo(ReadByte()); break;
            case Opcodes.LongBinPut: Memo(BinaryPrimitives.ReadUInt32LittleEndian(Take(4))); break;
            case Opcodes.Memoize: Memo(_memo.Count); break;
            case Opcodes.BinGet: Push(MemoGet(ReadByte())); break;
            case Opcodes.LongBinGet: Push(MemoGet(BinaryPrimitives.ReadUInt32LittleEndian(Take(4)))); break;

            case Opcodes.None: Push(null); break;
            case Opcodes.NewTrue: Push(true); break;
            case Opcodes.NewFalse: Push(false); break;
            case Opcodes.BinInt: Push((long)BinaryPrimitives.ReadInt32LittleEndian(Take(4))); break;
            case Opcodes.BinInt1: Push((long)ReadByte()); break;
            case Opcodes.BinInt2: Push((long)BinaryPrimitives.ReadUInt16LittleEndian(Take(2))); break;
            case Opcodes.Long1: Push(DecodeLong(Take(ReadByte()))); break;
            case Opcodes.Long4:
                int n = BinaryPrimitives.ReadInt32LittleEndian(Take(4));
                if (n < 0) throw Error("negative LONG4 length");
                Push(DecodeLong(Take(n)));
                break;
            case Opcodes.BinFloat: Push(BinaryPrimitives.ReadDoubleBigEndian(Take(8))); break;

            case Opcodes.ShortBinUnicode: Push(Utf8.GetString(Take(ReadByte()))); break;
            case Opcodes.BinUnicode: Push(Utf8.GetString(Take(BinaryPrimitives.ReadUInt32LittleEndian(Take(4))))); break;
            case Opcodes.BinUnicode8: Push(Utf8.GetString(Take(BinaryPrimitives.ReadUInt64LittleEndian(Take(8))))); break;

            case Opcodes.EmptyList: Push(new PyList()); break;
            case Opcodes.List: Push(new PyList(PopToMark())); break;
            case Opcodes.Append:
            {
                var item = Pop();
                ListAt(_stack.Count - 1).Add(item);
                break;
            }
            case Opcodes.Appends:
            {
                var items = PopToMark();
                ListAt(_stack.Count - 1).AddRange(items);
                break;
            }

            case Opcodes.EmptyDict: Push(new PyDict()); break;
            case Opcodes.Dict:
            {
                var d = new PyDict();
                SetItems(d, PopToMark());
                Push(d);
                break;
            }
            case Opcodes.SetItem:
            {
                var value = Pop();
                var key = Pop();
                DictAt(_stack.Count - 1)[key] = value;
                break;
            }
            case Opcodes.SetItems:
            {
                var items = PopToMark();
                SetItems(DictAt(_stack.Count - 1), items);
                break;
            }

            case Opcodes.EmptyTuple: Push(PyTuple.Empty); break;
            case Opcodes.Tuple: Push(MakeTuple(PopToMark())); break;
            case Opcodes.Tuple1: { var a = Pop(); Push(MakeTuple(new[] { a })); break; }
            case Opcodes.Tuple2: { var b = Pop(); var a = Pop(); Push(MakeTuple(new[] { a, b })); break; }
            case Opcodes.Tuple3: { var c = Pop(); var b = Pop(); var a = Pop(); Push(MakeTuple(new[] { a, b, c })); break; }

            case Opcodes.Global:
            {
                string module = ReadLine(), name = ReadLine();
                Push(TorchGlobals.Resolve(module, name));
                break;
            }
            case Opcodes.StackGlobal:
            {
                if (Pop() is not string name || Pop() is not string module)
                    throw Error("STACK_GLOBAL expects two strings");
                Push(TorchGlobals.Resolve(module, name));
                break;
            }
            case Opcodes.Reduce:
            case Opcodes.NewObj:
            {
                var args = Pop() as PyTuple ?? throw Error($"{Name(op)} expects an argument tuple");
                var f = Pop() as PyCallable ?? throw Error($"{Name(op)} expects a callable global");
                Push(TorchGlobals.Call(f, args, _track));
                break;
            }
            case Opcodes.NewObjEx:
            {
                var kwargs = Pop() as PyDict ?? throw Error("NEWOBJ_EX expects a kwargs dict");
                var args = Pop() as PyTuple ?? throw Error("NEWOBJ_EX expects an argument tuple");
                var f = Pop() as PyCallable ?? throw Error("NEWOBJ_EX expects a callable global");
                if (kwargs.Count != 0) throw Error($"{f}: keyword arguments are not supported");
                Push(TorchGlobals.Call(f, args, _track));
                break;
            }
            case Opcodes.Build:
            {
                var state = Pop();
                Build(Peek(), state);
                break;
            }
            case Opcodes.BinPersId:
            {
                var pid = Pop() as PyTuple ?? throw Error("BINPERSID expects a tuple persistent id");
                Push(_persistentLoad(pid));
                break;
            }
            default:
                throw Error($"unsupported pickle opcode {Opcodes.Describe(op)}");
        }
        return false;
    }

    private static void SetItems(PyDict d, List<object?> items)
    {
        if (items.Count % 2 != 0) throw Error("SETITEMS with an odd number of stack items");
        for (int i = 0; i < items.Count; i += 2) d[items[i]] = items[i + 1];
    }

    private static PyTuple MakeTuple(object?[] items)
    {
        var t = new PyTuple(items);
        if (t.TupleDepth > Limits.MaxDepth) throw Error($"tuples nested deeper than {Limits.MaxDepth}");
        return t;
    }

    private static PyTuple MakeTuple(List<object?> items) => MakeTuple(items.ToArray());

    private static void Build(object? target, object? state)
    {
        // OrderedDict.__reduce__ gives the instance __dict__ as state; torch.save uses it for a
        // state_dict's `_metadata`. Nothing else in a torch.save file carries BUILD state.
        if (target is PyDict { IsOrdered: true } dict && state is PyDict attrs)
        {
            dict.Attributes ??= new PyDict();
            foreach (var (k, v) in attrs) dict.Attributes[k] = v;
            return;
        }
        if (state is null) return; // BUILD(None) is a no-op in CPython
        throw Error($"BUILD with state {PyRepr.Of(state)} is not supported on {Kind(target)}");
    }

    private void Memo(long index)
    {
        if (_stack.Count == 0) throw Error("memoizing from an empty stack");
        _memo[index] = _stack[^1];
    }

    private object? MemoGet(long index) =>
        _memo.TryGetValue(index, out var v) ? v : throw Error($"memo index {index} is not defined");

    private void Push(object? v) => _stack.Add(v);

    // Like CPython, MARK starts a fresh stack: opcodes cannot reach below the innermost mark.
    private int Floor => _marks.Count > 0 ? _marks.Peek() : 0;

    private object? Peek() => _stack.Count > Floor ? _stack[^1] : throw Error("stack underflow");

    private object? Pop()
    {
        if (_stack.Count <= Floor) throw Error("stack underflow");
        var v = _stack[^1];
        _stack.RemoveAt(_stack.Count - 1);
        return v;
    }

    private List<object?> PopToMark()
    {
        if (_marks.Count == 0) throw Error("no MARK on the stack");
        int mark = _marks.Pop();
        var items = _stack.GetRange(mark, _stack.Count - mark);
        _stack.RemoveRange(mark, _stack.Count - mark);
        return items;
    }

    private PyList ListAt(int i)
    {
        if (i < Floor || i < 0) throw Error("stack underflow");
        return _stack[i] as PyList ?? throw Error($"APPEND(S) on {Kind(_stack[i])}, not a list");
    }

    private PyDict DictAt(int i)
    {
        if (i < Floor || i < 0) throw Error("stack underflow");
        return _stack[i] as PyDict ?? throw Error($"SETITEM(S) on {Kind(_stack[i])}, not a dict");
    }

    private byte ReadByte()
    {
        if (_pos >= _data.Length) throw Error("truncated pickle");
        return _data[_pos++];
    }

    private ReadOnlySpan<byte> Take(ulong count)
    {
        if (count > (ulong)(_data.Length - _pos)) throw Error($"truncated pickle: needs {count} bytes, {_data.Length - _pos} left");
        var span = new ReadOnlySpan<byte>(_data, _pos, (int)count);
        _pos += (int)count;
        return span;
    }

    private ReadOnlySpan<byte> Take(int count) => Take((ulong)count);
    private ReadOnlySpan<byte> Take(uint count) => Take((ulong)count);

    private string ReadLine()
    {
        int end = Array.IndexOf(_data, (byte)'\n', _pos, Math.Min(_data.Length - _pos, 1024));
        if (end < 0) throw Error("GLOBAL name is unterminated or too long");
        var s = Encoding.ASCII.GetString(_data, _pos, end - _pos);
        _pos = end + 1;
        return s;
    }

    private static object DecodeLong(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length == 0) return 0L;
        if (bytes.Length > 8)
        {
            var big = new BigInteger(bytes, isUnsigned: false, isBigEndian: false);
            if (big < long.MinValue || big > long.MaxValue)
                throw Error($"integer {(bytes.Length > 40 ? "of " + bytes.Length + " bytes" : big.ToString())} does not fit in 64 bits");
            return (long)big;
        }
        long v = 0;
        for (int i = bytes.Length - 1; i >= 0; i--) v = (v << 8) | bytes[i];
        int shift = 64 - 8 * bytes.Length;
        return shift == 0 ? v : (v << shift) >> shift; // sign-extend the two's complement value
    }

    private static string Name(byte op) => op == Opcodes.Reduce ? "REDUCE" : "NEWOBJ";

    private static string Kind(object? v) => v switch
    {
        null => "None",
        PyList => "a list",
        PyDict => "a dict",
        PyTuple => "a tuple",
        torch.Tensor => "a tensor",
        _ => "a " + v.GetType().Name,
    };

    private static TorchSaveException Error(string message) => new(message);
}
