using System.Text;
using TorchScriptSharp.IR;
using TorchScriptSharp.Runtime;
using TorchScriptSharp.Types;

namespace TorchScriptSharp.Printing;

public sealed partial class PythonPrinter
{
    /// The Python expression computing a node's outputs (PyTorch's printRHS).
    string Rhs(Node node)
    {
        var inputs = node.Inputs;
        switch (node.Kind)
        {
            case "prim::Uninitialized": return $"uninitialized({node.Output.Type.AnnotationStr()})";
            case "prim::Constant": return ConstantNodeText(node);
            case "aten::ScalarImplicit":
            case "aten::FloatImplicit":
            case "aten::IntImplicit":
                return $"annotate({node.Output.Type.AnnotationStr()}, {UseOf(inputs[0])})";
            case "aten::Int": return $"int({ValueList(inputs)})";
            case "aten::Float": return $"float({ValueList(inputs)})";
            case "aten::Bool": return $"bool({ValueList(inputs)})";
            case "aten::str": return $"str({ValueList(inputs)})";
            case "aten::__getitem__":
            {
                string container = UseOf(inputs[0]);
                return (NameGenerator.IsValidIdentifier(container) ? container : $"({container})") + $"[{UseOf(inputs[1])}]";
            }
            case "prim::Print": return $"print({ValueList(inputs)})";
            case "aten::sorted": return $"sorted({ValueList(inputs)})";
            case "prim::TupleConstruct":
            {
                string prefix = node.Output.Type is TupleType { QualifiedName: { } q } ? q : "";
                return prefix + "(" + ValueList(inputs) + (inputs.Count == 1 ? ",)" : ")");
            }
            case "prim::TupleIndex": return $"({UseOf(inputs[0])})[{UseOf(inputs[1])}]";
            case "prim::TupleSlice": return $"({UseOf(inputs[0])})[{node.Attributes["beg"]}:{node.Attributes["end"]}]";
            case "prim::ListConstruct":
            {
                string type = node.Output.Type.AnnotationStr();
                var element = (node.Output.Type as ListType)?.Element ?? TorchType.Any;
                // an empty list, or one whose element type its members do not determine
                // (List[Optional[Tensor]] from Tensor members), must say its type
                if (inputs.Count == 0) return $"annotate({type}, [])";
                string list = "[" + ValueList(inputs) + "]";
                return ElementTypeCanBeInferredFromMembers(element) ? list : $"annotate({type}, {list})";
            }
            case "prim::DictConstruct":
            {
                var dict = node.Output.Type as DictType;
                var sb = new StringBuilder("{");
                for (int i = 0; i + 1 < inputs.Count; i += 2)
                {
                    if (i > 0) sb.Append(", ");
                    sb.Append(UseOf(inputs[i])).Append(": ").Append(UseOf(inputs[i + 1]));
                }
                string text = sb.Append('}').ToString();
                bool annotate = inputs.Count == 0 || dict == null
                    || !ElementTypeCanBeInferredFromMembers(dict.Key) || !ElementTypeCanBeInferredFromMembers(dict.Value);
                return annotate ? $"annotate({node.Output.Type.AnnotationStr()}, {text})" : text;
            }
            case "prim::CreateObject":
            {
                string cls = node.Output.Type.AnnotationStr();
                return $"{cls}.__new__({cls})";
            }
            case "prim::GetAttr":
            {
                string field = node.Attributes.GetString("name");
                return NameGenerator.IsValidIdentifier(field)
                    ? $"{UseOf(inputs[0])}.{field}"
                    : $"getattr({UseOf(inputs[0])}, {IValueRepr.QuotedString(field)})";
            }
            case "prim::CallFunction":
                // every argument is followed by ", "
                return UseOf(inputs[0]) + "(" + string.Concat(inputs.Skip(1).Select(v => UseOf(v) + ", ")) + ")";
            case "prim::CallMethod":
                return $"({UseOf(inputs[0])}).{node.Attributes.GetString("name")}(" + string.Concat(inputs.Skip(1).Select(v => UseOf(v) + ", ")) + ")";
            case "aten::_unwrap_optional":
            {
                var input = inputs[0];
                // unwrap_optional(None) cannot be typed by schema matching: annotate it
                string arg = input.Type == TorchType.None || ConstantValue.Of(input) is { IsNone: true }
                    ? $"annotate({new OptionalType(node.Output.Type).AnnotationStr()}, {UseOf(input)})"
                    : UseOf(input);
                return $"{OpName(node.Kind)}({arg})";
            }
            case "prim::unchecked_unwrap_optional":
            case "prim::unchecked_cast":
                return $"unchecked_cast({node.Output.Type.AnnotationStr()}, {UseOf(inputs[0])})";
            case "prim::isinstance":
            {
                var types = ((IEnumerable<TorchType>)node.Attributes["types"]!).ToList();
                string spelled = types.Count == 1
                    ? types[0].AnnotationStr()
                    : "(" + string.Join(", ", types.Select(t => t.AnnotationStr())) + ")";
                return $"isinstance({UseOf(inputs[0])}, {spelled})";
            }
            case "prim::tolist": return $"annotate({node.Output.Type.AnnotationStr()}, {UseOf(inputs[0])}.tolist())";
            case "prim::PythonOp": return $"^{node.Attributes["name"]}()({ValueList(inputs)})";
            case "prim::EnumValue": return $"({UseOf(inputs[0])}).value";
            case "prim::EnumName": return $"({UseOf(inputs[0])}).name";
            default: return OpCall(node);
        }
    }

    /// `torch.add(x, 1)`, `ops.prim.min(a, b)`, `torch.zeros([2], dtype=6)`: trailing default
    /// arguments dropped, keyword-only ones named. Without a schema every input prints positionally.
    string OpCall(Node node)
    {
        var sb = new StringBuilder(OpName(node.Kind)).Append('(');
        var inputs = node.Inputs;
        var args = node.Schema?.Arguments;
        if (args == null || args.Count == 0)
            sb.Append(ValueList(inputs));
        else
        {
            var (necessary, numOut) = ArgumentTrimming.Calculate(args, inputs);
            for (int i = 0; i < necessary; i++)
            {
                if (i > 0) sb.Append(", ");
                string v = UseOf(inputs[i]);
                if (i < args.Count && args[i].KwargOnly) sb.Append(args[i].Name).Append('=');
                sb.Append(v);
            }
            for (int i = args.Count - numOut; i < args.Count; i++)
                sb.Append(", ").Append(args[i].Name).Append('=').Append(UseOf(inputs[i]));
        }
        return sb.Append(')').ToString();
    }

    static string OpName(string kind)
    {
        if (kind == "aten::backward") return "torch.autograd.backward";
        if (kind == "aten::grad") return "torch.autograd.grad";
        int sep = kind.IndexOf("::", StringComparison.Ordinal);
        string ns = kind[..sep], name = kind[(sep + 2)..];
        return ns == "aten" ? "torch." + name : $"ops.{ns}.{name}";
    }

    static bool ElementTypeCanBeInferredFromMembers(TorchType t) =>
        t is not (UnionType or OptionalType or ClassType { IsInterface: true }) && t != TorchType.Number && t != TorchType.Any;

    string ConstantNodeText(Node node)
    {
        var output = node.Output;
        if (output.Type == TorchType.Function) return FunctionName(node);
        var value = ConstantValue.Of(output);
        if (output.Type == TorchType.None || value is null or { IsNone: true }) return "None";
        if (output.Type == TorchType.Device && value.Value.IsString) return $"torch.device({IValueRepr.QuotedString(value.Value.ToStr())})";
        return ConstantText(value.Value);
    }

    /// A function constant prints as the callee's qualified name (`__torch__.helper`). Without the
    /// callee at hand (a graph parsed from text) the `name` attribute is qualified with `__torch__`.
    static string FunctionName(Node node)
    {
        if (node.Attributes["value"] is IValue { Reference: GraphFunction fn }) return fn.QualifiedName;
        if (node.Attributes["value"] is GraphFunction fn2) return fn2.QualifiedName;
        string name = node.Attributes["name"] as string ?? "<function>";
        return name.Contains('.') ? name : "__torch__." + name;
    }

    /// IValue repr, with tensors, objects and non-ASCII strings moved to the constants table and
    /// NamedTuples prefixed by their class.
    string ConstantText(IValue v) => IValueRepr.Repr(v, x =>
    {
        if (x.IsTensor || x.Tag == IValueTag.Object || (x.IsString && x.ToStr().Any(c => c > 0x7f)))
        {
            // equal tensors share one entry, as PyTorch's printer keeps its tensor table
            int same = x.IsTensor ? Constants.FindIndex(c => c.IsTensor && SameTensor(c.ToTensor(), x.ToTensor())) : -1;
            if (same >= 0) return $"CONSTANTS.c{same}";
            Constants.Add(x);
            return $"CONSTANTS.c{Constants.Count - 1}";
        }
        if (x.Reference is ScriptEnumValue member) return $"{member.Type.QualifiedName}.{member.Name}";
        if (x.IsTuple && x.ToTuple().Type is { QualifiedName: { } q })
        {
            var t = x.ToTuple();
            return q + "(" + string.Join(", ", t.Elements.Select(ConstantText)) + (t.Count == 1 ? ",)" : ")");
        }
        return null;
    });

    static bool SameTensor(TorchSharp.torch.Tensor a, TorchSharp.torch.Tensor b) =>
        ReferenceEquals(a, b) || a.dtype == b.dtype && a.shape.SequenceEqual(b.shape) && a.device_type == b.device_type && Ops.Kernels.ScalarCompareKernels.TensorEqual(a, b);
}
