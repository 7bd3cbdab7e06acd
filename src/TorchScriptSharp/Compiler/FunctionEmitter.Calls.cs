using TorchScriptSharp.IR;
using TorchScriptSharp.Ops;
using TorchScriptSharp.Runtime;
using TorchScriptSharp.Syntax;
using TorchScriptSharp.Types;
using Ast = TorchScriptSharp.Syntax.Ast;

namespace TorchScriptSharp.Compiler;

public sealed partial class FunctionEmitter
{
    /// Calls the operator `symbol` (all its overloads are candidates) with the given arguments.
    public Value EmitBuiltinCall(SourceRange range, string symbol, Value? self, IReadOnlyList<NamedValue> args)
    {
        var candidates = OperatorRegistry.Lookup(symbol).Select(o => o.Schema).ToList();
        if (candidates.Count == 0)
            throw new CompileError($"Unknown builtin op: {symbol}.", range);
        var match = SchemaMatcher.Match(this, range, symbol, candidates, self, args);
        // fail now, not deep inside a model at run time
        // (bundled library code is exempt: its branches cover every mode, and a missing kernel in a
        // branch a call never takes must not stop the call from compiling)
        if (!_unit.IsLibrary && !OperatorRegistry.HasKernel(match.Schema) && !InterpreterBuiltIns.Implements(match.Schema.FullName))
            throw new CompileError($"operator {match.Schema.FullName} ({match.Schema}) has no kernel yet", range);
        var node = _graph.Insert(symbol, match.Inputs, match.OutputTypes.Count, range);
        node.Schema = match.Schema;
        for (int i = 0; i < match.OutputTypes.Count; i++) node.Outputs[i].Type = match.OutputTypes[i];
        if (node.Outputs.Count == 1) return node.Output;
        var returns = match.Schema.Returns;
        var names = returns.All(r => r.Name.Length > 0) ? returns.Select(r => r.Name).ToList() : null;
        var tuple = InsertNode("prim::TupleConstruct", node.Outputs, range, new TupleType(match.OutputTypes, names));
        return tuple.Output;
    }

    public SugaredValue EmitUserFunctionCall(SourceRange range, string name, Ast.Call call)
    {
        return EmitUnitFunctionCall(range, _unit, name, EmitArguments(call));
    }

    /// Calls a function of a compilation unit, choosing among its `@_overload` signatures if it has some.
    public SugaredValue EmitUnitFunctionCall(SourceRange range, CompilationUnit unit, string name, IReadOnlyList<NamedValue> args)
    {
        int overloads = unit.OverloadCount(name);
        if (overloads == 0) return EmitFunctionCall(range, unit.GetOrCompile(name, range), args);
        var failures = new List<string>();
        for (int i = 0; i < overloads; i++)
        {
            var sig = unit.OverloadSignature(name, i);
            var schema = new FunctionSchema(name, "", sig.Parameters.Select(p => p.ToArgument()).ToList(), new[] { new Argument("", sig.DeclaredReturn ?? TorchType.None) });
            var mark = _graph.InsertPoint.Prev!;
            try
            {
                SchemaMatcher.Match(this, range, name, new[] { schema }, null, args, userFunction: true);
            }
            catch (CompileError e) { failures.Add(e.Message); continue; }
            finally { while (_graph.InsertPoint.Prev != mark) { foreach (var o in _graph.InsertPoint.Prev!.Outputs) o.Uses.Clear(); _graph.InsertPoint.Prev.Destroy(); } }
            return EmitFunctionCall(range, unit.GetOverload(name, i, range), args);
        }
        throw new CompileError($"Could not match any overload of {name}:\n  " + string.Join("\n  ", failures), range);
    }

    /// `value.name`: tensor properties and methods, list/dict/str methods.
    public SugaredValue ValueAttribute(Value value, SourceRange range, string name)
    {
        var t = value.Type;
        if (t == TorchType.Tensor)
        {
            switch (name)
            {
                case "dtype": return new SimpleValue(InsertPrim("prim::dtype", value, range, TorchType.Int));
                case "device": return new SimpleValue(InsertPrim("prim::device", value, range, TorchType.Device));
                case "shape": return new SimpleValue(Op(range, "aten::size", value));
                case "ndim": return new SimpleValue(Op(range, "aten::dim", value));
                case "T": return new SimpleValue(Op(range, "aten::numpy_T", value));
                // properties PyTorch's SimpleValue::attr maps to aten ops of the same name (not methods: `x.mT`, not `x.mT()`)
                case "mT" or "mH" or "real" or "imag" or "is_leaf" or "retains_grad": return new SimpleValue(Op(range, "aten::" + name, value));
                case "requires_grad": return new SimpleValue(InsertPrim("prim::requires_grad", value, range, TorchType.Bool));
                case "is_cuda" or "is_cpu" or "is_nested" or "is_sparse" or "is_mkldnn" or "is_meta" or "is_quantized":
                    return new SimpleValue(InsertPrim("prim::" + name, value, range, TorchType.Bool));
                case "data": return new SimpleValue(InsertPrim("prim::data", value, range, TorchType.Tensor));
                case "layout": return new SimpleValue(InsertPrim("prim::layout", value, range, TorchType.Int));
            }
            if (TensorCasts.TryGetValue(name, out long dtype)) return new TensorCast(value, dtype);
            if (OperatorRegistry.Lookup("aten::" + name).Count > 0) return new BuiltinFunction("aten::" + name, value);
            throw new CompileError($"'Tensor' object has no attribute or method '{name}'.", range);
        }
        if (t is ClassType ct) return ClassAttribute(value, ct, range, name);
        if (t is EnumType && name is "value" or "name")
            return new SimpleValue(InsertPrim(name == "value" ? "prim::EnumValue" : "prim::EnumName", value, range,
                name == "value" ? ((EnumType)t).ValueType : TorchType.Str_));
        if (t is TupleType { FieldNames: { } fields } tt && fields.Contains(name))
        {
            int i = fields.ToList().IndexOf(name);
            return new SimpleValue(InsertNode("prim::TupleIndex", new[] { value, IntConst(i) }, range, tt.Elements[i]).Output);
        }
        if (t == TorchType.Device && name is "type" or "index")
            return new SimpleValue(Op(range, "prim::" + name, value));
        if (t is ListType or DictType || t == TorchType.Str_)
        {
            if (OperatorRegistry.Lookup("aten::" + name).Count > 0) return new BuiltinFunction("aten::" + name, value);
        }
        throw new CompileError($"'{t.AnnotationStr()}' object has no attribute or method '{name}'", range);
    }

    /// `t.int()`, `t.float()`... are `aten::to(t, dtype)`.
    static readonly Dictionary<string, long> TensorCasts = new()
    {
        ["byte"] = 0, ["char"] = 1, ["short"] = 2, ["int"] = 3, ["long"] = 4, ["half"] = 5, ["float"] = 6, ["double"] = 7, ["bool"] = 11,
    };

    sealed class TensorCast : SugaredValue
    {
        readonly Value _tensor;
        readonly long _dtype;
        public TensorCast(Value tensor, long dtype) { _tensor = tensor; _dtype = dtype; }
        public override string Kind => "method";
        public override SugaredValue Call(FunctionEmitter e, SourceRange range, Ast.Call call)
        {
            if (call.Args.Count > 0 || call.Keywords.Count > 0) throw new CompileError("tensor casts take no arguments", range);
            return new SimpleValue(e.Op(range, "aten::to", _tensor, e.Constant(_dtype), e.Graph.InsertConstant(IValue.FromBool(false), TorchType.Bool), e.Graph.InsertConstant(IValue.FromBool(false), TorchType.Bool), e.Graph.InsertConstant(IValue.None, TorchType.None)));
        }
    }

    Value InsertPrim(string kind, Value input, SourceRange range, TorchType type)
    {
        var n = InsertNode(kind, new[] { input }, range, type);
        n.Schema = OperatorRegistry.Lookup(kind).FirstOrDefault()?.Schema;
        return n.Output;
    }
}
