using TorchScriptSharp.Syntax;
using Ast = TorchScriptSharp.Syntax.Ast;
using static TorchScriptSharp.Tests.Syntax.SyntaxAssert;

namespace TorchScriptSharp.Tests.Syntax;

public class ExpressionTests
{
    [Theory]
    [InlineData("a + b * c", "(Add a (Mul b c))")]
    [InlineData("a * b + c", "(Add (Mul a b) c)")]
    [InlineData("a - b - c", "(Sub (Sub a b) c)")]
    [InlineData("a / b // c % d @ e", "(MatMul (Mod (FloorDiv (Div a b) c) d) e)")]
    [InlineData("a ** b ** c", "(Pow a (Pow b c))")]
    [InlineData("-2 ** 2", "(Neg (Pow 2 2))")]
    [InlineData("2 ** -1", "(Pow 2 (Neg 1))")]
    [InlineData("-a * b", "(Mul (Neg a) b)")]
    [InlineData("~a + +b", "(Add (Invert a) (Pos b))")]
    [InlineData("- - a", "(Neg (Neg a))")]
    [InlineData("a << b + c", "(LShift a (Add b c))")]
    [InlineData("a & b << c", "(BitAnd a (LShift b c))")]
    [InlineData("a ^ b & c", "(BitXor a (BitAnd b c))")]
    [InlineData("a | b ^ c", "(BitOr a (BitXor b c))")]
    [InlineData("a >> b | c", "(BitOr (RShift a b) c)")]
    [InlineData("a | b < c", "(cmp (BitOr a b) Lt c)")]
    [InlineData("not a < b", "(Not (cmp a Lt b))")]
    [InlineData("not a and b", "(and (Not a) b)")]
    [InlineData("a and b or c and d", "(or (and a b) (and c d))")]
    [InlineData("a or b or c", "(or a b c)")]
    [InlineData("a and b and c", "(and a b c)")]
    [InlineData("a or b and not c", "(or a (and b (Not c)))")]
    [InlineData("x if c else y", "(ifexp c x y)")]
    [InlineData("x if a or b else y if c else z", "(ifexp (or a b) x (ifexp c y z))")]
    [InlineData("lambda: 0", "(lambda (params) 0)")]
    [InlineData("lambda x, y=1, *a, k, **kw: x + y", "(lambda (params x (y = 1) *a k **kw) (Add x y))")]
    [InlineData("lambda x: x if x else 0", "(lambda (params x) (ifexp x x 0))")]
    [InlineData("await f(x) ** 2", "(Pow (await (call f x)) 2)")]
    [InlineData("(a + b) * c", "(Mul (Add a b) c)")]
    [InlineData("a.b.c(d)[e]", "(sub (call (. (. a b) c) d) e)")]
    [InlineData("-x.y", "(Neg (. x y))")]
    [InlineData("not not x", "(Not (Not x))")]
    public void Precedence(string source, string expected) => Assert.Equal(expected, Expr(source));

    [Theory]
    [InlineData("a < b", "(cmp a Lt b)")]
    [InlineData("a < b <= c", "(cmp a Lt b LtE c)")]
    [InlineData("a == b != c > d >= e", "(cmp a Eq b NotEq c Gt d GtE e)")]
    [InlineData("a is b", "(cmp a Is b)")]
    [InlineData("a is not None", "(cmp a IsNot None)")]
    [InlineData("a in b", "(cmp a In b)")]
    [InlineData("a not in b", "(cmp a NotIn b)")]
    [InlineData("a is not b not in c", "(cmp a IsNot b NotIn c)")]
    public void Comparisons(string source, string expected) => Assert.Equal(expected, Expr(source));

    [Theory]
    [InlineData("x[1]", "(sub x 1)")]
    [InlineData("x[1:2]", "(sub x (slice 1 2 _))")]
    [InlineData("x[:]", "(sub x (slice _ _ _))")]
    [InlineData("x[::]", "(sub x (slice _ _ _))")]
    [InlineData("x[::2]", "(sub x (slice _ _ 2))")]
    [InlineData("x[a:]", "(sub x (slice a _ _))")]
    [InlineData("x[:-1]", "(sub x (slice _ (Neg 1) _))")]
    [InlineData("x[1:2, ::2, None, ...]", "(sub x (slice 1 2 _) (slice _ _ 2) None ...)")]
    [InlineData("x[i, j]", "(sub x i j)")]
    [InlineData("x[(i, j)]", "(sub x (tuple i j))")]
    [InlineData("x[i,]", "(sub x i)")]
    [InlineData("x[..., 0]", "(sub x ... 0)")]
    [InlineData("d['key']", "(sub d \"key\")")]
    [InlineData("x[*idx]", "(sub x (* idx))")]
    [InlineData("Dict[str, List[int]]", "(sub Dict str (sub List int))")]
    [InlineData("x[a:b:c]", "(sub x (slice a b c))")]
    public void Subscripts(string source, string expected) => Assert.Equal(expected, Expr(source));

    [Theory]
    [InlineData("f()", "(call f)")]
    [InlineData("f(a, b)", "(call f a b)")]
    [InlineData("f(a, b,)", "(call f a b)")]
    [InlineData("f(a, k=1)", "(call f a (kw k 1))")]
    [InlineData("f(*args, **kwargs)", "(call f (* args) (kw ** kwargs))")]
    [InlineData("f(a, *b, c, k=1, *d, **e)", "(call f a (* b) c (* d) (kw k 1) (kw ** e))")]
    [InlineData("f(x for x in y)", "(call f (genexp x (for x y)))")]
    [InlineData("f((yield))", "(call f (yield _))")]
    [InlineData("f(y := 3)", "(call f (:= y 3))")]
    [InlineData("torch.jit.annotate(List[int], [])", "(call (. (. torch jit) annotate) (sub List int) (list))")]
    public void Calls(string source, string expected) => Assert.Equal(expected, Expr(source));

    [Fact]
    public void CallStructure()
    {
        var call = Assert.IsType<Ast.Call>(Parser.ParseExpression("f(1, *a, x=2, **k)"));
        Assert.Equal(2, call.Args.Count);
        Assert.IsType<Ast.Starred>(call.Args[1]);
        Assert.Equal(new string?[] { "x", null }, call.Keywords.Select(k => k.Name));
        Assert.Equal("*a", Text(call.Args[1]));
        Assert.Equal("x=2", Text(call.Keywords[0]));
        Assert.Equal("**k", Text(call.Keywords[1]));
    }

    [Theory]
    [InlineData("()", "(tuple)")]
    [InlineData("(1,)", "(tuple 1)")]
    [InlineData("(1, 2)", "(tuple 1 2)")]
    [InlineData("1, 2", "(tuple 1 2)")]
    [InlineData("(1)", "1")]
    [InlineData("[]", "(list)")]
    [InlineData("[1, 2,]", "(list 1 2)")]
    [InlineData("[*a, b]", "(list (* a) b)")]
    [InlineData("{}", "(dict)")]
    [InlineData("{'a': 1, **d}", "(dict (\"a\" 1) (** d))")]
    [InlineData("{1: 2, 3: 4,}", "(dict (1 2) (3 4))")]
    [InlineData("{1, 2}", "(set 1 2)")]
    [InlineData("{a}", "(set a)")]
    [InlineData("{x[1:2]: y}", "(dict ((sub x (slice 1 2 _)) y))")]
    [InlineData("{k: lambda: 1}", "(dict (k (lambda (params) 1)))")]
    public void Displays(string source, string expected) => Assert.Equal(expected, Expr(source));

    [Theory]
    [InlineData("[x for x in y]", "(listcomp x (for x y))")]
    [InlineData("[x * 2 for x in range(10) if x if not x > 5]", "(listcomp (Mul x 2) (for x (call range 10) (if x) (if (Not (cmp x Gt 5)))))")]
    [InlineData("[(a, b) for a in x for b in y]", "(listcomp (tuple a b) (for a x) (for b y))")]
    [InlineData("[a for a, b in pairs]", "(listcomp a (for (tuple a b) pairs))")]
    [InlineData("{k: v for k, v in d.items()}", "(dictcomp k v (for (tuple k v) (call (. d items))))")]
    [InlineData("{x for x in s}", "(setcomp x (for x s))")]
    [InlineData("(x for x in s)", "(genexp x (for x s))")]
    [InlineData("[x async for x in s]", "(listcomp x (async-for x s))")]
    [InlineData("[x for x in a if b else c]", "(listcomp x (for x a))")]
    public void Comprehensions(string source, string expected)
    {
        if (expected == "(listcomp x (for x a))")
        {
            // `in a if b else c` : the iterable is an or_test, so the conditional is not allowed there.
            Assert.Throws<CompileError>(() => Parser.ParseExpression(source));
            return;
        }
        Assert.Equal(expected, Expr(source));
    }

    [Theory]
    [InlineData("(y := f(x))", "(:= y (call f x))")]
    [InlineData("yield", "(yield _)")]
    [InlineData("yield a, b", "(yield (tuple a b))")]
    [InlineData("yield from g", "(yield-from g)")]
    [InlineData("*a, b", "(tuple (* a) b)")]
    public void Misc(string source, string expected) => Assert.Equal(expected, Expr(source));

    [Theory]
    [InlineData("list[int] | None", "(BitOr (sub list int) None)")]
    [InlineData("Optional[Tuple[int, ...]]", "(sub Optional (sub Tuple int ...))")]
    [InlineData("dict[str, torch.Tensor]", "(sub dict str (. torch Tensor))")]
    [InlineData("Callable[[int, str], None]", "(sub Callable (list int str) None)")]
    [InlineData("  Tensor  ", "Tensor")]
    [InlineData("Tuple[\n int,\n str]", "(sub Tuple int str)")]
    public void Annotations(string source, string expected) => Assert.Equal(expected, Expr(source));

    [Fact]
    public void RangesCoverTheExpression()
    {
        var src = "foo(a, b)[1] + c.d";
        var e = Assert.IsType<Ast.BinaryOp>(Parser.ParseExpression(src));
        Assert.Equal("foo(a, b)[1]", Text(e.Left));
        Assert.Equal("c.d", Text(e.Right));
        Assert.Equal(src, Text(e));
        var attr = Assert.IsType<Ast.Attribute>(e.Right);
        Assert.Equal("d", src[attr.NameRange.Start..attr.NameRange.End]);
        var t = Parser.ParseExpression("(1, 2)");
        Assert.Equal("(1, 2)", Text(t));
        var p = Parser.ParseExpression("((x))");
        Assert.Equal("x", Text(p));   // parentheses do not belong to the inner expression
    }

    [Theory]
    [InlineData("f(a=1, b)", "positional argument follows keyword argument")]
    [InlineData("f(**k, b)", "positional argument follows keyword argument unpacking")]
    [InlineData("f(x for x in y, 1)", "Generator expression must be parenthesized")]
    [InlineData("a if b", "expected 'else' after 'if' expression")]
    [InlineData("x[]", "invalid syntax")]
    [InlineData("1 +", "invalid syntax")]
    [InlineData("a b", "invalid syntax")]
    [InlineData("{1: 2, 3}", "expected ':'")]
    public void ExpressionErrors(string source, string message) =>
        Assert.StartsWith(message, ExprError(source).Message);
}
