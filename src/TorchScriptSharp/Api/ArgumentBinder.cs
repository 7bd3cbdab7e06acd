using TorchScriptSharp.Ops;
using TorchScriptSharp.Runtime;
using TorchScriptSharp.Types;

namespace TorchScriptSharp;

/// Checks call arguments against a function's schema and fills in defaults, so a wrong call from
/// C# fails with a message naming the parameter instead of deep inside the interpreter.
static class ArgumentBinder
{
    public static IReadOnlyList<IValue> Bind(FunctionSchema schema, IReadOnlyList<IValue> args)
    {
        var formals = schema.Arguments;
        if (args.Count > formals.Count)
            throw new ArgumentException($"{schema.Name}() takes {formals.Count} argument(s) but {args.Count} were given");
        var bound = new List<IValue>(formals.Count);
        for (int i = 0; i < formals.Count; i++)
        {
            if (i < args.Count)
            {
                var v = args[i];
                if (formals[i].Type == TorchType.Float && v.IsInt) v = IValue.FromDouble(v.ToInt());
                if (!Fits(v, formals[i].Type))
                    throw new ArgumentException($"{schema.Name}(): expected a value of type {formals[i].Type.AnnotationStr()} for argument '{formals[i].Name}' but got {v.Tag}");
                bound.Add(v);
            }
            else if (formals[i].HasDefault) bound.Add(formals[i].Default);
            else throw new ArgumentException($"{schema.Name}() missing argument '{formals[i].Name}'");
        }
        return bound;
    }

    static bool Fits(IValue v, TorchType t) => t switch
    {
        OptionalType o => v.IsNone || Fits(v, o.Element),
        _ when t == TorchType.Any => true,
        _ when t == TorchType.Tensor => v.IsTensor,
        _ when t == TorchType.Int => v.IsInt,
        _ when t == TorchType.Float => v.IsDouble,
        _ when t == TorchType.Bool => v.IsBool,
        _ when t == TorchType.Str_ => v.IsString,
        _ when t == TorchType.Number => v.IsNumber,
        _ when t == TorchType.None => v.IsNone,
        ListType => v.IsList,
        DictType => v.IsDict,
        TupleType => v.IsTuple,
        _ => true,
    };
}
