using TorchScriptSharp.Runtime;
using TorchScriptSharp.Types;

namespace TorchScriptSharp.Ops;

/// `Tensor(a!)`: the alias set an argument or return belongs to, and whether it is written.
/// <see cref="Set"/> is the text before any `->` (`b|a` for a union of sets; empty for a list whose
/// elements carry the annotation, `Tensor(a!)[]`, whose element annotation is <see cref="Contained"/>).
public sealed record AliasInfo(string Set, bool IsWrite)
{
    /// The sets the value is in before the op (`a` in `Tensor(a -> *)`), PyTorch's before_set.
    public IReadOnlyList<string> BeforeSets => Set.Length == 0 ? Array.Empty<string>() : Set.Split('|');
    /// The sets after the op: `*` (wildcard) for `Tensor(a -> *)`; the before sets otherwise.
    public IReadOnlyList<string> AfterSets { get => _after ?? BeforeSets; init => _after = value; }
    readonly IReadOnlyList<string>? _after;
    /// Annotation of the element of a list (`Tensor(a!)[]`).
    public AliasInfo? Contained { get; init; }
}

/// One formal argument or return of an operator schema.
/// <param name="FixedSize">N of a broadcasting list `int[2]` (a scalar is repeated N times).</param>
/// <param name="Default">The default value, when <see cref="HasDefault"/>.</param>
public sealed record Argument(
    string Name,
    TorchType Type,
    int? FixedSize = null,
    bool HasDefault = false,
    IValue Default = default,
    bool KwargOnly = false,
    AliasInfo? Alias = null)
{
    public override string ToString() => Name;
}

/// An operator's signature as PyTorch writes it:
/// `aten::add.Tensor(Tensor self, Tensor other, *, Scalar alpha=1) -> Tensor`.
public sealed class FunctionSchema
{
    public FunctionSchema(string name, string overloadName, IReadOnlyList<Argument> arguments, IReadOnlyList<Argument> returns,
        bool isVararg = false, bool isVarret = false, string? text = null)
    {
        Name = name;
        OverloadName = overloadName;
        Arguments = arguments;
        Returns = returns;
        IsVararg = isVararg;
        IsVarret = isVarret;
        Text = text;
    }

    /// Qualified name, e.g. `aten::add`.
    public string Name { get; }
    /// Overload name, e.g. `Tensor` (empty for the default overload).
    public string OverloadName { get; }
    public IReadOnlyList<Argument> Arguments { get; }
    public IReadOnlyList<Argument> Returns { get; }
    /// Accepts extra positional arguments (`...` at the end of the arguments).
    public bool IsVararg { get; }
    /// Returns a variable number of values (`-> ...`).
    public bool IsVarret { get; }
    /// The schema text it was parsed from, if any.
    public string? Text { get; }

    public string Namespace => Name[..Name.IndexOf("::", StringComparison.Ordinal)];
    public string BaseName => Name[(Name.IndexOf("::", StringComparison.Ordinal) + 2)..];
    public string FullName => OverloadName.Length == 0 ? Name : $"{Name}.{OverloadName}";

    /// True when any argument is written in place (`Tensor(a!) self`).
    public bool IsMutable => Arguments.Any(a => a.Alias?.IsWrite == true);

    public override string ToString() => Text ?? FullName;
}
