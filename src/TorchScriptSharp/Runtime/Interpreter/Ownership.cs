using TorchScriptSharp.Types;
using TorchSharp;

namespace TorchScriptSharp.Runtime;

/// The tensors (and tensor-holding containers) one frame owns, each with the number of holders it has
/// in the frame: registers plus owned containers that contain it. Keyed by object identity, because a
/// kernel that returns its input (`add_` returns self) hands back the very same handle.
///
/// The rule, in one sentence: a frame owns exactly the objects that first appeared as new results of
/// its kernels (not reachable from the kernel's inputs) or containers it built, and that have not
/// escaped; it disposes a tensor when its last holder lets go. Callees borrow their arguments; when a
/// callee lets a borrowed value escape, the escape is passed up to the frame that owns it.
/// Things never owned, hence never disposed here: the caller's arguments, constants, anything borrowed
/// out of a container or object the frame does not own. A callee's result is new to the caller only when
/// the callee owned it. Script objects count as containers whose elements are their attribute slots:
/// `o.x = v` on an object the frame owns makes the object a holder of v; on any other object both escape. Things that escape (stop being owned, and are
/// left to whoever holds them): returned values, values a kernel may store (appended to a list, set as
/// an attribute), containers a kernel mutates, recursively through the containers' elements.
sealed class Ownership
{
    readonly Dictionary<object, int> _holders = new(ReferenceEqualityComparer.Instance);
    /// The caller's table: what a callee borrowed may be the caller's (or its caller's) to give up.
    readonly Ownership? _caller;

    public Ownership(Ownership? caller = null) => _caller = caller;

    public int Count => _holders.Count;

    public bool Owns(in IValue v) => v.Reference is { } o && _holders.ContainsKey(o);

    /// One more holder (a register copy, a container built over it) of a value the frame may own.
    public void Hold(in IValue v)
    {
        if (!IsManagedTag(v.Tag)) return;
        ref int n = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrNullRef(_holders, v.Reference!);
        if (!System.Runtime.CompilerServices.Unsafe.IsNullRef(ref n)) n++;
    }

    /// A holder lets go; at zero the tensor is disposed (a container releases its elements).
    public void Release(in IValue v)
    {
        if (!LetGo(v)) return;
        if (v.Tag == IValueTag.Tensor) { v.ToTensor().Dispose(); return; }
        // Iterative: a chain of objects (a linked list built in a loop) can be longer than the .NET stack.
        var pending = new Stack<IValue>(Elements(v));
        while (pending.Count > 0)
        {
            var e = pending.Pop();
            if (!LetGo(e)) continue;
            if (e.Tag == IValueTag.Tensor) e.ToTensor().Dispose();
            else foreach (var inner in Elements(e)) pending.Push(inner);
        }
    }

    /// One holder fewer; true when that was the last one (the value is no longer owned).
    bool LetGo(in IValue v)
    {
        if (!IsManagedTag(v.Tag)) return false;
        var o = v.Reference!;
        ref int n = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrNullRef(_holders, o);
        if (System.Runtime.CompilerServices.Unsafe.IsNullRef(ref n)) return false;
        if (--n > 0) return false;
        _holders.Remove(o);
        return true;
    }

    /// A result of a kernel (or a callee) enters a register: an alias of something owned gains a holder;
    /// something new becomes owned (its elements too, recursively); a borrowed value stays unmanaged.
    public void AdoptResult(in IValue v, ReadOnlySpan<IValue> inputs, bool mayBeNew)
    {
        if (!IsManagedTag(v.Tag)) return;
        var o = v.Reference!;
        ref int n = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrNullRef(_holders, o);
        if (!System.Runtime.CompilerServices.Unsafe.IsNullRef(ref n)) { n++; return; }
        if (!mayBeNew || !MayHoldTensors(v) || Reachable(o, inputs)) return;
        _holders[o] = 1;
        if (v.Tag != IValueTag.Tensor)
            foreach (var e in Elements(v)) AdoptResult(e, inputs, true);
    }

    /// A container the interpreter just built over its inputs: owned, and a holder of each element.
    public void AdoptNewContainer(in IValue container)
    {
        if (!MayHoldTensors(container)) return;
        _holders[container.Reference!] = 1;
        foreach (var e in Elements(container)) Hold(e);
    }

    /// A kernel may keep the value (or change the container): nobody may dispose it any more. A value
    /// this frame merely borrowed may belong to a caller, whose frame must then give it up too; so may
    /// the elements of a container this frame built over borrowed values.
    public void Escape(in IValue v)
    {
        if (!IsManagedTag(v.Tag)) return;
        if (!_holders.Remove(v.Reference!)) { _caller?.Escape(v); return; }
        if (v.Tag == IValueTag.Tensor) return;
        var pending = new Stack<IValue>(Elements(v)); // iterative, as in Release
        while (pending.Count > 0)
        {
            var e = pending.Pop();
            if (!IsManagedTag(e.Tag)) continue;
            if (!_holders.Remove(e.Reference!)) { _caller?.Escape(e); continue; }
            if (e.Tag != IValueTag.Tensor) foreach (var inner in Elements(e)) pending.Push(inner);
        }
    }

    /// The value is handed to the caller as a result: it stops being this frame's. What this frame owned
    /// (so nobody else can reach it) is collected into <paramref name="fresh"/>: exactly what the caller
    /// may adopt as new. False when the frame did not own it.
    public bool Disown(in IValue v, HashSet<object>? fresh = null)
    {
        if (!IsManagedTag(v.Tag) || !_holders.Remove(v.Reference!)) return false;
        fresh?.Add(v.Reference!);
        if (v.Tag == IValueTag.Tensor) return true;
        var pending = new Stack<IValue>(Elements(v)); // iterative, as in Release
        while (pending.Count > 0)
        {
            var e = pending.Pop();
            if (!IsManagedTag(e.Tag) || !_holders.Remove(e.Reference!)) continue;
            fresh?.Add(e.Reference!);
            if (e.Tag != IValueTag.Tensor) foreach (var inner in Elements(e)) pending.Push(inner);
        }
        return true;
    }

    /// A callee's result enters a register. Only what the callee owned (<paramref name="fresh"/>) is new;
    /// anything else the callee returned was reachable by others before, so it is an alias of something
    /// this frame holds, or borrowed. (Reachability from the arguments cannot decide this: the callee may
    /// have taken the value out of an argument that somebody else still holds it through.)
    public void AdoptCallResult(in IValue v, HashSet<object>? fresh)
    {
        if (!AdoptOne(v, fresh) || v.Tag == IValueTag.Tensor) return;
        var pending = new Stack<IValue>(Elements(v)); // iterative, as in Release
        while (pending.Count > 0)
        {
            var e = pending.Pop();
            if (AdoptOne(e, fresh) && e.Tag != IValueTag.Tensor) foreach (var inner in Elements(e)) pending.Push(inner);
        }
    }

    /// One more holder of something owned, or a fresh value becoming owned (true: its elements next).
    bool AdoptOne(in IValue v, HashSet<object>? fresh)
    {
        if (!IsManagedTag(v.Tag)) return false;
        var o = v.Reference!;
        ref int n = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrNullRef(_holders, o);
        if (!System.Runtime.CompilerServices.Unsafe.IsNullRef(ref n)) { n++; return false; }
        if (fresh == null || !fresh.Remove(o)) return false;
        _holders[o] = 1;
        return true;
    }

    /// `o.name = v` on an object this frame owns: the object becomes a holder of v and lets go of the old
    /// value. On any other object nothing can be counted: the object (with what it held so far) and v
    /// escape, up to the frame that owns them.
    public void StoreAttribute(ScriptObject o, int slot, in IValue v)
    {
        var obj = IValue.FromObject(o);
        if (_holders.ContainsKey(o))
        {
            Hold(v);
            var old = o.GetAttr(slot);
            o.SetAttr(slot, v);
            Release(old);
            return;
        }
        Escape(obj);
        Escape(v);
        o.SetAttr(slot, v);
    }

    /// The frame is gone (returned or unwound by an error): whatever it still owns is unreachable.
    public void DisposeAll()
    {
        foreach (var o in _holders.Keys)
            if (o is torch.Tensor t) t.Dispose();
        _holders.Clear();
    }

    /// Objects are managed like containers: their slots are their elements.
    static bool IsManagedTag(IValueTag t) => t is IValueTag.Tensor or IValueTag.List or IValueTag.Tuple or IValueTag.Dict or IValueTag.Object;

    static IEnumerable<IValue> Elements(IValue v)
    {
        switch (v.Tag)
        {
            case IValueTag.List: return v.ToList().Items;
            case IValueTag.Tuple: return v.ToTuple().Elements;
            case IValueTag.Dict: return v.ToDict().Entries.SelectMany(e => new[] { e.Key, e.Value });
            case IValueTag.Object when v.Reference is ScriptObject o: return o.Slots;
            default: return Array.Empty<IValue>();
        }
    }

    /// Whether <paramref name="o"/> is one of the inputs or inside one of them. Objects and other
    /// opaque values may hold anything, so with one of those among the inputs every result is borrowed.
    static bool Reachable(object o, ReadOnlySpan<IValue> inputs)
    {
        foreach (var i in inputs)
            if (Contains(i, o, 0)) return true;
        return false;
    }

    static bool Contains(in IValue v, object o, int depth)
    {
        switch (v.Tag)
        {
            case IValueTag.Tensor: return ReferenceEquals(v.Reference, o);
            case IValueTag.List or IValueTag.Tuple or IValueTag.Dict:
                if (ReferenceEquals(v.Reference, o)) return true;
                if (!MayHoldTensors(v)) return false;
                if (depth > 64) return true; // absurdly deep: assume borrowed rather than risk a double free
                foreach (var e in Elements(v))
                    if (Contains(e, o, depth + 1)) return true;
                return false;
            case IValueTag.Object or IValueTag.Generic or IValueTag.Function: return true;
            default: return false;
        }
    }

    /// Lists and dicts of scalars (the common case) are not worth tracking.
    public static bool MayHoldTensors(in IValue v) => v.Tag switch
    {
        IValueTag.Tensor => true,
        IValueTag.List => MayHoldTensors(v.ToList().ElementType),
        IValueTag.Dict => MayHoldTensors(v.ToDict().KeyType) || MayHoldTensors(v.ToDict().ValueType),
        IValueTag.Tuple => v.ToTuple().Elements.Any(e => MayHoldTensors(e)),
        // Slots start uninitialized and the class may gain attributes: always worth tracking.
        IValueTag.Object => v.Reference is ScriptObject,
        _ => false,
    };

    /// Static version, used at lowering time to skip drops of values that can never hold a tensor.
    public static bool MayHoldTensors(TorchType t) => t switch
    {
        ListType l => MayHoldTensors(l.Element),
        OptionalType o => MayHoldTensors(o.Element),
        DictType d => MayHoldTensors(d.Key) || MayHoldTensors(d.Value),
        TupleType tt => tt.Elements.Any(MayHoldTensors),
        EnumType => false,
        NamedType n => n.Name is not ("int" or "float" or "bool" or "str" or "NoneType" or "Device" or "Scalar" or "complex"
            or "Layout" or "ScalarType" or "MemoryFormat" or "Generator" or "Stream" or "Storage" or "Function"),
        _ => true,
    };
}
