using System.Globalization;
using System.Text;
using TorchScriptSharp.Syntax.Ast;

namespace TorchScriptSharp.Syntax;

/// A compact one-line S-expression dump of a syntax tree, for tests and debugging. Names print
/// bare, operators by enum name: `a + b * c` prints `(Add a (Mul b c))`.
public static class AstPrinter
{
    public static string Print(ModuleSyntax module) => string.Join("\n", module.Body.Select(s => Print(s)));

    public static string Print(Node? node)
    {
        var sb = new StringBuilder();
        Write(sb, node);
        return sb.ToString();
    }

    static void Write(StringBuilder sb, Node? node)
    {
        switch (node)
        {
            case null: sb.Append('_'); break;

            // Expressions
            case Name n: sb.Append(n.Id); break;
            case IntLiteral i: sb.Append(i.Value.ToString(CultureInfo.InvariantCulture)); break;
            case FloatLiteral f: sb.Append(FormatDouble(f.Value)); break;
            case ImaginaryLiteral j: sb.Append(FormatDouble(j.Value)).Append('j'); break;
            case StringLiteral s: sb.Append(s.IsBytes ? "b" : "").Append(Quote(s.Value)); break;
            case BoolLiteral b: sb.Append(b.Value ? "True" : "False"); break;
            case NoneLiteral: sb.Append("None"); break;
            case EllipsisLiteral: sb.Append("..."); break;
            case FStringLiteral fs: List(sb, "f", fs.Parts); break;
            case FStringText t: sb.Append(Quote(t.Text)); break;
            case FStringField fld:
                sb.Append("(fmt ");
                Write(sb, fld.Value);
                if (fld.Conversion is { } conv) sb.Append(" !").Append(conv);
                if (fld.FormatSpec is { } spec) sb.Append(" :").Append(Quote(spec));
                sb.Append(')');
                break;
            case Ast.Attribute a: sb.Append("(. "); Write(sb, a.Target); sb.Append(' ').Append(a.Name).Append(')'); break;
            case Call call:
                sb.Append("(call ");
                Write(sb, call.Func);
                foreach (var arg in call.Args) { sb.Append(' '); Write(sb, arg); }
                foreach (var kw in call.Keywords) { sb.Append(' '); Write(sb, kw); }
                sb.Append(')');
                break;
            case KeywordArg kw: sb.Append("(kw ").Append(kw.Name ?? "**").Append(' '); Write(sb, kw.Value); sb.Append(')'); break;
            case Starred st: Op(sb, "*", st.Value); break;
            case Subscript sub: sb.Append("(sub "); Write(sb, sub.Value); Items(sb, sub.Indices); sb.Append(')'); break;
            case SliceExpr sl: Op(sb, "slice", sl.Lower, sl.Upper, sl.Step); break;
            case BinaryOp bin: Op(sb, bin.Op.ToString(), bin.Left, bin.Right); break;
            case BoolOp bo: List(sb, bo.IsAnd ? "and" : "or", bo.Values); break;
            case UnaryOp un: Op(sb, un.Op.ToString(), un.Operand); break;
            case Compare cmp:
                sb.Append("(cmp ");
                Write(sb, cmp.Left);
                foreach (var (op, right) in cmp.Comparisons) { sb.Append(' ').Append(op).Append(' '); Write(sb, right); }
                sb.Append(')');
                break;
            case Conditional cond: Op(sb, "ifexp", cond.Test, cond.Body, cond.OrElse); break;
            case ListExpr l: List(sb, "list", l.Elements); break;
            case TupleExpr t: List(sb, "tuple", t.Elements); break;
            case SetExpr s: List(sb, "set", s.Elements); break;
            case DictExpr d:
                sb.Append("(dict");
                foreach (var (k, v) in d.Items)
                {
                    sb.Append(" (");
                    if (k is null) sb.Append("**"); else Write(sb, k);
                    sb.Append(' ');
                    Write(sb, v);
                    sb.Append(')');
                }
                sb.Append(')');
                break;
            case ListComp lc: Comp(sb, "listcomp", lc.Generators, lc.Element); break;
            case SetComp sc: Comp(sb, "setcomp", sc.Generators, sc.Element); break;
            case GeneratorExp ge: Comp(sb, "genexp", ge.Generators, ge.Element); break;
            case DictComp dc: Comp(sb, "dictcomp", dc.Generators, dc.Key, dc.Value); break;
            case Comprehension cm:
                sb.Append(cm.IsAsync ? "(async-for " : "(for ");
                Write(sb, cm.Target);
                sb.Append(' ');
                Write(sb, cm.Iter);
                foreach (var cond in cm.Ifs) { sb.Append(" (if "); Write(sb, cond); sb.Append(')'); }
                sb.Append(')');
                break;
            case Lambda lam: sb.Append("(lambda "); Write(sb, lam.Parameters); sb.Append(' '); Write(sb, lam.Body); sb.Append(')'); break;
            case NamedExpr ne: Op(sb, ":=", ne.Target, ne.Value); break;
            case Yield y: Op(sb, "yield", y.Value); break;
            case YieldFrom yf: Op(sb, "yield-from", yf.Value); break;
            case Await aw: Op(sb, "await", aw.Value); break;

            // Statements
            case ExprStmt es: Write(sb, es.Value); break;
            case Assign asg: sb.Append("(="); Items(sb, asg.Targets); sb.Append(' '); Write(sb, asg.Value); sb.Append(')'); break;
            case AnnAssign ann: Op(sb, "ann", ann.Target, ann.Annotation, ann.Value); break;
            case AugAssign aug: Op(sb, aug.Op + "=", aug.Target, aug.Value); break;
            case If iff:
                sb.Append("(if "); Write(sb, iff.Test); Block(sb, iff.Body);
                if (iff.OrElse.Count > 0) Block(sb, iff.OrElse);
                sb.Append(')');
                break;
            case While w:
                sb.Append("(while "); Write(sb, w.Test); Block(sb, w.Body);
                if (w.OrElse.Count > 0) Block(sb, w.OrElse);
                sb.Append(')');
                break;
            case For f:
                sb.Append(f.IsAsync ? "(async-for " : "(for "); Write(sb, f.Target); sb.Append(' '); Write(sb, f.Iter); Block(sb, f.Body);
                if (f.OrElse.Count > 0) Block(sb, f.OrElse);
                sb.Append(')');
                break;
            case Break: sb.Append("(break)"); break;
            case Continue: sb.Append("(continue)"); break;
            case Pass: sb.Append("(pass)"); break;
            case Return r: Op(sb, "return", r.Value); break;
            case Raise ra: Op(sb, "raise", ra.Exc, ra.Cause); break;
            case Ast.Assert asr: Op(sb, "assert", asr.Test, asr.Msg); break;
            case Delete del: List(sb, "del", del.Targets); break;
            case With wi:
                sb.Append(wi.IsAsync ? "(async-with" : "(with");
                foreach (var item in wi.Items) { sb.Append(' '); Op(sb, "as", item.Context, item.As); }
                Block(sb, wi.Body);
                sb.Append(')');
                break;
            case Import imp: sb.Append("(import").Append(Aliases(imp.Names)).Append(')'); break;
            case ImportFrom imf:
                sb.Append("(from ").Append(new string('.', imf.Level)).Append(imf.Module).Append(Aliases(imf.Names)).Append(')');
                break;
            case Global g: sb.Append("(global ").Append(string.Join(' ', g.Names)).Append(')'); break;
            case Nonlocal nl: sb.Append("(nonlocal ").Append(string.Join(' ', nl.Names)).Append(')'); break;
            case Try tr:
                sb.Append("(try"); Block(sb, tr.Body);
                foreach (var h in tr.Handlers) { sb.Append(' '); Write(sb, h); }
                if (tr.OrElse.Count > 0) { sb.Append(" (else"); Block(sb, tr.OrElse); sb.Append(')'); }
                if (tr.FinalBody.Count > 0) { sb.Append(" (finally"); Block(sb, tr.FinalBody); sb.Append(')'); }
                sb.Append(')');
                break;
            case ExceptHandler eh:
                sb.Append("(except "); Write(sb, eh.Type);
                if (eh.Name is not null) sb.Append(" as ").Append(eh.Name);
                Block(sb, eh.Body);
                sb.Append(')');
                break;
            case FunctionDef fd:
                sb.Append(fd.IsAsync ? "(async-def " : "(def ").Append(fd.Name);
                foreach (var d in fd.Decorators) { sb.Append(" (@ "); Write(sb, d); sb.Append(')'); }
                sb.Append(' '); Write(sb, fd.Parameters);
                if (fd.Returns is not null) { sb.Append(" (-> "); Write(sb, fd.Returns); sb.Append(')'); }
                if (fd.TypeSignature is not null) { sb.Append(' '); Write(sb, fd.TypeSignature); }
                Block(sb, fd.Body);
                sb.Append(')');
                break;
            case ClassDef cd:
                sb.Append("(class ").Append(cd.Name);
                foreach (var d in cd.Decorators) { sb.Append(" (@ "); Write(sb, d); sb.Append(')'); }
                if (cd.Bases.Count > 0 || cd.Keywords.Count > 0)
                {
                    sb.Append(" (bases");
                    Items(sb, cd.Bases);
                    Items(sb, cd.Keywords);
                    sb.Append(')');
                }
                Block(sb, cd.Body);
                sb.Append(')');
                break;
            case Parameters ps:
                sb.Append("(params");
                foreach (var p in ps.PositionalOnly) { sb.Append(' '); Write(sb, p); }
                if (ps.PositionalOnly.Count > 0) sb.Append(" /");
                foreach (var p in ps.Regular) { sb.Append(' '); Write(sb, p); }
                if (ps.VarArgs is not null) { sb.Append(" *"); Write(sb, ps.VarArgs); }
                else if (ps.KeywordOnly.Count > 0) sb.Append(" *");
                foreach (var p in ps.KeywordOnly) { sb.Append(' '); Write(sb, p); }
                if (ps.KwArgs is not null) { sb.Append(" **"); Write(sb, ps.KwArgs); }
                sb.Append(')');
                break;
            case Parameter p:
                if (p.Annotation is null && p.Default is null) { sb.Append(p.Name); break; }
                sb.Append('(').Append(p.Name);
                if (p.Annotation is not null) { sb.Append(" : "); Write(sb, p.Annotation); }
                if (p.Default is not null) { sb.Append(" = "); Write(sb, p.Default); }
                sb.Append(')');
                break;
            case FunctionTypeComment tc:
                sb.Append("(type"); Items(sb, tc.ParamTypes); sb.Append(" -> "); Write(sb, tc.ReturnType); sb.Append(')');
                break;
            default: sb.Append('<').Append(node.GetType().Name).Append('>'); break;
        }
    }

    static void Op(StringBuilder sb, string head, params Node?[] args)
    {
        sb.Append('(').Append(head);
        foreach (var a in args) { sb.Append(' '); Write(sb, a); }
        sb.Append(')');
    }

    static void List(StringBuilder sb, string head, IEnumerable<Node> items)
    {
        sb.Append('(').Append(head);
        Items(sb, items);
        sb.Append(')');
    }

    static void Items(StringBuilder sb, IEnumerable<Node> items)
    {
        foreach (var i in items) { sb.Append(' '); Write(sb, i); }
    }

    static void Block(StringBuilder sb, IEnumerable<Stmt> body)
    {
        sb.Append(" [");
        bool first = true;
        foreach (var s in body)
        {
            if (!first) sb.Append("; ");
            first = false;
            Write(sb, s);
        }
        sb.Append(']');
    }

    static void Comp(StringBuilder sb, string head, IEnumerable<Comprehension> gens, params Expr[] elements)
    {
        sb.Append('(').Append(head);
        Items(sb, elements);
        Items(sb, gens);
        sb.Append(')');
    }

    static string Aliases(IEnumerable<(string Name, string? AsName)> names) =>
        string.Concat(names.Select(n => n.AsName is null ? " " + n.Name : $" ({n.Name} as {n.AsName})"));

    static string FormatDouble(double d) => d.ToString("R", CultureInfo.InvariantCulture) is var s && s.Contains('.') || s.Contains('E') || s.Contains("Infinity") || s.Contains("NaN") ? s : s + ".0";

    static string Quote(string s)
    {
        var sb = new StringBuilder("\"");
        foreach (char c in s)
        {
            switch (c)
            {
                case '"': sb.Append("\\\""); break;
                case '\\': sb.Append("\\\\"); break;
                case '\n': sb.Append("\\n"); break;
                case '\t': sb.Append("\\t"); break;
                case '\r': sb.Append("\\r"); break;
                default:
                    if (c < 32 || c == 127) sb.Append($"\\x{(int)c:x2}");
                    else sb.Append(c);
                    break;
            }
        }
        return sb.Append('"').ToString();
    }
}
