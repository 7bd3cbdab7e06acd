using TorchScriptSharp.Syntax;
using TorchScriptSharp.Types;

namespace TorchScriptSharp.Compiler;

/// A variable binding: what the name refers to and the type assignments to it must respect
/// (the annotated type for `x: Optional[int] = ...`, otherwise the assigned value's type).
/// Fixed bindings were inherited from an enclosing frame (if-branch, loop-carried): assignments must keep
/// their type, as PyTorch requires ("Variable 'x' previously had type int ...").
public sealed record Binding(SugaredValue Value, TorchType? Type, bool IsRefinement = false, bool Fixed = false);

/// One frame of the environment: the function body, an if-branch, a loop body or a comprehension.
/// Lookups walk outwards; assignments land in the innermost frame, so after an if the emitter can
/// see which names each branch assigned.
public sealed class Scope
{
    readonly Dictionary<string, Binding> _vars = new();
    // Names that exist only on some paths, with the explanation given when they are read.
    readonly Dictionary<string, (string Why, SourceRange? Where)> _undefinedBecause = new();

    public Scope(Scope? parent) => Parent = parent;

    public Scope? Parent { get; }

    /// The branch of a statically decided `if` (`isinstance(x, PackedSequence)` on a Tensor): PyTorch
    /// emits it into the enclosing frame, so a name may be rebound there with another type.
    public bool SharesParentFrame { get; init; }

    /// Whether the name is bound in this frame (this scope, or the enclosing ones it shares a frame with).
    public bool OwnsInFrame(string name)
    {
        for (var s = this; s != null; s = s.SharesParentFrame ? s.Parent : null)
            if (s._vars.ContainsKey(name)) return true;
        return false;
    }
    public IReadOnlyDictionary<string, Binding> Own => _vars;

    public Binding? Lookup(string name)
    {
        for (var s = this; s != null; s = s.Parent)
        {
            if (s._vars.TryGetValue(name, out var b)) return b;
            if (s._undefinedBecause.ContainsKey(name)) return null;
        }
        return null;
    }

    /// Why a name that was assigned on some paths only cannot be read here, or null.
    public (string Why, SourceRange? Where)? WhyUndefined(string name)
    {
        for (var s = this; s != null; s = s.Parent)
        {
            if (s._vars.ContainsKey(name)) return null;
            if (s._undefinedBecause.TryGetValue(name, out var why)) return why;
        }
        return null;
    }

    public void Set(string name, Binding b)
    {
        _vars[name] = b;
        _undefinedBecause.Remove(name);
    }

    /// <paramref name="where"/> is the statement that made the name undefined (the if or loop), where
    /// PyTorch reports the error when the name is read later.
    public void MarkUndefined(string name, string why, SourceRange? where = null)
    {
        _vars.Remove(name);
        _undefinedBecause[name] = (why, where);
    }

    public void Remove(string name) => _vars.Remove(name);
}
