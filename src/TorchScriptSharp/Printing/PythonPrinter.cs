using System.Text;
using TorchScriptSharp.IR;
using TorchScriptSharp.Ops;
using TorchScriptSharp.Runtime;
using TorchScriptSharp.Types;

namespace TorchScriptSharp.Printing;

/// Prints graphs as TorchScript Python (`fn.code`, archive `code/*.py`), reproducing PyTorch 1.13's
/// PythonPrint: single-use unnamed values are inlined into their user when that keeps evaluation
/// order, everything else becomes `name = expr`; loops and ifs get their carried values as plain
/// assignments. One printer instance is one output file: name counters carry over between the
/// functions printed into it, and tensors / non-ASCII strings collect in <see cref="Constants"/>.
public sealed partial class PythonPrinter
{
    readonly StringBuilder _body = new();
    readonly NameGenerator _names = new();
    readonly Dictionary<Value, string> _identRefs = new();
    readonly Dictionary<Value, string> _exprTable = new();
    readonly HashSet<Node> _inline = new();
    readonly Dictionary<Node, int> _visitedSplitUses = new();
    /// Optional/Union variables whose type has been written once (parameters, `w : Optional[int] = ...`).
    readonly HashSet<Value> _annotatedUnions = new();
    int _level;

    /// Values printed as `CONSTANTS.cN` (saved as constants.pkl in archives).
    public List<IValue> Constants { get; } = new();

    /// The text printed so far.
    public string Text => _body.ToString();
    public override string ToString() => Text;

    /// `.code` of a single function, as `fn.code` shows it.
    public static string PrintFunction(string name, Graph graph, FunctionSchema schema)
    {
        var p = new PythonPrinter();
        p.AddFunction(name, graph, schema);
        return p.Text;
    }

    public static string PrintFunction(GraphFunction fn) => PrintFunction(fn.Name, fn.Graph, fn.Schema);

    /// Appends `def name(...) -> T:` and the body. <paramref name="printFirstArgumentType"/> is false
    /// for methods as `module.code` shows them (`def forward(self,`).
    public void AddFunction(string name, Graph graph, FunctionSchema schema, bool printFirstArgumentType = true)
    {
        _names.StartFunction();
        Indent().Append("def ").Append(name).Append('(');
        for (int i = 0; i < schema.Arguments.Count; i++)
        {
            var arg = schema.Arguments[i];
            string argName = _names.Generate(arg.Name);
            bool typed = i > 0 || printFirstArgumentType;
            _body.Append(i == 0 ? "" : ",\n    ").Append(argName);
            if (typed) _body.Append(": ").Append(arg.Type.AnnotationStr());
            if (typed && i < graph.Inputs.Count) _annotatedUnions.Add(graph.Inputs[i]);
            if (arg.HasDefault) _body.Append('=').Append(ConstantText(ArgumentTrimming.DefaultValue(arg)));
            if (i < graph.Inputs.Count) _identRefs[graph.Inputs[i]] = argName;
        }
        var returnType = schema.Returns.Count > 0 ? schema.Returns[0].Type : TorchType.None;
        _body.Append(") -> ").Append(returnType.AnnotationStr()).Append(":\n");
        PrintBody(graph.Block);
    }

    /// A method inside a class body or `module.code`: `self` without its type.
    public void AddMethod(string name, Graph graph, FunctionSchema schema) => AddFunction(name, graph, schema, printFirstArgumentType: false);

    // ---- statements --------------------------------------------------------------------------

    void PrintBody(Block body)
    {
        // constants print first (mostly inlined into their uses, but long ones become `_N = ...`)
        var constants = new List<Node>();
        BuildConstantList(body, constants, new HashSet<Node>());
        ScanBlock(body);
        _level++;
        foreach (var c in constants) PrintNode(c, printConstant: true);
        PrintBlock(body, body.Outputs.Count > 0);
        PrintNode(body.ReturnNode, printConstant: false);
        _level--;
    }

    static void BuildConstantList(Block b, List<Node> constants, HashSet<Node> seen)
    {
        foreach (var n in b.Nodes) BuildConstantList(n, constants, seen);
        BuildConstantList(b.ReturnNode, constants, seen);
    }

    static void BuildConstantList(Node n, List<Node> constants, HashSet<Node> seen)
    {
        foreach (var input in n.Inputs)
            if (input.Node.Kind == "prim::Constant" && seen.Add(input.Node)) constants.Add(input.Node);
        foreach (var b in n.Blocks) BuildConstantList(b, constants, seen);
    }

    /// An empty block prints `pass`, unless assignments of its outputs will follow.
    void PrintBlock(Block block, bool hasOtherStatements)
    {
        if (!hasOtherStatements && !block.Nodes.Any()) Indent().Append("pass\n");
        foreach (var n in block.Nodes) PrintNode(n, printConstant: false);
    }

    void PrintNode(Node node, bool printConstant)
    {
        if (!printConstant && node.Kind == "prim::Constant") return;
        switch (node.Kind)
        {
            case "prim::Return":
                if (node.Inputs.Count > 0) Indent().Append("return ").Append(ValueList(node.Inputs)).Append('\n');
                break;
            case "prim::Loop": PrintLoop(node); break;
            case "prim::If": PrintIf(node); break;
            case "prim::TupleUnpack":
            case "prim::ListUnpack":
                // the trailing comma forces an unpack when parsed back: `a, b, = t`, `a, = t`
                AssignUniqueNames(node.Outputs);
                Indent();
                if (node.Outputs.Count > 0) _body.Append(ValueList(node.Outputs)).Append(", = ");
                _body.Append(UseOf(node.Inputs[0])).Append('\n');
                break;
            case "prim::SetAttr":
                Indent().Append(UseOf(node.Inputs[0])).Append('.').Append(node.Attributes.GetString("name"))
                    .Append(" = ").Append(UseOf(node.Inputs[1])).Append('\n');
                break;
            case "prim::fork":
            {
                string name = _names.Generate("__forked_function");
                var sub = (Graph)node.Attributes["Subgraph"]!;
                Indent().Append("def ").Append(name).Append("():\n");
                for (int i = 0; i < node.Inputs.Count; i++) _exprTable[sub.Inputs[i]] = UseOf(node.Inputs[i]);
                PrintBody(sub.Block);
                PrintOutputDefinition(node, $"fork({name})");
                break;
            }
            case "prim::Enter":
            {
                Indent().Append("with ").Append(UseOf(node.Inputs[0]));
                var output = node.Outputs[0];
                if (output.Uses.Count > 0)
                {
                    _identRefs[output] = UniqueNameFor(output);
                    _body.Append(" as ").Append(UseOf(output));
                }
                _body.Append(":\n");
                _level++;
                break;
            }
            case "prim::Exit":
                if (node.Prev?.Kind == "prim::Enter") Indent().Append("pass\n");
                _level--;
                break;
            default:
            {
                string rhs = Rhs(node);
                if (!_inline.Contains(node) || (node.Kind == "prim::Constant" && IsLongLine(rhs)))
                    PrintOutputDefinition(node, rhs);
                else
                {
                    _exprTable[node.Output] = rhs;
                    if (IsLongLine(rhs)) SplitLongInlines(node.Output);
                }
                break;
            }
        }
    }

    void PrintOutputDefinition(Node node, string expr)
    {
        AssignUniqueNames(node.Outputs);
        Indent();
        if (node.Outputs.Count > 0) _body.Append(ValueList(node.Outputs)).Append(" = ");
        _body.Append(expr).Append('\n');
    }

    void PrintIf(Node node)
    {
        AssignUniqueNames(node.Outputs);
        Indent().Append("if ").Append(UseOf(node.Inputs[0])).Append(":\n");
        foreach (var (block, keyword) in new[] { (node.Blocks[0], (string?)null), (node.Blocks[1], "else:\n") })
        {
            if (keyword != null) Indent().Append(keyword);
            _level++;
            PrintBlock(block, node.Outputs.Count > 0);
            PrintAssignment(node.Outputs, block.Outputs);
            _level--;
        }
    }

    enum LoopKind { For, While, Modified }

    /// A loop whose condition is constant True prints as `for i in range(n)`; one with the default
    /// trip count (INT64_MAX) and an unused counter as `while cond`. Other combinations come only
    /// from optimizations that merged the two, which Python cannot express.
    static LoopKind KindOf(Node loop)
    {
        var body = loop.Blocks[0];
        var trip = ConstantValue.Of(loop.Inputs[0]);
        var condIn = ConstantValue.Of(loop.Inputs[1]);
        var condNext = ConstantValue.Of(body.Outputs[0]);
        bool alwaysTrue = condIn is { IsBool: true } ci && ci.ToBool() && condNext is { IsBool: true } cn && cn.ToBool();
        bool tripSpecified = trip is not { IsInt: true } t || t.ToInt() != long.MaxValue || body.Inputs[0].Uses.Count > 0;
        if (alwaysTrue) return LoopKind.For;
        return tripSpecified ? LoopKind.Modified : LoopKind.While;
    }

    void PrintLoop(Node loop)
    {
        var kind = KindOf(loop);
        if (kind == LoopKind.Modified)
            throw new InvalidOperationException("loop cannot be printed as python because it has gone through an optimization that combined while and for loops");
        bool isFor = kind == LoopKind.For;
        var body = loop.Blocks[0];
        var carriedOutputs = loop.Outputs;
        var carriedInputs = loop.Inputs.Skip(2).ToList();

        AssignUniqueNames(carriedOutputs);
        for (int i = 0; i < carriedOutputs.Count; i++) _exprTable[body.Inputs[i + 1]] = UseOf(carriedOutputs[i]);
        // initial values, annotated the first time an Optional/Union variable appears, or when the
        // variable's type differs from the initial value's (note `w: T`, unlike If's `w : T`)
        for (int i = 0; i < carriedOutputs.Count; i++)
        {
            var lhs = carriedOutputs[i];
            Indent().Append(UseOf(lhs));
            bool annotate = IsUnion(lhs.Type) ? _annotatedUnions.Add(lhs) : lhs.Type != carriedInputs[i].Type;
            if (annotate) _body.Append(": ").Append(lhs.Type.AnnotationStr());
            _body.Append(" = ").Append(UseOf(carriedInputs[i])).Append('\n');
        }

        var counter = body.Inputs[0];
        AssignUniqueNames(new[] { counter });
        if (isFor)
            Indent().Append("for ").Append(UseOf(counter)).Append(" in range(").Append(UseOf(loop.Inputs[0])).Append("):\n");
        else
        {
            // the unused counter stands in for the condition variable
            PrintAssignment(new[] { counter }, new[] { loop.Inputs[1] });
            Indent().Append("while ").Append(UseOf(counter)).Append(":\n");
        }
        _level++;
        int offset = isFor ? 1 : 0;
        var targets = body.Inputs.Skip(offset).ToList();
        PrintBlock(body, targets.Count > 0);
        PrintAssignment(targets, body.Outputs.Skip(offset).ToList());
        _level--;
    }

    /// `a, b = x, y`. A single Optional/Union variable is annotated where it is first assigned, so
    /// reading the code back gives it the wide type (`w : Optional[int] = z0`).
    void PrintAssignment(IReadOnlyList<Value> lhs, IReadOnlyList<Value> rhs)
    {
        if (lhs.Count == 0) return;
        Indent().Append(ValueList(lhs));
        if (lhs.Count == 1 && IsUnion(lhs[0].Type) && !_annotatedUnions.Contains(lhs[0]) && !_exprTable.ContainsKey(lhs[0]))
        {
            _body.Append(" : ").Append(lhs[0].Type.AnnotationStr());
            _annotatedUnions.Add(lhs[0]);
        }
        _body.Append(" = ").Append(ValueList(rhs)).Append('\n');
    }

    static bool IsUnion(TorchType t) => t is OptionalType or UnionType;

    // ---- names ---------------------------------------------------------------------------------

    string UseOf(Value v)
    {
        if (_identRefs.TryGetValue(v, out var ident)) return ident;
        if (_exprTable.TryGetValue(v, out var expr)) return expr;
        throw new InvalidOperationException($"{v} of {v.Node.Kind} was not printed before its use");
    }

    string ValueList(IEnumerable<Value> values) => string.Join(", ", values.Select(UseOf));

    string UniqueNameFor(Value v) =>
        _names.Generate(v.HasDebugName ? NameGenerator.MakeValidIdentifier(NameGenerator.BaseName(v.DebugName!)) : "_");

    void AssignUniqueNames(IEnumerable<Value> values)
    {
        foreach (var v in values) _identRefs[v] = UniqueNameFor(v);
    }

    StringBuilder Indent() => _body.Append(' ', 2 * _level);
}
