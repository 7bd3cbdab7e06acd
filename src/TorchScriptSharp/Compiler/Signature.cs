using TorchScriptSharp.Runtime;
using TorchScriptSharp.Syntax;
using TorchScriptSharp.Types;
using Ast = TorchScriptSharp.Syntax.Ast;

namespace TorchScriptSharp.Compiler;

/// <param name="FixedSize">N of a `BroadcastingListN[T]` parameter: a list of N that also accepts one T.</param>
public sealed record ParameterInfo(string Name, TorchType Type, bool HasDefault, IValue Default, bool KwargOnly, SourceRange Range, int? FixedSize = null)
{
    public Ops.Argument ToArgument() => new(Name, Type, FixedSize, HasDefault, Default, KwargOnly);
}

/// A function's parameter types, defaults and return type, from Python 3 annotations or a
/// `# type: (int, Tensor) -> Tensor` comment. Unannotated parameters are Tensors, as in PyTorch.
public sealed record Signature(IReadOnlyList<ParameterInfo> Parameters, TorchType? DeclaredReturn)
{
    public static Signature Of(Ast.FunctionDef def, CompilationUnit? unit = null, TorchType? selfType = null)
    {
        var comment = def.TypeSignature;
        var all = def.Parameters.PositionalOnly.Concat(def.Parameters.Regular).Select(p => (p, kwOnly: false))
            .Concat(def.Parameters.KeywordOnly.Select(p => (p, kwOnly: true))).ToList();
        if (comment != null)
        {
            // PyTorch reads type comments from the raw source lines and gives up when a body line has
            // another `# type:` comment; reject what it rejects.
            var text = def.Range.Source.Text[def.Range.Start..def.Range.End];
            if (System.Text.RegularExpressions.Regex.Matches(text, @"#\s*type:").Count > 1)
                throw new CompileError("Return type line '# type: (...) -> ...' not found on multiline type annotation (a function with a `# type:` signature comment may not contain other `# type:` comments)", def.Range);
            if (def.Parameters.All.Any(p => p.Annotation != null) || def.Returns != null)
                throw new CompileError("A function cannot have both a type comment and Python 3 annotations", def.Range);
            bool ellipsis = comment.ParamTypes.Count == 1 && comment.ParamTypes[0] is Ast.EllipsisLiteral;
            if (!ellipsis && comment.ParamTypes.Count != all.Count && !(selfType != null && comment.ParamTypes.Count == all.Count - 1))
                throw new CompileError($"Number of type annotations ({comment.ParamTypes.Count}) did not match the number of function parameters ({all.Count})", comment.Range);
        }
        var parameters = new List<ParameterInfo>();
        int commentOffset = 0;
        for (int i = 0; i < all.Count; i++)
        {
            var (p, kwOnly) = all[i];
            if (i == 0 && selfType != null)
            {
                // methods: `self` is the class; a type comment does not mention it
                parameters.Add(new ParameterInfo(p.Name, selfType, false, default, false, p.Range));
                commentOffset = comment != null && comment.ParamTypes.Count == all.Count - 1 ? 1 : 0;
                continue;
            }
            Ast.Expr? annotation = p.Annotation;
            if (comment != null && !(comment.ParamTypes.Count == 1 && comment.ParamTypes[0] is Ast.EllipsisLiteral)) annotation = comment.ParamTypes[i - commentOffset];
            var type = annotation == null ? TorchType.Tensor : TypeAnnotations.Resolve(annotation, unit);
            int? fixedSize = annotation == null ? null : TypeAnnotations.BroadcastingSize(annotation);
            IValue def_ = default;
            if (p.Default != null)
            {
                if (kwOnly) throw new CompileError("Keyword-only arguments with defaults are not supported by TorchScript", p.Range);
                if (p.Default is Ast.ListExpr or Ast.DictExpr)
                    throw new CompileError("Mutable default parameters are not supported because Python binds them to the function and they persist across function calls.", p.Default.Range);
                def_ = DefaultValues.Evaluate(p.Default, type);
            }
            if (fixedSize is int n && def_.Tag is IValueTag.Int or IValueTag.Double)
                def_ = IValue.FromList(new ScriptList(((ListType)type).Element, Enumerable.Repeat(def_, n).ToList())); // `stride=1` means [1, 1]
            parameters.Add(new ParameterInfo(p.Name, type, p.Default != null, def_, kwOnly, p.Range, fixedSize));
        }
        var ret = comment?.ReturnType ?? def.Returns;
        return new Signature(parameters, ret == null ? null : TypeAnnotations.Resolve(ret, unit));
    }
}
