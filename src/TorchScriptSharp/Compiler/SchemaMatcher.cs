using System.Text;
using TorchScriptSharp.IR;
using TorchScriptSharp.Ops;
using TorchScriptSharp.Runtime;
using TorchScriptSharp.Syntax;
using TorchScriptSharp.Types;

namespace TorchScriptSharp.Compiler;

public sealed record MatchedSchema(FunctionSchema Schema, IReadOnlyList<Value> Inputs, IReadOnlyList<TorchType> OutputTypes);

/// Overload resolution (PyTorch's matchSchemas): candidates are tried in registration order, first
/// without implicit conversions, then with them; the first schema that accepts the call wins.
/// Nodes inserted by a failed attempt (conversions, default constants) are removed again.
public static class SchemaMatcher
{
    public static MatchedSchema Match(FunctionEmitter e, SourceRange range, string name, IReadOnlyList<FunctionSchema> candidates,
        Value? self, IReadOnlyList<NamedValue> args, bool userFunction = false)
    {
        var failures = new List<(FunctionSchema Schema, string Why)>();
        var passes = candidates.Count == 1 ? new[] { true } : new[] { false, true };
        foreach (bool allowConversions in passes)
        {
            foreach (var schema in candidates)
            {
                var mark = e.Graph.InsertPoint.Prev!;
                var result = TryMatch(e, range, schema, self, args, allowConversions, userFunction, out var why);
                if (result != null) return result;
                RemoveNodesAfter(e.Graph, mark);
                if (allowConversions || passes.Length == 1) failures.Add((schema, why!));
            }
        }
        throw new CompileError(Explain(name, failures, userFunction), range);
    }

    static void RemoveNodesAfter(Graph g, Node mark)
    {
        for (var n = g.InsertPoint.Prev; n != null && n != mark && n.Kind != "prim::Param"; n = g.InsertPoint.Prev)
        {
            foreach (var o in n.Outputs) o.Uses.Clear();
            n.Destroy();
        }
    }

    static string Explain(string name, List<(FunctionSchema Schema, string Why)> failures, bool userFunction)
    {
        if (failures.Count == 1) return failures[0].Why;
        var sb = new StringBuilder("Arguments for call are not valid.\nThe following variants are available:\n");
        foreach (var (schema, why) in failures)
            sb.Append("\n  ").Append(schema).Append(":\n  ").Append(why).Append('\n');
        return sb.ToString().TrimEnd();
    }

    static MatchedSchema? TryMatch(FunctionEmitter e, SourceRange range, FunctionSchema schema, Value? self, IReadOnlyList<NamedValue> args,
        bool allowConversions, bool userFunction, out string? why)
    {
        why = null;
        var bindings = new Dictionary<string, TorchType>();
        var positional = args.Where(a => a.Name == null).ToList();
        var keywords = args.Where(a => a.Name != null).ToList();
        var usedKeywords = new HashSet<string>();
        var inputs = new List<Value>();
        int next = 0;
        bool selfUsed = false;
        var formals = schema.Arguments;
        for (int i = 0; i < formals.Count; i++)
        {
            var formal = formals[i];
            NamedValue? actual = null;
            Value? packed = null;
            if (!selfUsed && self != null && formal.Name == "self") { actual = new NamedValue(range, null, self); selfUsed = true; }
            else if (!selfUsed && self != null && i == 0) { actual = new NamedValue(range, null, self); selfUsed = true; }
            else if (next < positional.Count && !formal.KwargOnly)
            {
                // varargs: `torch.zeros(2, 3)` packs the trailing positionals into the int[] formal
                bool lastPositional = formals.Skip(i + 1).All(f => f.KwargOnly);
                if (allowConversions && lastPositional && formal.Type is ListType lt && formal.FixedSize == null && !ContainsVariable(lt.Element)
                    && positional[next].Value.Type is not ListType && positional[next].Value.Type is not TupleType)
                {
                    var items = new List<Value>();
                    for (; next < positional.Count; next++)
                    {
                        var c = Conversions.TryConvert(e, positional[next].Value, lt.Element, true, positional[next].Range);
                        if (c == null || !c.Type.IsSubtypeOf(lt.Element)) { why = Mismatch(formal, positional[next].Value.Type); return null; }
                        items.Add(c);
                    }
                    packed = e.MakeList(range, lt.Element, items);
                }
                else actual = positional[next++];
            }
            else
            {
                var kw = keywords.FirstOrDefault(k => k.Name == formal.Name || (formal.Name == "self" && k.Name == "input" && !userFunction));
                if (kw != null) { actual = kw; usedKeywords.Add(kw.Name!); }
            }
            if (packed != null) { inputs.Add(packed); continue; }
            if (actual == null)
            {
                if (!formal.HasDefault)
                {
                    why = $"{(userFunction ? schema.Name.Split('.').Last() : schema.Name)}() is missing value for argument '{formal.Name}'. Declaration: {SchemaText(schema)}";
                    return null;
                }
                inputs.Add(DefaultConstant(e, formal));
                continue;
            }
            var converted = MatchArgument(e, formal, actual, bindings, allowConversions);
            if (converted == null) { why = Mismatch(formal, actual.Value.Type) + $"\nDeclaration: {SchemaText(schema)}"; return null; }
            inputs.Add(converted);
        }
        if (next < positional.Count)
        {
            if (schema.IsVararg)
            {
                for (; next < positional.Count; next++) inputs.Add(positional[next].Value);
            }
            else
            {
                why = $"{schema.Name}() expected at most {formals.Count(f => !f.KwargOnly)} argument(s) but received {positional.Count + (self != null ? 1 : 0)} argument(s). Declaration: {SchemaText(schema)}";
                return null;
            }
        }
        foreach (var kw in keywords)
            if (!usedKeywords.Contains(kw.Name!))
            {
                why = $"Keyword argument {kw.Name} unknown.\nDeclaration: {SchemaText(schema)}";
                return null;
            }
        var outputs = new List<TorchType>();
        foreach (var ret in schema.Returns)
        {
            var t = Substitute(ret.Type, bindings);
            if (t == null) { why = $"could not infer the return type of {schema.Name}"; return null; }
            outputs.Add(t);
        }
        return new MatchedSchema(schema, inputs, outputs);
    }

    static string SchemaText(FunctionSchema s) => s.Text ?? s.FullName;

    static string Mismatch(Argument formal, TorchType actual) =>
        $"Expected a value of type '{formal.Type.AnnotationStr()}' for argument '{formal.Name}' but instead found type '{actual.AnnotationStr()}'.";

    static Value? MatchArgument(FunctionEmitter e, Argument formal, NamedValue actual, Dictionary<string, TorchType> bindings, bool allowConversions)
    {
        var value = actual.Value;
        var formalType = formal.Type;
        // broadcasting lists: `stride=2` for `int[2] stride` means [2, 2]
        if (formal.FixedSize is int n && formalType is ListType blt && value.Type.IsSubtypeOf(blt.Element) && value.Type is not ListType)
            return e.MakeList(actual.Range, blt.Element, Enumerable.Repeat(value, n).ToList());
        if (formalType is OptionalType { Element: ListType olt } && formal.FixedSize is int on && value.Type.IsSubtypeOf(olt.Element))
            return e.MakeList(actual.Range, olt.Element, Enumerable.Repeat(value, on).ToList());
        if (!TryBind(formalType, value.Type, bindings)) return null;
        var concrete = Substitute(formalType, bindings);
        if (concrete == null) return null;
        var converted = Conversions.TryConvert(e, value, concrete, allowConversions, actual.Range, asArgument: true);
        if (converted == null || !converted.Type.IsSubtypeOf(concrete)) return null;
        return converted;
    }

    /// Binds the schema's type variables (`t`, `t[]`, `Dict(str, t)`) against an actual type.
    static bool TryBind(TorchType formal, TorchType actual, Dictionary<string, TorchType> bindings)
    {
        switch (formal)
        {
            case TypeVariable v:
                if (bindings.TryGetValue(v.Name, out var bound))
                {
                    // PyTorch keeps the first binding stable (unification only checks compatibility),
                    // so `list.append((i, x.item()))` on a List[Tuple[int, float]] converts the
                    // argument to Tuple[int, float] instead of widening t
                    if (actual.IsSubtypeOf(bound)) return true;
                    return Subtyping.Unify(bound, actual) != null;
                }
                bindings[v.Name] = actual;
                return true;
            case ListType fl:
                if (actual is ListType al) return !ContainsVariable(fl.Element) || BindInvariant(fl.Element, al.Element, bindings);
                if (actual is TupleType at && ContainsVariable(fl.Element) && at.Elements.Count > 0)
                    return TryBind(fl.Element, Subtyping.UnifyAll(at.Elements) ?? at.Elements[0], bindings);
                return true;
            case OptionalType fo:
                if (actual == TorchType.None) return true;
                return TryBind(fo.Element, actual is OptionalType ao ? ao.Element : actual, bindings);
            case DictType fd:
                if (actual is DictType ad) return TryBind(fd.Key, ad.Key, bindings) && TryBind(fd.Value, ad.Value, bindings);
                return true;
            case TupleType ft:
                if (actual is TupleType att && att.Elements.Count == ft.Elements.Count)
                    for (int i = 0; i < ft.Elements.Count; i++)
                        if (!TryBind(ft.Elements[i], att.Elements[i], bindings)) return false;
                return true;
            case FutureType ff:
                return actual is FutureType af ? TryBind(ff.Element, af.Element, bindings) : true;
        }
        return true;
    }

    /// Lists are invariant: a list element variable binds to exactly the actual element type.
    static bool BindInvariant(TorchType formal, TorchType actual, Dictionary<string, TorchType> bindings)
    {
        if (formal is TypeVariable v)
        {
            if (bindings.TryGetValue(v.Name, out var bound)) return bound == actual;
            bindings[v.Name] = actual;
            return true;
        }
        return TryBind(formal, actual, bindings);
    }

    static bool ContainsVariable(TorchType t) => t is TypeVariable || t.Contained.Any(ContainsVariable);

    /// Replaces bound type variables; null when a variable is unbound.
    public static TorchType? Substitute(TorchType t, IReadOnlyDictionary<string, TorchType> bindings)
    {
        switch (t)
        {
            case TypeVariable v: return bindings.TryGetValue(v.Name, out var b) ? b : null;
            case ListType l: return Substitute(l.Element, bindings) is { } le ? new ListType(le) : null;
            case OptionalType o:
                var inner = o.Element is TypeVariable ov && !bindings.ContainsKey(ov.Name) ? TorchType.None : Substitute(o.Element, bindings);
                if (inner == null) return null;
                return inner == TorchType.None || inner is OptionalType ? inner : new OptionalType(inner);
            case DictType d:
                var k = Substitute(d.Key, bindings); var val = Substitute(d.Value, bindings);
                return k != null && val != null ? new DictType(k, val) : null;
            case TupleType tt:
                var els = tt.Elements.Select(x => Substitute(x, bindings)).ToList();
                return els.Any(x => x == null) ? null : new TupleType(els!, tt.FieldNames, tt.QualifiedName);
            case FutureType f: return Substitute(f.Element, bindings) is { } fe ? new FutureType(fe) : null;
            default: return t;
        }
    }

    static Value DefaultConstant(FunctionEmitter e, Argument formal)
    {
        var type = formal.Type;
        var v = formal.Default;
        TorchType constType = v.Tag switch
        {
            IValueTag.None => TorchType.None,
            IValueTag.Int => type is OptionalType { Element: var el } && el == TorchType.Float ? TorchType.Int : (type == TorchType.Float ? TorchType.Int : TorchType.Int),
            IValueTag.Double => TorchType.Float,
            IValueTag.Bool => TorchType.Bool,
            IValueTag.String => TorchType.Str_,
            IValueTag.List => new ListType(v.ToList().ElementType),
            IValueTag.Device => TorchType.Device,
            _ => type,
        };
        if (v.IsInt && (type == TorchType.Float || type is OptionalType { Element: var f } && f == TorchType.Float))
        {
            v = IValue.FromDouble(v.ToInt());
            constType = TorchType.Float;
        }
        return e.Graph.InsertConstant(v, constType);
    }
}
