using TorchScriptSharp.IR;
using TorchScriptSharp.Ops;
using TorchScriptSharp.Types;
using TorchSharp;

namespace TorchScriptSharp.Runtime;

/// Lowers a graph to <see cref="Code"/>: one register per value, constants in a table (a constant
/// operand costs nothing at run time), control flow as jumps, and a release of each tensor-holding
/// value right after its last use (<see cref="LastUses"/>).
///
/// Why a flat instruction array and not a tree of prepared closures: the interpreter has to know, for
/// each register, the exact point where it dies, and has to report "the node being executed" of every
/// frame on an error. Both are plain data in a linear code (drops attached to instructions, one node per
/// instruction, a program counter per frame); calls become frame pushes instead of host recursion, so
/// deep TorchScript recursion cannot overflow the .NET stack.
sealed partial class CodeBuilder
{
    readonly List<Instruction> _code = new();
    readonly List<IValue> _constants = new();
    readonly Dictionary<Value, int> _operands = new();
    readonly LastUses _lastUses;
    readonly IKernelResolver? _resolver;
    int _registers;

    CodeBuilder(Graph graph, IKernelResolver? resolver)
    {
        _lastUses = new LastUses(graph);
        _resolver = resolver;
    }

    public static Code Build(GraphFunction fn, Interpreter interpreter)
    {
        var b = new CodeBuilder(fn.Graph, interpreter.Kernels);
        var graph = fn.Graph;
        var inputs = graph.Inputs.Select(b.Define).ToArray();
        // Graph inputs belong to the caller: nothing to release, whether used or not.
        b.EmitNodes(graph.Block);
        b.Emit(new Instruction { Code = OpCode.Return, In = graph.Outputs.Select(b.Operand).ToArray(), Node = graph.Block.ReturnNode });
        return new Code(fn.QualifiedName, b._code.ToArray(), b._constants.ToArray(), b._registers, inputs, interpreter.Kernels) { Graph = graph };
    }

    int NewRegister() => _registers++;

    int Define(Value v) => _operands[v] = NewRegister();

    int Operand(Value v) => _operands.TryGetValue(v, out int o) ? o
        : throw new InvalidOperationException($"{v} is used before it is defined");

    int AddConstant(IValue c)
    {
        _constants.Add(c);
        return ~(_constants.Count - 1);
    }

    int Emit(Instruction ins)
    {
        _code.Add(ins);
        return _code.Count - 1;
    }

    /// Registers of values that hold (or may hold) a tensor; releasing the others would be a no-op.
    int[] Registers(IEnumerable<Value> values) =>
        values.Where(v => Ownership.MayHoldTensors(v.Type) && _operands.TryGetValue(v, out int o) && o >= 0)
              .Select(v => _operands[v]).Distinct().ToArray();

    void EmitNodes(Block block)
    {
        foreach (var node in block.Nodes) EmitNode(node);
    }

    void EmitNode(Node node)
    {
        // Released after this node: values whose last use it is, and its own outputs nobody reads.
        var dying = _lastUses.DyingAfter(node).ToList();
        switch (node.Kind)
        {
            case "prim::Constant":
                _operands[node.Output] = AddConstant(node.Output.Constant!.Value);
                break;
            case "prim::If":
                EmitIf(node, dying);
                break;
            case "prim::Loop":
                EmitLoop(node, dying);
                break;
            case "prim::Drop":
                break; // its inputs die here; nothing else to do
            case "prim::SetAttr":
                EmitSetAttr(node, dying);
                return;
            case "prim::CallMethod" or "prim::Enter" or "prim::Exit":
                EmitMethodCall(node, dying);
                return;
            case "prim::CallFunction":
                foreach (var o in node.Outputs) Define(o);
                _code.Add(new Instruction
                {
                    Code = OpCode.Call, Node = node,
                    In = node.Inputs.Select(Operand).ToArray(),
                    Out = node.Outputs.Select(Operand).ToArray(),
                    Drops = Registers(dying.Concat(node.Outputs.Where(_lastUses.IsUnused))),
                });
                return;
            default:
                EmitOp(node, dying);
                return;
        }
        var drops = Registers(dying.Concat(node.Outputs.Where(_lastUses.IsUnused)));
        if (drops.Length > 0) Emit(new Instruction { Code = OpCode.Drop, Drops = drops, Node = node });
    }

    void EmitOp(Node node, List<Value> dying)
    {
        var ins = new Instruction { Code = OpCode.Op, Node = node, In = node.Inputs.Select(Operand).ToArray() };
        foreach (var o in node.Outputs) Define(o);
        ins.Out = node.Outputs.Select(Operand).ToArray();
        ins.Drops = Registers(dying.Concat(node.Outputs.Where(_lastUses.IsUnused)));
        if (StructuralKernels.For(node) is { } structural)
        {
            (ins.Kernel, ins.Results) = structural;
        }
        else
        {
            ins.Kernel = ResolveKernel(node);
            ins.Results = ResultKind.Kernel;
            ins.Captures = Captures(node);
            ins.MayBeNew = MayBeNew(node);
        }
        Emit(ins);
    }

    Kernel ResolveKernel(Node node)
    {
        var k = _resolver?.Resolve(node) ?? RegistryKernels.Resolve(node);
        if (k != null) return k;
        string what = node.Schema?.ToString() ?? node.Kind;
        // Deferred: a graph may well contain ops that the run never reaches.
        return _ => throw PythonError.Runtime($"no kernel is registered for operator {what}");
    }

    /// Which inputs a kernel may keep: container arguments it writes (`t[](a!)`) and values it stores
    /// into something (`t(c -> *)`). A Tensor argument is never kept, even when written in place: the
    /// kernel returns the handle (an alias the frame recognises) but does not store it. With no schema
    /// nothing is known, so every input is assumed kept.
    static bool[]? Captures(Node node)
    {
        var schema = node.Schema;
        var result = new bool[node.Inputs.Count];
        bool any = false;
        for (int i = 0; i < result.Length; i++)
        {
            if (!Ownership.MayHoldTensors(node.Inputs[i].Type)) continue;
            bool keeps;
            if (schema == null || i >= schema.Arguments.Count) keeps = true;
            else
            {
                var arg = schema.Arguments[i];
                bool tensor = arg.Type == TorchType.Tensor || arg.Type is OptionalType { Element: var e } && e == TorchType.Tensor;
                keeps = !tensor && arg.Alias is { } alias && (alias.IsWrite || IntoWildcard(alias));
            }
            result[i] = keeps;
            any |= keeps;
        }
        return any ? result : null;
    }

    /// A result annotated as aliasing the wildcard set (`-> t(*)`, e.g. list indexing) is something
    /// that already existed, even when the frame cannot see where it came from.
    static bool[]? MayBeNew(Node node)
    {
        if (node.Schema is not { } schema) return null;
        var result = new bool[node.Outputs.Count];
        for (int i = 0; i < result.Length; i++)
            result[i] = i >= schema.Returns.Count || schema.Returns[i].Alias is not { } a || !IntoWildcard(a);
        return result;
    }

    /// `(*)`, `(a -> *)`, or the same on a list's elements: the value joins "anything".
    static bool IntoWildcard(AliasInfo a) =>
        a.BeforeSets.Contains("*") || a.AfterSets.Contains("*") || a.Contained is { } c && IntoWildcard(c);

    void EmitIf(Node node, List<Value> dying)
    {
        var outs = node.Outputs.Select(Define).ToArray();
        int jf = Emit(new Instruction { Code = OpCode.JumpIfFalse, In = new[] { Operand(node.Inputs[0]) }, Node = node });
        EmitBlock(node.Blocks[0], outs);
        int jump = Emit(new Instruction { Code = OpCode.Jump, Node = node });
        _code[jf].Target = _code.Count;
        EmitBlock(node.Blocks[1], outs);
        _code[jump].Target = _code.Count;
    }

    /// The block's nodes, then its outputs written into <paramref name="targets"/> (moved when this
    /// is their last use), then the release of the block's values that lived until its end.
    void EmitBlock(Block block, int[] targets, int firstOutput = 0, int? condTarget = null)
    {
        EmitNodes(block);
        var outputs = block.Outputs;
        var moved = new HashSet<Value>();
        for (int j = 0; j < outputs.Count; j++)
        {
            var v = outputs[j];
            int target = j == 0 && condTarget is { } c ? c : targets[j - firstOutput];
            int src = Operand(v);
            bool movable = src >= 0 && v.Node.Owner == block && _lastUses.DiesAt(v, block.ReturnNode)
                           && outputs.Count(o => o == v) == 1;
            if (movable)
            {
                Emit(new Instruction { Code = OpCode.Move, A = src, B = target, Node = block.ReturnNode });
                moved.Add(v);
            }
            else Emit(new Instruction { Code = OpCode.Copy, In = new[] { src }, Out = new[] { target }, Node = block.ReturnNode });
        }
        var drops = Registers(_lastUses.DyingAtReturn(block).Where(v => !moved.Contains(v)));
        if (drops.Length > 0) Emit(new Instruction { Code = OpCode.Drop, Drops = drops, Node = block.ReturnNode });
    }

    /// Layout (the carried values live in the loop's output registers between iterations):
    ///   trip = 0; cond = initial; outs = initial carried
    /// head: LOOPTEST (exit unless trip &lt; max and cond; param_trip = trip++)
    ///   params = MOVE outs; body; cond = next_cond; outs = body carried; JUMP head
    /// exit:
    void EmitLoop(Node node, List<Value> dying)
    {
        var body = node.Blocks[0];
        var outs = node.Outputs.Select(Define).ToArray();
        int trip = NewRegister(), cond = NewRegister();
        Emit(new Instruction { Code = OpCode.Copy, In = new[] { AddConstant(IValue.FromInt(0)) }, Out = new[] { trip }, Node = node });
        Emit(new Instruction { Code = OpCode.Copy, In = new[] { Operand(node.Inputs[1]) }, Out = new[] { cond }, Node = node });
        for (int j = 0; j < outs.Length; j++)
        {
            var init = node.Inputs[2 + j];
            int src = Operand(init);
            // The loop is the initial value's last use and the body does not read it: hand it over.
            bool movable = src >= 0 && _lastUses.DiesAt(init, node) && init.Uses.Count == 1;
            if (movable)
            {
                Emit(new Instruction { Code = OpCode.Move, A = src, B = outs[j], Node = node });
                dying.Remove(init);
            }
            else Emit(new Instruction { Code = OpCode.Copy, In = new[] { src }, Out = new[] { outs[j] }, Node = node });
        }

        var tripParam = Define(body.Inputs[0]);
        var carriedParams = body.Inputs.Skip(1).Select(Define).ToArray();
        int head = Emit(new Instruction
        {
            Code = OpCode.LoopTest, A = trip, B = cond, Node = node,
            In = new[] { Operand(node.Inputs[0]) }, Out = new[] { tripParam },
        });
        for (int j = 0; j < outs.Length; j++)
            Emit(new Instruction { Code = OpCode.Move, A = outs[j], B = carriedParams[j], Node = node });
        var unusedParams = Registers(body.Inputs.Where(_lastUses.IsUnused));
        if (unusedParams.Length > 0) Emit(new Instruction { Code = OpCode.Drop, Drops = unusedParams, Node = node });

        EmitBlock(body, outs, firstOutput: 1, condTarget: cond);
        Emit(new Instruction { Code = OpCode.Jump, Target = head, Node = node });
        _code[head].Target = _code.Count;
    }
}
