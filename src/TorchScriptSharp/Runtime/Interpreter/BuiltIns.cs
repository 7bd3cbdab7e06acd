namespace TorchScriptSharp.Runtime;

/// Operators with schemas that the interpreter runs itself rather than through a registry kernel,
/// so the compiler can tell "runs" from "has no kernel yet" at compile time.
public static class InterpreterBuiltIns
{
    static readonly HashSet<string> Names = new()
    {
        "prim::RaiseException", "prim::Print", "aten::warn", "prim::unchecked_cast", "prim::unchecked_unwrap_optional",
        "aten::_unwrap_optional", "prim::Uninitialized", "aten::eq.enum", "aten::ne.enum", "prim::TupleUnpack",
    };

    public static bool Implements(string fullName) =>
        Names.Contains(fullName) || fullName.StartsWith("prim::EnumValue") || fullName.StartsWith("prim::EnumName") || fullName.StartsWith("prim::isinstance");
}
