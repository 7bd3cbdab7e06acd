using TorchScriptSharp.IR;
using TorchScriptSharp.Ops;
using TorchScriptSharp.Types;

namespace TorchScriptSharp.Runtime;

/// The prim ops whose behaviour is part of the interpreter rather than the operator library: they
/// build and take apart containers (and so decide what the frame owns), or need the interpreter's
/// output writers. Each is a kernel specialised to its node (counts and static types baked in).
static class StructuralKernels
{
    /// The kernel and how its results relate to ownership, or null when the node is an ordinary op.
    public static (Kernel Kernel, ResultKind Results)? For(Node node)
    {
        int n = node.Inputs.Count;
        switch (node.Kind)
        {
            case "prim::PythonOp":
            {
                // `@torch.jit.ignore` code stays Python: the scripter attached a callback into the eager evaluator
                var callback = node.Attributes["callback"] as Func<IValue[], IValue>
                    ?? throw new InvalidOperationException($"python function {node.Attributes["name"]} has no callback");
                return (s => s.Push(callback(s.PopN(n))), ResultKind.Borrowed);
            }
            case "prim::TupleConstruct":
            {
                var type = node.Outputs[0].Type as TupleType;
                var named = type is { IsNamed: true } ? type : null;
                return (s => s.Push(IValue.FromTuple(new ScriptTuple(s.PopN(n), named))), ResultKind.NewContainer);
            }
            case "prim::TupleUnpack":
            {
                int count = node.Outputs.Count;
                return (s =>
                {
                    var t = s.Pop().ToTuple();
                    if (t.Count != count) throw PythonError.Runtime($"Expected {count} elements in a tuple but found {t.Count}");
                    foreach (var e in t.Elements) s.Push(e);
                }, ResultKind.Borrowed);
            }
            case "prim::TupleIndex":
                return (s =>
                {
                    long i = s.Pop().ToInt();
                    var t = s.Pop().ToTuple();
                    long k = i < 0 ? i + t.Count : i;
                    if (k < 0 || k >= t.Count) throw new PythonError("builtins.IndexError", "tuple index out of range");
                    s.Push(t[(int)k]);
                }, ResultKind.Borrowed);
            case "prim::TupleSlice":
            {
                long beg = node.Attributes.GetInt("beg");
                long? end = node.Attributes.Has("end") ? node.Attributes.GetInt("end") : null;
                return (s =>
                {
                    var t = s.Pop().ToTuple();
                    int b = (int)Math.Clamp(beg < 0 ? beg + t.Count : beg, 0, t.Count);
                    int e = (int)Math.Clamp(end is { } x ? (x < 0 ? x + t.Count : x) : t.Count, b, t.Count);
                    s.Push(IValue.FromTuple(new ScriptTuple(t.Elements[b..e])));
                }, ResultKind.NewContainer);
            }
            case "prim::ListConstruct":
            {
                var element = (node.Outputs[0].Type as ListType)?.Element ?? TorchType.Any;
                return (s => s.Push(IValue.FromList(new ScriptList(element, new List<IValue>(s.PopN(n))))), ResultKind.NewContainer);
            }
            case "prim::ListUnpack":
            {
                int count = node.Outputs.Count;
                return (s =>
                {
                    var l = s.Pop().ToList();
                    if (l.Count != count) throw PythonError.Runtime($"Expected {count} elements in a list but found {l.Count}");
                    foreach (var e in l.Items) s.Push(e);
                }, ResultKind.Borrowed);
            }
            case "prim::DictConstruct":
            {
                var type = node.Outputs[0].Type as DictType;
                var key = type?.Key ?? TorchType.Any;
                var value = type?.Value ?? TorchType.Any;
                return (s =>
                {
                    var kv = s.PopN(n);
                    var d = new ScriptDict(key, value);
                    for (int i = 0; i + 1 < kv.Length; i += 2) d.Set(kv[i], kv[i + 1]);
                    s.Push(IValue.FromDict(d));
                }, ResultKind.NewContainer);
            }
            case "prim::RaiseException":
                return (s =>
                {
                    var args = s.PopN(n);
                    string cls = args.Length > 1 && args[1].IsString ? args[1].ToStr() : "RuntimeError";
                    throw new RaisedError(cls, IValuePrinter.Str(args[0]));
                }, ResultKind.Borrowed);
            case "prim::Print":
                return (s =>
                {
                    var args = s.PopN(n);
                    Interpreter.Current.Out.WriteLine(string.Join(" ", args.Select(IValuePrinter.Str)));
                }, ResultKind.Borrowed);
            case "aten::warn":
                return (s =>
                {
                    var args = s.PopN(n);
                    Interpreter.Current.Err.WriteLine("UserWarning: " + IValuePrinter.Str(args[0]));
                }, ResultKind.Borrowed);
            case "prim::unchecked_cast" or "prim::unchecked_unwrap_optional":
                return (_ => { }, ResultKind.Borrowed); // the value stays on the stack as the result
            case "aten::_unwrap_optional":
                return (s =>
                {
                    if (s.Peek().IsNone) throw PythonError.Runtime("Unwrapping null optional");
                }, ResultKind.Borrowed);
            case "prim::Uninitialized":
                return (s => s.Push(IValue.Uninitialized), ResultKind.Borrowed);
            default:
                return ObjectKernels.For(node);
        }
    }
}
