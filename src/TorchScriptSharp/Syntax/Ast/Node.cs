namespace TorchScriptSharp.Syntax.Ast;

// Syntax tree nodes are immutable records. Every node carries the SourceRange it was parsed from so
// that every later diagnostic (type errors, runtime tracebacks) can point at source.
//
// Several node names (Attribute, Assert, Delete...) collide with System or Xunit types; consumers
// should alias the namespace: `using Ast = TorchScriptSharp.Syntax.Ast;` and write `Ast.Attribute`.

public abstract record Node(SourceRange Range);

/// The root of a parsed file.
public sealed record ModuleSyntax(SourceText Source, IReadOnlyList<Stmt> Body);
