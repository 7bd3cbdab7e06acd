using TorchScriptSharp.IR;
using TorchScriptSharp.Ops;
using TorchScriptSharp.Runtime;
using TorchScriptSharp.Syntax;
using TorchScriptSharp.Types;
using Ast = TorchScriptSharp.Syntax.Ast;

namespace TorchScriptSharp.Compiler;

/// Lowers one `def` to a typed SSA graph (PyTorch's to_ir). Variables live in <see cref="Scope"/>
/// frames; if/loop merges create block outputs and loop-carried values directly, and blocks with
/// early exits are emitted in continuation style (see <see cref="ExitTarget"/>).
public sealed partial class FunctionEmitter
{
    readonly CompilationUnit _unit;
    readonly Graph _graph = new();
    Scope _scope = new(null);
    ExitTarget _exit;
    readonly FunctionExit _functionExit;
    SourceRange _functionRange;
    readonly ClassType? _selfType;
    /// Compiling a class's `__init__`: assignments to `self.x` declare attributes.
    readonly bool _isInit;

    FunctionEmitter(CompilationUnit unit, TorchType? declaredReturn, ClassType? selfType, bool isInit)
    {
        _unit = unit;
        _selfType = selfType;
        _isInit = isInit;
        _functionExit = new FunctionExit(declaredReturn);
        _exit = _functionExit;
    }

    public Graph Graph => _graph;
    public CompilationUnit Unit => _unit;

    /// Compiles a function definition to a graph plus its schema.
    public static GraphFunction Compile(CompilationUnit unit, Ast.FunctionDef def, string qualifiedName, ClassType? selfType)
    {
        Reject.Function(def);
        var signature = Signature.Of(def, unit, selfType);
        bool isInit = selfType != null && def.Name == "__init__";
        var declared = isInit ? TorchType.None : signature.DeclaredReturn;
        var emitter = new FunctionEmitter(unit, declared, selfType, isInit);
        return emitter.EmitFunction(def, signature, qualifiedName);
    }

    GraphFunction EmitFunction(Ast.FunctionDef def, Signature signature, string qualifiedName)
    {
        _functionRange = def.Range;
        foreach (var p in signature.Parameters)
        {
            var v = _graph.AddInput(p.Type, p.Name);
            if (_selfType != null && p.Type == _selfType && p == signature.Parameters[0]) v.SetDebugName("self");
            _scope.Set(p.Name, new Binding(new SimpleValue(v), p.Type));
        }
        var body = def.Body;
        if (body.Count > 0 && body[0] is Ast.ExprStmt { Value: Ast.StringLiteral }) body = body.Skip(1).ToList(); // docstring
        body = DroppedReturns.Rewrite(body, IsDropped);
        if (!EmitBlock(body, 0)) TerminateFallThrough(def.Range);
        var returnType = _functionExit.DeclaredReturn ?? _graph.Outputs[0].Type;
        if (_functionExit.DeclaredReturn == null) _graph.Outputs[0].Type = returnType;
        Passes.Cleanup.Run(_graph);
        var schema = new FunctionSchema(qualifiedName, "",
            signature.Parameters.Select(p => p.ToArgument()).ToList(),
            new[] { new Argument("", returnType) });
        return new GraphFunction(qualifiedName, _graph, schema);
    }

    // ----- small helpers used across the partial files -----

    Value Constant(IValue value, TorchType type, SourceRange? range = null) => _graph.InsertConstant(value, type, range);
    Value IntConst(long v, SourceRange? range = null) => Constant(IValue.FromInt(v), TorchType.Int, range);
    Value BoolConst(bool v, SourceRange? range = null) => Constant(IValue.FromBool(v), TorchType.Bool, range);
    Value NoneConst(SourceRange? range = null) => Constant(IValue.None, TorchType.None, range);
    Value StrConst(string v, SourceRange? range = null) => Constant(IValue.FromString(v), TorchType.Str_, range);

    /// Inserts a node without a schema (prim ops whose shape the runtime knows).
    Node InsertNode(string kind, IEnumerable<Value> inputs, SourceRange? range, params TorchType[] outputTypes)
    {
        var n = _graph.Insert(kind, inputs, outputTypes.Length, range);
        for (int i = 0; i < outputTypes.Length; i++) n.Outputs[i].Type = outputTypes[i];
        return n;
    }

    /// Calls operator `symbol` with plain positional values (used for the emitter's own desugarings).
    public Value Op(SourceRange range, string symbol, params Value[] args) =>
        EmitBuiltinCall(range, symbol, null, args.Select(a => new NamedValue(range, null, a)).ToList());

    static bool IsConstantNode(Value v) => v.Node.Kind == "prim::Constant";


    internal static string SourceText(SourceRange r) => r.Source.Text[r.Start..r.End];
}
