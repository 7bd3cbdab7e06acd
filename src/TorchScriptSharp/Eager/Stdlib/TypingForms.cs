using TorchScriptSharp.Serialization;

namespace TorchScriptSharp.Eager;

/// isinstance against typing names (`isinstance(x, List)`), as far as it is meaningful at run time.
static class TypingForms
{
    public static bool IsInstance(object? v, TypingForm f) => f.Name switch
    {
        "List" => v is PyList,
        "Tuple" => v is PyTuple,
        "Dict" => v is PyDict,
        "Any" => true,
        "Optional" => v == null || f.Args.Count == 1 && f.Args[0] is PyClass c && PyOps.IsInstance(v, c),
        "Union" => f.Args.Any(a => a is PyClass c ? PyOps.IsInstance(v, c) : a is TypingForm t && IsInstance(v, t)),
        "Callable" => v is PyFunction or BuiltinFunction or BoundMethod or PyClass,
        "Iterable" or "Sequence" => v is PyList or PyTuple or string or PyRange,
        "Mapping" => v is PyDict,
        _ => throw Interpreter.TypeError($"isinstance() argument 2 cannot be typing.{f.Name}"),
    };
}
