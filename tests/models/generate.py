"""Goldens for real model files (tests/models): run with Debian's PyTorch 1.13 (/usr/bin/python3) from the repo root.

Each <name>.py (other than support files named _*.py) is a model definition file from a public repository (header: source, `# construct: Ctor(args)`,
`# inputs: [...]`, optional `# eval`, `# state_dict: EXPR` and `# seeded`). For each: seed 0, build the model, torch.jit.script it, and write
<name>.code (scripted.code), <name>.sd.pt (state_dict), <name>.inputs.pt and <name>.output.pt (forward on the
inputs, drawn after construction). A forward returning a tuple is saved as a tuple. A `# seeded` model (weights
too large to keep) gets <name>.sd_digest.pt instead of <name>.sd.pt: per state-dict entry, the sum and sum of squares.
"""
import importlib.util
import os
import re
import subprocess
import sys
import warnings

import torch

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)  # a model file may import a sibling (tv_mobilenetv3 imports tv_mobilenetv2)


def detached(value):
    if isinstance(value, tuple):
        return tuple(detached(v) for v in value)
    return value.detach()


def main():
    names = sys.argv[1:]
    if not names:
        # one process per model: PyTorch numbers mangled names (___torch_mangle_<n>) process-wide, so a
        # model's .code would otherwise depend on the models generated before it
        for name in sorted(f[:-3] for f in os.listdir(HERE) if f.endswith(".py") and f != "generate.py" and not f.startswith("_")):
            subprocess.run([sys.executable, os.path.abspath(__file__), name], check=True)
        return
    warnings.simplefilter("ignore")
    for name in names:
        path = os.path.join(HERE, name + ".py")
        source = open(path).read()
        ctor = re.search(r"^# construct: (.*)$", source, re.M).group(1)
        inputs = re.search(r"^# inputs: (.*)$", source, re.M).group(1)
        spec = importlib.util.spec_from_file_location(name, path)
        module = sys.modules.get(name) or importlib.util.module_from_spec(spec)
        if name not in sys.modules:
            sys.modules[name] = module
            spec.loader.exec_module(module)
        torch.manual_seed(0)
        instance = eval(ctor, vars(module))
        # `# state_dict: EXPR`: load this state dict (and save it as <name>.sd.pt) instead of the model's
        # own, e.g. a checkpoint in an older layout that the model's _load_from_state_dict converts
        state_expr = re.search(r"^# state_dict: (.*)$", source, re.M)
        state = eval(state_expr.group(1), {"torch": torch}) if state_expr else None
        if state is not None:
            instance.load_state_dict(dict(state))
        if re.search(r"^# eval$", source, re.M):
            instance.eval()
        scripted = torch.jit.script(instance)
        args = eval(inputs, {"torch": torch})
        with open(os.path.join(HERE, name + ".code"), "w") as f:
            f.write(scripted.code)
        if re.search(r"^# seeded$", source, re.M):
            # weights too large to keep: the test builds the model with the same seed and checks that its
            # initialisers drew exactly these tensors (sum and sum of squares of each, in float64)
            digest = {k: torch.tensor([v.double().sum().item(), (v.double() ** 2).sum().item()], dtype=torch.float64)
                      for k, v in instance.state_dict().items()}
            torch.save(digest, os.path.join(HERE, name + ".sd_digest.pt"))
        else:
            torch.save(state if state is not None else instance.state_dict(), os.path.join(HERE, name + ".sd.pt"))
        torch.save(args, os.path.join(HERE, name + ".inputs.pt"))
        with torch.no_grad():
            expected = instance(*args)
            actual = scripted(*args)
        # the scripted module must agree with eager PyTorch, or the file is no use as a test
        torch.testing.assert_close(actual, expected)
        torch.save(detached(actual), os.path.join(HERE, name + ".output.pt"))
        print("ok", name)


if __name__ == "__main__":
    main()
