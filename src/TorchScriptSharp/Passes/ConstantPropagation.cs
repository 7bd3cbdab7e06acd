using TorchScriptSharp.IR;
using TorchScriptSharp.Ops;
using TorchScriptSharp.Runtime;
using TorchScriptSharp.Types;

namespace TorchScriptSharp.Passes;

/// Folds operators whose inputs are all constants of immutable types (ints, floats, complex numbers,
/// bools, strings, devices, None, and tuples of them) by running their kernels at compile time, and If
/// nodes with a constant condition.
/// Tensors are never folded, as in PyTorch's ConstantPropagationImmutableTypes.
public static class ConstantPropagation
{
    public static void Run(Graph graph) => RunBlock(graph, graph.Block);

    static void RunBlock(Graph graph, Block block)
    {
        foreach (var node in block.Nodes.ToList())
        {
            foreach (var b in node.Blocks) RunBlock(graph, b);
            if (node.Kind == "prim::If") { FoldIf(node); continue; }
            if (node.Kind is "prim::EnumValue" or "prim::EnumName") { FoldEnum(graph, node); continue; }
            if (node.Kind == "prim::Loop") { RemoveLoopThatNeverRuns(node); continue; }
            if (node.Kind == "prim::TupleConstruct" && node.Inputs.Count > 0 && node.Inputs.All(IsTupleElementConstant)) { FoldTuple(graph, node); continue; }
            if (node.Kind == "prim::TupleUnpack" && ConstantTuple(node.Inputs[0]) is { } tuple) { FoldUnpack(graph, node, tuple); continue; }
            if (node.Kind is "aten::eq" or "aten::ne" or "aten::__is__" or "aten::__isnot__" && FoldEnumComparison(graph, node)) continue;
            TryFold(graph, node);
        }
    }

    static bool IsImmutableConstant(Value v) =>
        v.Node.Kind == "prim::Constant" && IsImmutable(v.Type);

    static bool IsImmutable(TorchType t) => t == TorchType.Int || t == TorchType.Float || t == TorchType.Complex || t == TorchType.Bool
        || t == TorchType.Str_ || t == TorchType.None || t == TorchType.Device;

    /// A constant tuple is immutable too, so `((3, 4), (3,))` folds to one constant as in PyTorch.
    static bool IsTupleElementConstant(Value v) =>
        IsImmutableConstant(v) || v.Node.Kind == "prim::Constant" && v.Type is TupleType { IsNamed: false };

    static void TryFold(Graph graph, Node node)
    {
        if (node.Schema == null || node.Outputs.Count != 1 || node.Blocks.Count > 0) return;
        if (!node.Kind.StartsWith("aten::") && !node.Kind.StartsWith("prim::")) return;
        if (node.Kind is "prim::RaiseException" or "prim::Print" or "aten::warn" or "prim::Uninitialized") return;
        if (node.Schema.IsMutable || node.Inputs.Count == 0) return;
        var outType = node.Output.Type;
        if (!IsImmutable(outType) || outType == TorchType.None) return;
        if (!node.Inputs.All(IsTupleElementConstant)) return;
        var op = OperatorRegistry.Find(node.Schema.FullName);
        if (op == null || !op.HasKernel) return;
        IValue result;
        try
        {
            var stack = new Stack();
            foreach (var input in node.Inputs) stack.Push(input.Constant!.Value);
            op.KernelFor(node)(stack);
            if (stack.Count != 1) return;
            result = stack.Pop();
        }
        catch (Exception)
        {
            return; // errors (division by zero...) must surface at run time, as in PyTorch
        }
        var constant = graph.CreateConstant(result, outType);
        constant.Range = node.Range;
        constant.InsertBefore(node);
        node.Output.ReplaceAllUsesWith(constant.Output);
        node.Destroy();
    }

    /// A tuple of immutable constants is itself a constant.
    static void FoldTuple(Graph graph, Node node)
    {
        var items = node.Inputs.Select(i => i.Constant!.Value).ToArray();
        var constant = graph.CreateConstant(IValue.FromTuple(new ScriptTuple(items, node.Output.Type as TupleType)), node.Output.Type);
        constant.Range = node.Range;
        constant.InsertBefore(node);
        node.Output.ReplaceAllUsesWith(constant.Output);
        node.Destroy();
    }

    static ScriptTuple? ConstantTuple(Value v) =>
        v.Constant is { IsTuple: true } iv ? iv.ToTuple() : null;

    /// Unpacking a constant tuple (a module constant `(2, 3)` passed as a list) gives its elements as
    /// constants, so `[2, 3]` prints as a literal.
    static void FoldUnpack(Graph graph, Node node, ScriptTuple tuple)
    {
        if (tuple.Count != node.Outputs.Count) return;
        for (int i = 0; i < tuple.Count; i++)
        {
            var element = graph.CreateConstant(tuple[i], node.Outputs[i].Type);
            element.Range = node.Range;
            element.InsertBefore(node);
            node.Outputs[i].ReplaceAllUsesWith(element.Output);
        }
        node.Destroy();
    }

    /// A loop with a constant trip count of 0 (or a constant false start condition) never runs: its
    /// outputs are its initial carried values.
    static void RemoveLoopThatNeverRuns(Node loop)
    {
        bool never = ConstantInt(loop.Inputs[0]) is <= 0 || ConstantBool(loop.Inputs[1]) == false;
        if (!never) return;
        for (int i = 0; i < loop.Outputs.Count; i++) loop.Outputs[i].ReplaceAllUsesWith(loop.Inputs[i + 2]);
        loop.Destroy();
    }

    static long? ConstantInt(Value v) =>
        v.Constant is { IsInt: true } i ? i.ToInt() : null;

    /// Comparisons of enum constants are decided at compile time. `is` compares object identity, and
    /// every constant is its own object in PyTorch, so `A.X is A.X` folds to False (a 1.13 quirk).
    static bool FoldEnumComparison(Graph graph, Node node)
    {
        if (node.Inputs.Count != 2 || node.Inputs[0].Constant is not { Reference: ScriptEnumValue a }
            || node.Inputs[1].Constant is not { Reference: ScriptEnumValue b })
            return false;
        bool equal = a.Type == b.Type && a.Name == b.Name;
        bool result = node.Kind switch { "aten::eq" => equal, "aten::ne" => !equal, "aten::__is__" => false, _ => true };
        var constant = graph.CreateConstant(IValue.FromBool(result), TorchType.Bool);
        constant.Range = node.Range;
        constant.InsertBefore(node);
        node.Output.ReplaceAllUsesWith(constant.Output);
        node.Destroy();
        return true;
    }

    /// `Color.RED.value` is known at compile time.
    static void FoldEnum(Graph graph, Node node)
    {
        if (node.Inputs[0].Constant is not { Reference: ScriptEnumValue member }) return;
        var value = node.Kind == "prim::EnumValue" ? member.Value : IValue.FromString(member.Name);
        var constant = graph.CreateConstant(value, node.Output.Type);
        constant.Range = node.Range;
        constant.InsertBefore(node);
        node.Output.ReplaceAllUsesWith(constant.Output);
        node.Destroy();
    }

    /// `if True:` keeps only the taken branch, inlined into the enclosing block.
    static void FoldIf(Node node)
    {
        FoldSameOutputs(node);
        if (ConstantBool(node.Inputs[0]) is not bool cond) return;
        var taken = node.Blocks[cond ? 0 : 1];
        foreach (var inner in taken.Nodes.ToList()) inner.MoveBefore(node);
        for (int i = 0; i < node.Outputs.Count; i++) node.Outputs[i].ReplaceAllUsesWith(taken.Outputs[i]);
        node.Destroy();
    }

    /// An If output that is the same on both paths (one outer value, or equal constants) is not an
    /// output at all: its uses read that value directly.
    static void FoldSameOutputs(Node node)
    {
        for (int i = node.Outputs.Count - 1; i >= 0; i--)
        {
            var a = node.Blocks[0].Outputs[i];
            var b = node.Blocks[1].Outputs[i];
            Value? same = a == b && !IsInside(a, node) ? a : SameConstant(a, b) ? a : null;
            if (same == null) continue;
            if (IsInside(same, node)) // an equal constant from inside a branch: recreate it before the If
            {
                var copy = node.Graph.CreateConstant(same.Constant!.Value, same.Type);
                copy.InsertBefore(node);
                same = copy.Output;
            }
            node.Outputs[i].ReplaceAllUsesWith(same);
            foreach (var block in node.Blocks) block.EraseOutput(i);
            node.EraseOutput(i);
        }
    }

    static bool IsInside(Value v, Node owner)
    {
        for (var block = v.Node.Owner; block != null; block = block.OwningNode?.Owner)
            if (block.OwningNode == owner) return true;
        return false;
    }

    static bool SameConstant(Value a, Value b) =>
        a.Node.Kind == "prim::Constant" && b.Node.Kind == "prim::Constant" && a.Type == b.Type
        && (a.Node.Attributes["value"] is IValue va ? b.Node.Attributes["value"] is IValue vb && va.Tag == vb.Tag && !va.IsTensor && va.Equals(vb)
                                                    : b.Node.Attributes["value"] == null);

    static bool? ConstantBool(Value v) =>
        v.Constant is { IsBool: true } b ? b.ToBool() : null;
}
