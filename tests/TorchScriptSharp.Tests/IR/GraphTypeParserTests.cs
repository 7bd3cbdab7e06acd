using TorchScriptSharp.IR;
using TorchScriptSharp.Types;

namespace TorchScriptSharp.Tests.IR;

public class GraphTypeParserTests
{
    [Theory]
    [InlineData("int[]?", "Optional[List[int]]")]
    [InlineData("Tensor?[]", "List[Optional[Tensor]]")]
    [InlineData("float[][]", "List[List[float]]")]
    [InlineData("Dict(str, int)", "Dict[str, int]")]
    [InlineData("Dict(str, int?)", "Dict[str, Optional[int]]")]
    [InlineData("(int, Tensor)", "Tuple[int, Tensor]")]
    [InlineData("(int)", "Tuple[int]")]
    [InlineData("()", "Tuple[()]")]
    [InlineData("((Tensor, int), Tensor)", "Tuple[Tuple[Tensor, int], Tensor]")]
    [InlineData("(str, int)[]", "List[Tuple[str, int]]")]
    [InlineData("Union(int, str)", "Union[int, str]")]
    [InlineData("Scalar", "number")]
    [InlineData("NoneType", "NoneType")]
    [InlineData("Future[int]", "Future[int]")]
    [InlineData("__torch__.torch.nn.modules.linear.Linear", "__torch__.torch.nn.modules.linear.Linear")]
    [InlineData("Float(2, 3, strides=[3, 1], requires_grad=0, device=cpu)", "Tensor")]
    [InlineData("Long(requires_grad=0, device=cpu)", "Tensor")]
    [InlineData("Enum<__torch__.Color>", "__torch__.Color")]
    public void ParsesGraphSpelling(string text, string annotation) =>
        Assert.Equal(annotation, GraphTypeParser.Parse(text).AnnotationStr());

    [Theory]
    [InlineData("int[]?")]
    [InlineData("Tensor?[]")]
    [InlineData("Dict(str, (int, Tensor?))")]
    [InlineData("NamedTuple(x : int, y : Tensor)")]
    [InlineData("Union(int, NoneType, str)")]
    [InlineData("(int, int)?")]
    public void RoundTripsThroughStr(string text) => Assert.Equal(text, GraphTypeParser.Parse(text).Str());

    [Fact]
    public void BuildsStructuredTypes()
    {
        Assert.Equal(new OptionalType(new ListType(TorchType.Int)), GraphTypeParser.Parse("int[]?"));
        Assert.Equal(new DictType(TorchType.Str_, TorchType.Tensor), GraphTypeParser.Parse("Dict(str, Tensor)"));
    }

    [Fact]
    public void RejectsGarbage() => Assert.Throws<FormatException>(() => GraphTypeParser.Parse("int[] x"));
}
