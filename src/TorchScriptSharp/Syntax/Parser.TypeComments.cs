using TorchScriptSharp.Syntax.Ast;

namespace TorchScriptSharp.Syntax;

/// PyTorch's Python-2-era signature comments: `# type: (int, Tensor) -> Tensor` or `# type: (...) -> T`.
public sealed partial class Parser
{
    FunctionTypeComment ParseTypeSignature()
    {
        int start = Peek.Range.Start;
        Expect(TokenKind.LParen, "invalid type comment: expected '(' to start the parameter types");
        var paramTypes = new List<Expr>();
        if (At(TokenKind.Ellipsis) && PeekAt(1).Kind == TokenKind.RParen)
        {
            paramTypes.Add(new EllipsisLiteral(Next().Range));
        }
        else
        {
            while (!At(TokenKind.RParen))
            {
                paramTypes.Add(ParseTest());
                if (!Accept(TokenKind.Comma)) break;
            }
        }
        Expect(TokenKind.RParen);
        Expect(TokenKind.Arrow, "invalid type comment: expected '->' after the parameter types");
        var returnType = ParseTest();
        ExpectEnd();
        return new FunctionTypeComment(From(start), paramTypes, returnType);
    }
}
