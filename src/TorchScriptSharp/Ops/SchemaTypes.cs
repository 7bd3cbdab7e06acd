using TorchScriptSharp.Types;

namespace TorchScriptSharp.Ops;

/// Types that only occur in operator schemas (distributed and quantization ops), kept here because
/// the language itself never produces them.
public static class SchemaTypes
{
    public static readonly TorchType QScheme = new NamedType("QScheme");
    public static readonly TorchType AnyEnum = new NamedType("AnyEnumType");
    public static readonly TorchType Capsule = new NamedType("Capsule");
    public static readonly TorchType ConstQuantizerPtr = new NamedType("ConstQuantizerPtr");
}

/// RRef[T]: a remote reference (torch.distributed.rpc). Only appears in schemas.
public sealed class RRefType : TorchType
{
    public RRefType(TorchType element) => Element = element;
    public TorchType Element { get; }
    public override IReadOnlyList<TorchType> Contained => new[] { Element };
    public override string Str() => $"RRef[{Element.Str()}]";
    protected override bool StructurallyEquals(TorchType other) => other is RRefType r && r.Element == Element;
}
