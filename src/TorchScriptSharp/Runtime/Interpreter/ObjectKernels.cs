using TorchScriptSharp.IR;
using TorchScriptSharp.Ops;
using TorchScriptSharp.Types;

namespace TorchScriptSharp.Runtime;

/// Structural kernels for objects and enums: creating an object and reading its attributes (the
/// ownership of what they return is the interpreter's business), isinstance, and the enum prims, which
/// have schemas but no kernels in the operator library. Writing an attribute and calling a method need
/// the frame, so they are instructions of their own (<see cref="Execution"/>).
static class ObjectKernels
{
    public static (Kernel Kernel, ResultKind Results)? For(Node node)
    {
        switch (node.Kind)
        {
            case "prim::CreateObject":
            {
                var type = node.Outputs[0].Type as ClassType
                    ?? throw new InvalidOperationException($"prim::CreateObject of {node.Outputs[0].Type}, which is not a class");
                // Owned by the frame like a container it built; its slots are filled by SetAttr.
                return (s => s.Push(IValue.FromObject(new ScriptObject(type))), ResultKind.NewContainer);
            }
            case "prim::GetAttr":
            {
                var site = new AttributeSite(node.Attributes.GetString("name"), node.Inputs[0].Type);
                return (s =>
                {
                    var o = site.Target(s.Pop());
                    var v = o.GetAttr(site.SlotOf(o));
                    if (v.Tag == IValueTag.Uninitialized)
                        throw PythonError.Runtime($"attribute '{site.Name}' of '{o.Type.Name}' object was read before it was set");
                    s.Push(v);
                }, ResultKind.Borrowed);
            }
            case "prim::isinstance":
            {
                var types = ((IEnumerable<TorchType>)node.Attributes["types"]!).ToArray();
                return (s => s.Push(IValue.FromBool(IsInstance.Matches(s.Pop(), types))), ResultKind.Borrowed);
            }
            case "prim::EnumValue":
                return (s => s.Push(s.Pop().ToEnum().Value), ResultKind.Borrowed);
            case "prim::EnumName":
                return (s => s.Push(IValue.FromString(s.Pop().ToEnum().Name)), ResultKind.Borrowed);
            case "aten::eq" or "aten::ne" when IsEnumComparison(node):
            {
                bool equal = node.Kind == "aten::eq";
                // Members are canonical (IValue.FromEnum), so equality is identity.
                return (s => { var b = s.Pop(); var a = s.Pop(); s.Push(IValue.FromBool(a.Equals(b) == equal)); }, ResultKind.Borrowed);
            }
            default:
                return null;
        }
    }

    /// `aten::eq.enum`, or (graphs parsed from text carry no schema) two enum-typed inputs.
    static bool IsEnumComparison(Node node) =>
        node.Schema is { } schema ? schema.FullName is "aten::eq.enum" or "aten::ne.enum"
            : node.Inputs.Count == 2 && node.Inputs.All(i => i.Type is EnumType);
}
