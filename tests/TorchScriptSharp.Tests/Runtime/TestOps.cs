using TorchScriptSharp.IR;
using TorchScriptSharp.Ops;
using TorchScriptSharp.Runtime;
using TorchScriptSharp.Types;
using TorchSharp;
using Stack = TorchScriptSharp.Runtime.Stack;

namespace TorchScriptSharp.Tests.Runtime;

/// Kernels for the handful of ops the interpreter tests need, written here with TorchSharp so the
/// tests do not depend on the operator library. Every tensor a kernel creates is recorded, so tests
/// can check exactly which ones the interpreter disposed.
sealed class TestOps : IKernelResolver
{
    static readonly TorchType T = TorchType.Tensor;
    static readonly TypeVariable Tv = new("t");

    public readonly List<torch.Tensor> Created = new();
    public bool Record { get; set; } = true;

    // Schemas as PyTorch writes them (only what the interpreter reads: types and alias annotations).
    public static readonly FunctionSchema AddInt = S("aten::add", "int", new[] { A("a", TorchType.Int), A("b", TorchType.Int) }, TorchType.Int);
    public static readonly FunctionSchema SubInt = S("aten::sub", "int", new[] { A("a", TorchType.Int), A("b", TorchType.Int) }, TorchType.Int);
    public static readonly FunctionSchema MulInt = S("aten::mul", "int", new[] { A("a", TorchType.Int), A("b", TorchType.Int) }, TorchType.Int);
    public static readonly FunctionSchema LtInt = S("aten::lt", "int", new[] { A("a", TorchType.Int), A("b", TorchType.Int) }, TorchType.Bool);
    public static readonly FunctionSchema GtInt = S("aten::gt", "int", new[] { A("a", TorchType.Int), A("b", TorchType.Int) }, TorchType.Bool);
    public static readonly FunctionSchema AddTensor = S("aten::add", "Tensor", new[] { A("self", T), A("other", T) }, T);
    public static readonly FunctionSchema MulScalar = S("aten::mul", "Scalar", new[] { A("self", T), A("other", TorchType.Number) }, T);
    public static readonly FunctionSchema Relu = S("aten::relu", "", new[] { A("self", T) }, T);
    public static readonly FunctionSchema AddInplace = S("aten::add_", "Tensor",
        new[] { A("self", T, new AliasInfo("a", true)), A("other", T) }, T, new AliasInfo("a", true));
    public static readonly FunctionSchema Cat = S("aten::cat", "", new[] { A("tensors", new ListType(T)), A("dim", TorchType.Int) }, T);
    public static readonly FunctionSchema Chunk = S("aten::chunk", "",
        new[] { A("self", T, new AliasInfo("a", false) { AfterSets = new[] { "*" } }), A("chunks", TorchType.Int), A("dim", TorchType.Int) },
        new ListType(T), new AliasInfo("a", false));
    public static readonly FunctionSchema GetItem = S("aten::__getitem__", "t",
        new[] { A("list", new ListType(Tv), new AliasInfo("a", false)), A("idx", TorchType.Int) }, Tv, new AliasInfo("*", false));
    public static readonly FunctionSchema Append = S("aten::append", "t",
        new[] { A("self", new ListType(Tv), new AliasInfo("a", true)), A("el", Tv, new AliasInfo("c", false) { AfterSets = new[] { "*" } }) },
        new ListType(Tv), new AliasInfo("a", true));
    public static readonly FunctionSchema Pop = S("aten::pop", "t",
        new[] { A("self", new ListType(Tv), new AliasInfo("a", true)), A("idx", TorchType.Int) }, Tv, new AliasInfo("*", false));
    public static readonly FunctionSchema Len = S("aten::len", "t", new[] { A("a", new ListType(Tv)) }, TorchType.Int);
    public static readonly FunctionSchema Fail = S("test::fail", "", new[] { A("x", T) }, T);

    static Argument A(string name, TorchType type, AliasInfo? alias = null) => new(name, type, Alias: alias);

    static FunctionSchema S(string name, string overload, Argument[] args, TorchType ret, AliasInfo? retAlias = null) =>
        new(name, overload, args, new[] { new Argument("", ret, Alias: retAlias) });

    torch.Tensor New(torch.Tensor t)
    {
        if (Record) Created.Add(t);
        return t;
    }

    public Kernel? Resolve(Node node) => node.Schema?.FullName switch
    {
        "aten::add.int" => s => { long b = s.Pop().ToInt(), a = s.Pop().ToInt(); s.Push(a + b); },
        "aten::sub.int" => s => { long b = s.Pop().ToInt(), a = s.Pop().ToInt(); s.Push(a - b); },
        "aten::mul.int" => s => { long b = s.Pop().ToInt(), a = s.Pop().ToInt(); s.Push(a * b); },
        "aten::lt.int" => s => { long b = s.Pop().ToInt(), a = s.Pop().ToInt(); s.Push(a < b); },
        "aten::gt.int" => s => { long b = s.Pop().ToInt(), a = s.Pop().ToInt(); s.Push(a > b); },
        "aten::add.Tensor" => s => { var b = s.Pop().ToTensor(); var a = s.Pop().ToTensor(); s.Push(New(a.add(b))); },
        "aten::mul.Scalar" => s => { double b = s.Pop().ToDouble(); var a = s.Pop().ToTensor(); s.Push(New(a.mul(b))); },
        "aten::relu" => s => s.Push(New(s.Pop().ToTensor().relu())),
        "aten::add_.Tensor" => s => { var b = s.Pop().ToTensor(); var a = s.Pop().ToTensor(); a.add_(b); s.Push(a); },
        "aten::cat" => s =>
        {
            long dim = s.Pop().ToInt();
            var l = s.Pop().ToList();
            s.Push(New(torch.cat(l.Items.Select(v => v.ToTensor()).ToList(), dim)));
        },
        "aten::chunk" => s =>
        {
            long dim = s.Pop().ToInt(), chunks = s.Pop().ToInt();
            var parts = s.Pop().ToTensor().chunk(chunks, dim);
            s.Push(IValue.FromList(new ScriptList(T, parts.Select(p => IValue.FromTensor(New(p))).ToList())));
        },
        "aten::__getitem__.t" => s =>
        {
            long i = s.Pop().ToInt();
            var l = s.Pop().ToList();
            if (i < 0) i += l.Count;
            if (i < 0 || i >= l.Count) throw new PythonError("RuntimeError", "list index out of range");
            s.Push(l[(int)i]);
        },
        "aten::append.t" => s => { var el = s.Pop(); var l = s.Pop(); l.ToList().Items.Add(el); s.Push(l); },
        "aten::pop.t" => s =>
        {
            long i = s.Pop().ToInt();
            var l = s.Pop().ToList();
            if (i < 0) i += l.Count;
            var v = l[(int)i];
            l.Items.RemoveAt((int)i);
            s.Push(v);
        },
        "aten::len.t" => s => s.Push(s.Pop().ToList().Count),
        "test::fail" => s => throw new InvalidOperationException("kernel exploded"),
        _ => null,
    };
}

/// Small helpers to build graphs by hand.
static class G
{
    public static Value Const(this Graph g, IValue v, TorchType type) => g.InsertConstant(v, type);
    public static Value Int(this Graph g, long v) => g.InsertConstant(IValue.FromInt(v), TorchType.Int);
    public static Value Bool(this Graph g, bool v) => g.InsertConstant(IValue.FromBool(v), TorchType.Bool);
    public static Value Float(this Graph g, double v) => g.InsertConstant(IValue.FromDouble(v), TorchType.Float);
    public static Value Str(this Graph g, string v) => g.InsertConstant(IValue.FromString(v), TorchType.Str_);

    /// An operator node with its schema; output type from the schema's return unless given.
    public static Value Op(this Graph g, FunctionSchema schema, TorchType outType, params Value[] inputs)
    {
        var n = g.Insert(schema.Name, inputs);
        n.Schema = schema;
        n.Output.Type = outType;
        return n.Output;
    }

    public static Node Prim(this Graph g, string kind, Value[] inputs, params TorchType[] outputs)
    {
        var n = g.Insert(kind, inputs, outputs.Length);
        for (int i = 0; i < outputs.Length; i++) n.Outputs[i].Type = outputs[i];
        return n;
    }

    /// Builds a block of the node with the insertion point inside it; returns the block.
    public static Block Fill(this Graph g, Block b, Func<IReadOnlyList<Value>, IEnumerable<Value>> body)
    {
        g.WithInsertPoint(b.ReturnNode, () => { foreach (var v in body(b.Inputs)) b.RegisterOutput(v); });
        return b;
    }

    /// `prim::If(cond)` with the two branches' outputs.
    public static Node If(this Graph g, Value cond, TorchType[] outTypes, Func<IEnumerable<Value>> then, Func<IEnumerable<Value>> otherwise)
    {
        var n = g.Prim("prim::If", new[] { cond }, outTypes);
        g.Fill(n.AddBlock(), _ => then());
        g.Fill(n.AddBlock(), _ => otherwise());
        return n;
    }

    /// `prim::Loop(max, cond, carried...)`; the body gets (trip, carried...) and returns (cond, carried...).
    public static Node Loop(this Graph g, Value max, Value cond, Value[] carried, Func<Value, Value[], IEnumerable<Value>> body)
    {
        var n = g.Prim("prim::Loop", new[] { max, cond }.Concat(carried).ToArray(), carried.Select(c => c.Type).ToArray());
        var b = n.AddBlock();
        b.AddInput(TorchType.Int);
        foreach (var c in carried) b.AddInput(c.Type);
        g.Fill(b, ps => body(ps[0], ps.Skip(1).ToArray()));
        return n;
    }

    public static GraphFunction Fn(this Graph g, string name = "__torch__.f") =>
        new(name, g, new FunctionSchema(name, "", Array.Empty<Argument>(), Array.Empty<Argument>()));
}

public class TestSchemasMatchTheParserTests
{
    /// The hand-built schemas carry the alias annotations exactly as Ops.SchemaParser reads PyTorch's text.
    [Theory]
    [InlineData("aten::append.t(t[](a!) self, t(c -> *) el) -> t[](a!)", "Append")]
    [InlineData("aten::__getitem__.t(t[](a) list, int idx) -> t(*)", "GetItem")]
    [InlineData("aten::add_.Tensor(Tensor(a!) self, Tensor other) -> Tensor(a!)", "AddInplace")]
    [InlineData("aten::pop.t(t[](a!) self, int idx=-1) -> t(*)", "Pop")]
    public void SameAliasInfo(string text, string field)
    {
        var parsed = SchemaParser.Parse(text);
        var mine = (FunctionSchema)typeof(TestOps).GetField(field)!.GetValue(null)!;
        for (int i = 0; i < mine.Arguments.Count; i++)
            AssertSameAlias(parsed.Arguments[i].Alias, mine.Arguments[i].Alias);
        AssertSameAlias(parsed.Returns[0].Alias, mine.Returns[0].Alias);
    }

    static void AssertSameAlias(AliasInfo? a, AliasInfo? b)
    {
        Assert.Equal(a == null, b == null);
        if (a == null) return;
        Assert.Equal(a.BeforeSets, b!.BeforeSets);
        Assert.Equal(a.AfterSets, b.AfterSets);
        Assert.Equal(a.IsWrite, b.IsWrite);
    }
}
