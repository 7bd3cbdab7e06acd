using System.Runtime.CompilerServices;
using System.Text.Json;
using TorchScriptSharp.Ops;
using TorchScriptSharp.Runtime;
using TorchScriptSharp.Types;

namespace TorchScriptSharp.Tests.Ops;

public class SchemaParserTests
{
    static string Here([CallerFilePath] string path = "") => Path.GetDirectoryName(path)!;

    [Fact]
    public void EverySchemaOfPyTorchParses()
    {
        var lines = OperatorRegistry.SchemaLines();
        Assert.True(lines.Count > 4000, $"only {lines.Count} schemas embedded");
        var failures = new List<string>();
        foreach (var line in lines)
        {
            try { SchemaParser.Parse(line); }
            catch (SchemaParseException e) { failures.Add(e.Message); }
        }
        Assert.True(failures.Count == 0, string.Join("\n", failures.Take(20)));
    }

    /// Compares every parsed schema with PyTorch's own parse (tools/gen_schemas.py wrote the oracle).
    [Fact]
    public void ParsesLikePyTorch()
    {
        var lines = OperatorRegistry.SchemaLines();
        var oracle = File.ReadAllLines(Path.Combine(Here(), "schema_oracle.jsonl"));
        Assert.Equal(lines.Count, oracle.Length);
        var failures = new List<string>();
        for (int i = 0; i < lines.Count; i++)
        {
            var s = SchemaParser.Parse(lines[i]);
            using var doc = JsonDocument.Parse(oracle[i]);
            var o = doc.RootElement;
            void Check(string what, object? expected, object? actual)
            {
                if (!Equals(expected, actual)) failures.Add($"{lines[i]}: {what}: expected {expected}, got {actual}");
            }
            Check("name", o.GetProperty("name").GetString(), s.Name);
            Check("overload", o.GetProperty("overload").GetString(), s.OverloadName);
            CheckArgs("arg", o.GetProperty("args"), s.Arguments, Check);
            CheckArgs("return", o.GetProperty("returns"), s.Returns, Check);
        }
        Assert.True(failures.Count == 0, failures.Count + " mismatches:\n" + string.Join("\n", failures.Take(30)));
    }

    static void CheckArgs(string what, JsonElement expected, IReadOnlyList<Argument> actual, Action<string, object?, object?> check)
    {
        check(what + " count", expected.GetArrayLength(), actual.Count);
        int k = 0;
        foreach (var e in expected.EnumerateArray())
        {
            if (k >= actual.Count) break;
            var a = actual[k++];
            check($"{what} {a.Name} name", e.GetProperty("name").GetString(), a.Name);
            check($"{what} {a.Name} type", e.GetProperty("type").GetString(), Annotation(a.Type));
            check($"{what} {a.Name} N", e.TryGetProperty("N", out var n) ? n.GetInt32() : null, a.FixedSize);
            check($"{what} {a.Name} kwarg_only", e.TryGetProperty("kwarg_only", out _), a.KwargOnly);
            check($"{what} {a.Name} has default", e.TryGetProperty("default", out var d), a.HasDefault);
            if (a.HasDefault && d.ValueKind == JsonValueKind.String)
                check($"{what} {a.Name} default", d.GetString(), IValuePrinter.Repr(a.Default));
            if (e.TryGetProperty("alias", out var al))
            {
                check($"{what} {a.Name} alias", true, a.Alias != null);
                if (a.Alias == null) continue;
                check($"{what} {a.Name} alias before", string.Join("|", al.GetProperty("before").EnumerateArray().Select(x => x.GetString())),
                    string.Join("|", a.Alias.BeforeSets.OrderBy(x => x, StringComparer.Ordinal)));
                check($"{what} {a.Name} alias after", string.Join("|", al.GetProperty("after").EnumerateArray().Select(x => x.GetString())),
                    string.Join("|", a.Alias.AfterSets.OrderBy(x => x, StringComparer.Ordinal)));
                check($"{what} {a.Name} alias write", al.GetProperty("write").GetBoolean(), a.Alias.IsWrite);
            }
            else check($"{what} {a.Name} alias", false, a.Alias != null);
        }
    }

    /// PyTorch's annotation_str, which is what Python's `str(arg.type)` prints.
    static string Annotation(TorchType t) => t switch
    {
        _ when t == TorchType.AnyClass => "AnyClassType",
        _ when t == TorchType.Number => "number",
        ListType l => $"List[{Annotation(l.Element)}]",
        OptionalType o => $"Optional[{Annotation(o.Element)}]",
        DictType d => $"Dict[{Annotation(d.Key)}, {Annotation(d.Value)}]",
        TupleType tt => $"Tuple[{string.Join(", ", tt.Elements.Select(Annotation))}]",
        FutureType f => $"Future[{Annotation(f.Element)}]",
        RRefType r => $"RRef[{Annotation(r.Element)}]",
        _ => t.AnnotationStr(),
    };

    [Theory]
    [InlineData("aten::add.Tensor(Tensor self, Tensor other, *, Scalar alpha=1) -> Tensor")]
    [InlineData("aten::max.dim(Tensor self, int dim, bool keepdim=False) -> (Tensor values, Tensor indices)")]
    [InlineData("aten::_set_item.t(t[](a!) l, int idx, t(b -> *) el) -> t[](a!)")]
    [InlineData("aten::items.str(Dict(str, t) self) -> ((str, t)[])")]
    [InlineData("aten::format(str self, ...) -> str")]
    [InlineData("prim::TupleUnpack(Any tup) -> ...")]
    [InlineData("aten::conv2d(Tensor input, Tensor weight, Tensor? bias=None, int[2] stride=1, int[2] padding=0, int[2] dilation=1, int groups=1) -> Tensor")]
    [InlineData("aten::strip(str self, str chars=\" \\n\\t\\f\\v\") -> str")]
    public void ToStringIsTheCanonicalText(string text) => Assert.Equal(text, SchemaParser.Parse(text).ToString());

    [Fact]
    public void DetailsOfTrickySchemas()
    {
        var conv = SchemaParser.Parse("aten::conv2d(Tensor input, Tensor weight, Tensor? bias=None, int[2] stride=1, int[2] padding=0, int[2] dilation=1, int groups=1) -> Tensor");
        Assert.Equal(2, conv.Arguments[3].FixedSize);
        Assert.Equal("[1, 1]", IValuePrinter.Repr(conv.Arguments[3].Default)); // a scalar default of int[2] repeats
        Assert.Equal(new OptionalType(TorchType.Tensor), conv.Arguments[2].Type);

        var set = SchemaParser.Parse("aten::_set_item.t(t[](a!) l, int idx, t(b -> *) el) -> t[](a!)");
        Assert.True(set.IsMutable);
        Assert.Equal(new ListType(new TypeVariable("t")), set.Arguments[0].Type);
        Assert.Equal(new[] { "*" }, set.Arguments[2].Alias!.AfterSets);

        var max = SchemaParser.Parse("aten::max.dim(Tensor self, int dim, bool keepdim=False) -> (Tensor values, Tensor indices)");
        Assert.Equal(new[] { "values", "indices" }, max.Returns.Select(r => r.Name));
        Assert.Equal("max.dim", max.FullName[6..]);

        var zeros = SchemaParser.Parse("aten::zeros(SymInt[] size, *, ScalarType? dtype=None, Layout? layout=None, Device? device=None, bool? pin_memory=None) -> Tensor");
        Assert.Equal(new ListType(TorchType.Int), zeros.Arguments[0].Type);
        Assert.True(zeros.Arguments[1].KwargOnly);
        Assert.True(zeros.Arguments[1].Default.IsNone);

        var fmt = SchemaParser.Parse("aten::format(str self, ...) -> str");
        Assert.True(fmt.IsVararg);
        Assert.True(SchemaParser.Parse("prim::TupleUnpack(Any tup) -> ...").IsVarret);
        Assert.Empty(SchemaParser.Parse("aten::insert.t(t[](a!) self, int idx, t(b -> *) el) -> ()").Returns);

        var custom = SchemaParser.Parse("quantized::linear(Tensor X, __torch__.torch.classes.quantized.LinearPackedParamsBase W_prepack, float Y_scale_i, int Y_zero_point_i) -> Tensor Y");
        Assert.Equal("__torch__.torch.classes.quantized.LinearPackedParamsBase", custom.Arguments[1].Type.Str());
        Assert.Equal("Y", custom.Returns[0].Name);

        var eps = SchemaParser.Parse("aten::f(float eps=1, Scalar a=1, Scalar b=1.5, float c=-inf) -> ()");
        Assert.True(eps.Arguments[0].Default.IsDouble);
        Assert.True(eps.Arguments[1].Default.IsInt);
        Assert.True(eps.Arguments[2].Default.IsDouble);
        Assert.Equal(double.NegativeInfinity, eps.Arguments[3].Default.ToDouble());
    }

    [Fact]
    public void MalformedSchemasAreRejected()
    {
        Assert.Throws<SchemaParseException>(() => SchemaParser.Parse("aten::f(Tensor) -> Tensor"));
        Assert.Throws<SchemaParseException>(() => SchemaParser.Parse("aten::f(Widget w) -> Tensor"));
        Assert.Throws<SchemaParseException>(() => SchemaParser.Parse("aten::f(Tensor x -> Tensor"));
    }
}
