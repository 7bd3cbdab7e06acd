namespace TorchScriptSharp.Eager.Torch;

/// `torch.utils.checkpoint`, which memory-efficient model code imports (torchvision's DenseNet).
/// Activation checkpointing trades memory for recomputation in the backward pass; run eagerly here,
/// `checkpoint(fn, *args)` calls `fn(*args)` and keeps the activations (same values and gradients,
/// without the memory saving). Scripted code never calls it: PyTorch rejects it in TorchScript too.
static class CheckpointModule
{
    public static PyModuleObject Create()
    {
        var m = new PyModuleObject("torch.utils.checkpoint");
        m.Dict["checkpoint"] = new BuiltinFunction("checkpoint", (ev, a) =>
        {
            if (a.Positional.Count == 0) throw Interpreter.TypeError("checkpoint() missing 1 required positional argument: 'function'");
            // use_reentrant / preserve_rng_state only matter to the recomputation, which does not happen here
            var keywords = a.Keywords.Where(k => k.Key is not ("use_reentrant" or "preserve_rng_state")).ToList();
            return ev.Call(a.Positional[0], new CallArgs(a.Positional.Skip(1).ToList(), keywords));
        });
        m.Dict["checkpoint_sequential"] = new BuiltinFunction("checkpoint_sequential", (ev, a) =>
        {
            // checkpoint_sequential(functions, segments, input): the functions applied in order
            var p = Params.Bind(a, "checkpoint_sequential", ("functions", Params.Required), ("segments", Params.Required), ("input", Params.Required),
                ("use_reentrant", true), ("preserve_rng_state", true));
            var input = p[2];
            foreach (var f in PyOps.Iterate(ev, p[0])) input = ev.Call(f, CallArgs.Of(input));
            return input;
        });
        return m;
    }
}
