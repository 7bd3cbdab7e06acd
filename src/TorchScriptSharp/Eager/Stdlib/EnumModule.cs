using TorchScriptSharp.Serialization;

namespace TorchScriptSharp.Eager.Stdlib;

/// A minimal `enum`: subclasses of Enum turn their plain class attributes into members with
/// `.name` and `.value`; `Color(1)` looks a member up by value; iterating the class is not supported.
static class EnumModule
{
    public static readonly PyClass EnumBase = MakeEnum();

    static PyClass MakeEnum()
    {
        var c = new PyClass("Enum", new[] { BuiltinTypes.Object }, "enum");
        c.Dict["__new__"] = new BuiltinFunction("__new__", (ev, a) =>
        {
            var cls = (PyClass)a.Positional[0]!;
            if (cls.Lookup("__members__") is PyDict members)
                foreach (var (_, m) in members)
                    if (m is PyInstance inst && PyOps.EqualsBool(ev, inst.Dict["value"], a.Positional[1])) return inst;
            throw Interpreter.ValueError($"{PyText.Repr(ev, a.Positional[1])} is not a valid {cls.Name}");
        });
        c.Dict["__repr__"] = new BuiltinFunction("__repr__", (ev, a) =>
        {
            var i = (PyInstance)a.Positional[0]!;
            return $"<{i.Class.Name}.{i.Dict["name"]}: {PyText.Repr(ev, i.Dict["value"])}>";
        });
        c.Dict["__str__"] = new BuiltinFunction("__str__", (ev, a) => { var i = (PyInstance)a.Positional[0]!; return $"{i.Class.Name}.{i.Dict["name"]}"; });
        return c;
    }

    public static PyModuleObject Create()
    {
        var m = new PyModuleObject("enum");
        m.Dict["Enum"] = EnumBase;
        m.Dict["IntEnum"] = EnumBase;
        var counter = 0L;
        m.Dict["auto"] = new BuiltinFunction("auto", (ev, a) => ++counter);
        return m;
    }

    internal static void MakeMembers(Interpreter ev, PyClass cls)
    {
        var members = new PyDict(isOrdered: true);
        foreach (var (k, v) in cls.Dict.ToList())
        {
            if (k.StartsWith('_') || v is PyFunction or BuiltinFunction or StaticMethod or ClassMethod or PyProperty or PyClass) continue;
            var member = new PyInstance(cls);
            member.Dict["name"] = k;
            member.Dict["value"] = v;
            cls.Dict[k] = member;
            members[k] = member;
        }
        cls.Dict["__members__"] = members;
    }
}
