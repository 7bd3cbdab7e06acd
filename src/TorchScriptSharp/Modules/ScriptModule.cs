using TorchScriptSharp.Compiler;
using TorchScriptSharp.IR;
using TorchScriptSharp.Printing;
using TorchScriptSharp.Runtime;
using TorchScriptSharp.Types;
using TorchSharp;

namespace TorchScriptSharp;

/// A scripted module, like torch.jit.ScriptModule: `code`, `graph`, `forward(...)`, exported methods
/// by name, parameters and submodules. Parameters are the eager module's TorchSharp tensors, so
/// running forward under grad mode records autograd.
public sealed partial class ScriptModule
{
    internal ScriptModule(ScriptObject obj) => Object = obj;

    internal ScriptObject Object { get; }
    public ClassType type => Object.Type;
    public string qualified_name => Object.Type.QualifiedName;

    GraphFunction Method(string name) => Object.Type.Method(name) as GraphFunction
        ?? ((CompilationUnit)Object.Type.Owner!).GetMethod(Object.Type, name, default)
        ?? throw new ArgumentException($"'{Object.Type.Name}' has no method '{name}'");

    /// `forward` as Python, exactly as PyTorch's `module.code` prints it.
    public string code => method_code("forward");

    /// Any compiled method as Python, like PyTorch's `module.forward__0.code` for an overloaded forward.
    public string method_code(string method)
    {
        var fn = Method(method);
        var printer = new PythonPrinter();
        printer.AddMethod(method, fn.Graph, fn.Schema);
        return printer.Text;
    }

    public Graph graph => Method("forward").Graph;

    /// The compiled methods (PyTorch's `_c._method_names()`): forward, or an overloaded forward's
    /// variants `forward__0`..., exported methods and what they call.
    public IEnumerable<string> method_names => Object.Type.MethodNames;

    /// Calls the module, as `module(*args)` does in PyTorch: forward between its forward pre-hooks and
    /// forward hooks (see ModuleHooks). `call("forward", ...)` runs forward alone.
    public object? forward(params object?[] args)
    {
        if (type.ForwardPreHooks.Count == 0 && type.ForwardHooks.Count == 0) return call("forward", args);
        var self = IValue.FromObject(Object);
        var values = Arguments(Method("forward"), args);
        var input = IValue.FromTuple(new ScriptTuple(values.Skip(1).ToArray()));
        foreach (GraphFunction hook in type.ForwardPreHooks)
        {
            var result = Interpreter.Run(hook, new List<IValue> { self, input });
            if (result.Tag != IValueTag.None) input = result.Tag == IValueTag.Tuple ? result : IValue.FromTuple(new ScriptTuple(new[] { result }));
        }
        var output = Interpreter.Run(Method("forward"), new[] { self }.Concat(input.ToTuple().Elements).ToList());
        foreach (GraphFunction hook in type.ForwardHooks)
        {
            var result = Interpreter.Run(hook, new List<IValue> { self, input, output });
            if (result.Tag != IValueTag.None) output = result;
        }
        return ValueConversion.ToDotNet(output);
    }

    /// Calls `forward` or any compiled (exported) method with .NET values.
    public object? call(string method, params object?[] args)
    {
        var fn = Method(method);
        return ValueConversion.ToDotNet(Interpreter.Run(fn, Arguments(fn, args)));
    }

    /// self, the .NET arguments converted to the method's parameter types, then the defaults of the rest.
    List<IValue> Arguments(GraphFunction fn, object?[] args)
    {
        var formals = fn.Schema.Arguments;
        var values = new List<IValue> { IValue.FromObject(Object) };
        for (int i = 0; i < args.Length; i++) values.Add(ValueConversion.ToIValue(args[i], i + 1 < formals.Count ? formals[i + 1].Type : null));
        for (int i = args.Length + 1; i < formals.Count; i++)
            values.Add(formals[i].HasDefault ? formals[i].Default : throw new ArgumentException($"{fn.Name}() missing argument '{formals[i].Name}'"));
        return values;
    }

    /// Direct submodules by attribute name.
    public ScriptModule? submodule(string name) =>
        Object.Type.AttributeSlot(name) is var i and >= 0 && Object.GetAttr(i).Reference is ScriptObject child && child.Type.IsModule ? new ScriptModule(child) : null;

    /// Tensor attributes, recursively with dotted names (parameters and buffers).
    public IEnumerable<(string Name, torch.Tensor Tensor)> named_tensors(string prefix = "")
    {
        for (int i = 0; i < Object.Type.Attributes.Count; i++)
        {
            var (name, t) = Object.Type.Attributes[i];
            var v = Object.GetAttr(i);
            if (v.IsTensor) yield return (prefix + name, v.ToTensor());
            else if (v.Reference is ScriptObject child && child.Type.IsModule)
                foreach (var inner in new ScriptModule(child).named_tensors(prefix + name + ".")) yield return inner;
        }
    }
}
