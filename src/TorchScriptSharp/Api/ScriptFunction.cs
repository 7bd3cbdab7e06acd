using TorchScriptSharp.IR;
using TorchScriptSharp.Ops;
using TorchScriptSharp.Printing;
using TorchScriptSharp.Runtime;

namespace TorchScriptSharp;

/// A compiled TorchScript function, like torch.jit.ScriptFunction: `code`, `graph`, `schema`, and
/// callable with TorchSharp tensors and .NET scalars, lists, dicts and tuples.
public sealed class ScriptFunction
{
    internal ScriptFunction(GraphFunction function) => Function = function;

    internal GraphFunction Function { get; }

    public string name => Function.Name;
    public string qualified_name => Function.QualifiedName;
    /// The function as Python source, exactly as PyTorch's `.code` prints it.
    public string code => PythonPrinter.PrintFunction(Function);
    /// The IR in PyTorch's `.graph` text format.
    public Graph graph => Function.Graph;
    public FunctionSchema schema => Function.Schema;

    /// Calls the function. Arguments and the result use .NET types: torch.Tensor, long/int, double,
    /// bool, string, null, IList, IDictionary, ValueTuple/Tuple/object[] for tuples.
    public object? call(params object?[] args) => ValueConversion.ToDotNet(invoke(args.Select(ValueConversion.ToIValue).ToList()));

    /// Calls with runtime values directly.
    public IValue invoke(IReadOnlyList<IValue> args) => Interpreter.Run(Function, ArgumentBinder.Bind(Function.Schema, args));

    public override string ToString() => code;
}
