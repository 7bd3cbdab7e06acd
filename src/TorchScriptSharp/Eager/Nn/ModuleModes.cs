using TorchScriptSharp.Serialization;
using TorchSharp;

namespace TorchScriptSharp.Eager.Nn;

/// train/eval, apply, requires_grad_, zero_grad, and the tensor-converting `_apply` family
/// (to/float/double/half/cpu).
public static partial class ModuleClass
{
    static void DefineModes(PyClass c, Definer def)
    {
        def("train", (ev, self, a) =>
        {
            var p = Params.Bind(a, "train", ("mode", true));
            if (p[0] is not bool mode) throw Interpreter.ValueError("training mode is expected to be boolean");
            ev.SetAttr(self, "training", mode);
            foreach (var (_, child) in NamedChildren(self)) ev.Call(ev.GetAttr(child, "train"), CallArgs.Of(mode));
            return self;
        });
        def("eval", (ev, self, a) => ev.Call(ev.GetAttr(self, "train"), CallArgs.Of(false)));
        def("apply", (ev, self, a) =>
        {
            foreach (var (_, child) in NamedChildren(self)) ev.Call(ev.GetAttr(child, "apply"), a);
            ev.Call(a.Positional[0], CallArgs.Of(self));
            return self;
        });
        def("requires_grad_", (ev, self, a) =>
        {
            var p = Params.Bind(a, "requires_grad_", ("requires_grad", true));
            bool on = PyOps.Truthy(ev, p[0]);
            foreach (var (_, v) in NamedMembers(self, s => s.Parameters, "", true, true)) ((torch.Tensor)v!).requires_grad = on;
            return self;
        });
        def("zero_grad", (ev, self, a) =>
        {
            var p = Params.Bind(a, "zero_grad", ("set_to_none", false));
            bool toNone = PyOps.Truthy(ev, p[0]);
            foreach (var (_, v) in NamedMembers(self, s => s.Parameters, "", true, true))
            {
                var t = (torch.Tensor)v!;
                if (t.grad is not { } g || g.IsInvalid) continue;
                if (toNone) t.grad = null;
                else { g.detach_(); g.zero_(); }
            }
            return null;
        });
        def("_apply", (ev, self, a) => Apply(ev, self, t => (torch.Tensor)ev.Call(a.Positional[0], CallArgs.Of(t))!));
        def("float", (ev, self, a) => Apply(ev, self, t => t.is_floating_point() ? t.to_type(torch.ScalarType.Float32) : t));
        def("double", (ev, self, a) => Apply(ev, self, t => t.is_floating_point() ? t.to_type(torch.ScalarType.Float64) : t));
        def("half", (ev, self, a) => Apply(ev, self, t => t.is_floating_point() ? t.to_type(torch.ScalarType.Float16) : t));
        def("cpu", (ev, self, a) => self);
        def("cuda", (ev, self, a) => throw new PythonException(BuiltinTypes.RuntimeError, "CUDA is not available to the eager evaluator"));
        def("to", (ev, self, a) =>
        {
            torch.ScalarType? dtype = a.Keyword("dtype") as torch.ScalarType?;
            foreach (var x in a.Positional)
            {
                if (x is torch.ScalarType st) dtype = st;
                else if (x is torch.Tensor t) dtype = t.dtype;
                else if (x is string s && s != "cpu" || x is TorchDevice { Type: not "cpu" })
                    throw new PythonException(BuiltinTypes.RuntimeError, $"device {PyText.Str(ev, x)} is not available to the eager evaluator");
            }
            if (dtype is not { } target) return self;
            return Apply(ev, self, t => t.is_floating_point() || t.is_complex() ? t.to_type(target) : t);
        });
    }

    /// Module._apply: converts parameters (keeping them Parameters with their requires_grad) and
    /// buffers of this module and all children; unchanged tensors keep their identity.
    static PyInstance Apply(Interpreter ev, PyInstance self, Func<torch.Tensor, torch.Tensor> fn)
    {
        foreach (var (_, child) in NamedChildren(self)) Apply(ev, child, fn);
        var state = State(self);
        foreach (var (k, v) in state.Parameters.ToList())
        {
            if (v is not torch.Tensor p) continue;
            torch.Tensor applied;
            using (torch.no_grad()) applied = fn(p);
            if (ReferenceEquals(applied, p)) continue;
            var param = new TorchSharp.Modules.Parameter(applied.detach(), p.requires_grad);
            state.Parameters[k] = param;
        }
        foreach (var (k, v) in state.Buffers.ToList())
            if (v is torch.Tensor b) state.Buffers[k] = fn(b);
        return self;
    }
}
