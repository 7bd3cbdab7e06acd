using TorchScriptSharp.IR;
using TorchScriptSharp.Syntax;

namespace TorchScriptSharp.Compiler;

/// An argument of a call as the emitter sees it: its IR value, its keyword (if passed by name) and
/// where it came from, so a type error can point at the argument itself.
public sealed record NamedValue(SourceRange Range, string? Name, Value Value);
