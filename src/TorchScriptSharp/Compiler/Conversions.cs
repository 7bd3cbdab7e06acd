using TorchScriptSharp.IR;
using TorchScriptSharp.Ops;
using TorchScriptSharp.Syntax;
using TorchScriptSharp.Types;

namespace TorchScriptSharp.Compiler;

/// PyTorch's implicit conversions when passing a value where another type is expected
/// (tryConvertToType): tuples to lists, and with conversions allowed Tensor→int/float/number and
/// number→int/float, str→Device. There is deliberately no int→float conversion.
public static class Conversions
{
    /// The converted value (possibly the input itself), or null when no conversion applies.
    /// The caller still checks the result's type.
    /// <paramref name="asArgument"/>: the value is a call argument, where PyTorch lets an empty `[]`
    /// literal take the parameter's list type.
    public static Value? TryConvert(FunctionEmitter e, Value value, TorchType target, bool allowConversions, SourceRange range, bool asArgument = false)
    {
        if (asArgument && e.IsEmptyListLiteral(value) && (target is ListType || target is OptionalType { Element: ListType }))
        {
            // `[]` written directly as an argument takes the list type the parameter wants
            value.Type = target is OptionalType o ? o.Element : target;
            return value;
        }
        if (value.Type.IsSubtypeOf(target)) return value;
        if (target is OptionalType opt && value.Type != TorchType.None && value.Type is not OptionalType)
            return TryConvert(e, value, opt.Element, allowConversions, range);
        if (value.Type is TupleType tt && target is ListType lt && tt.Elements.All(el => el.IsSubtypeOf(lt.Element)))
        {
            var parts = e.Graph.Insert("prim::TupleUnpack", new[] { value }, tt.Elements.Count, range);
            for (int i = 0; i < tt.Elements.Count; i++) parts.Outputs[i].Type = tt.Elements[i];
            return e.MakeList(range, lt.Element, parts.Outputs);
        }
        if (value.Type is TupleType vt && target is TupleType tt2 && vt.Elements.Count == tt2.Elements.Count && vt.FieldNames == null
            && vt.Elements.Zip(tt2.Elements).All(p => p.First.IsSubtypeOf(p.Second)))
            return value; // covariant already; kept for clarity
        if (!allowConversions) return null;
        if (value.Type is TupleType from && target is TupleType to && from.Elements.Count == to.Elements.Count && from.FieldNames == null)
        {
            // element-wise, e.g. returning (t.item(), ...) from a function annotated Tuple[float, ...]
            var parts = e.Graph.Insert("prim::TupleUnpack", new[] { value }, from.Elements.Count, range);
            var converted = new List<Value>();
            for (int i = 0; i < from.Elements.Count; i++)
            {
                parts.Outputs[i].Type = from.Elements[i];
                var c = TryConvert(e, parts.Outputs[i], to.Elements[i], true, range);
                if (c == null) return null;
                converted.Add(c);
            }
            return e.MakeTuple(range, converted);
        }
        if (value.Type == TorchType.Tensor)
        {
            if (target == TorchType.Int) return Convert(e, "aten::IntImplicit", value, range);
            if (target == TorchType.Float) return Convert(e, "aten::FloatImplicit", value, range);
            if (target == TorchType.Number) return Convert(e, "aten::ScalarImplicit", value, range);
        }
        if (value.Type == TorchType.Number)
        {
            if (target == TorchType.Int) return Convert(e, "aten::Int", value, range);
            if (target == TorchType.Float) return Convert(e, "aten::Float", value, range);
        }
        if (value.Type == TorchType.Str_ && target == TorchType.Device) return Convert(e, "aten::device", value, range);
        return null;
    }

    static Value Convert(FunctionEmitter e, string symbol, Value value, SourceRange range)
    {
        var ops = OperatorRegistry.Lookup(symbol);
        var op = ops.FirstOrDefault(o => o.Schema.Arguments.Count == 1 && value.Type.IsSubtypeOf(o.Schema.Arguments[0].Type))
            ?? throw new CompileError($"no conversion {symbol} for a value of type {value.Type.AnnotationStr()}", range);
        var node = e.Graph.Insert(symbol, new[] { value }, 1, range);
        node.Schema = op.Schema;
        node.Output.Type = op.Schema.Returns[0].Type;
        return node.Output;
    }
}
