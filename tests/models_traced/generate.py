"""Goldens for tracing the real model files of tests/models: run with Debian's PyTorch 1.13
(/usr/bin/python3) from the repo root, after tests/models/generate.py. For each model: build it as
tests/models/generate.py does (seed 0, its `# state_dict:`, `# eval`), load the state dict saved there
(if any), and torch.jit.trace it on the inputs saved there. Writes <name>.code (the traced forward),
<name>.warnings.txt (first line of each TracerWarning) and <name>.output.pt; index.tsv lists the traced
models with the `strict` they needed (dict inputs or outputs need strict=False). Models PyTorch cannot
trace are listed in untraceable.tsv with its error.
"""
import importlib.util
import os
import re
import subprocess
import sys
import warnings

import torch

HERE = os.path.dirname(os.path.abspath(__file__))
MODELS = os.path.join(HERE, "..", "models")
sys.path.insert(0, MODELS)


def detached(value):
    if isinstance(value, (tuple, list)):
        return type(value)(detached(v) for v in value)
    if isinstance(value, dict):
        return {k: detached(v) for k, v in value.items()}
    return value.detach()


def trace_one(name):
    source = open(os.path.join(MODELS, name + ".py")).read()
    spec = importlib.util.spec_from_file_location(name, os.path.join(MODELS, name + ".py"))
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    torch.manual_seed(0)
    instance = eval(re.search(r"^# construct: (.*)$", source, re.M).group(1), vars(module))
    sd = os.path.join(MODELS, name + ".sd.pt")
    if os.path.exists(sd):
        instance.load_state_dict(torch.load(sd))
    if re.search(r"^# eval$", source, re.M):
        instance.eval()
    inputs = tuple(torch.load(os.path.join(MODELS, name + ".inputs.pt")))
    for strict in (True, False):
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            try:
                traced = torch.jit.trace(instance, inputs, strict=strict)
            except Exception as e:  # noqa: BLE001 - recorded below
                error = f"{type(e).__name__}: {str(e).splitlines()[0]}"
                continue
        with open(os.path.join(HERE, name + ".code"), "w") as f:
            f.write(traced.code)
        with open(os.path.join(HERE, name + ".warnings.txt"), "w") as f:
            f.write("".join(str(w.message).split("\n")[0] + "\n" for w in caught if issubclass(w.category, torch.jit.TracerWarning)))
        with torch.no_grad():
            torch.save(detached(traced(*inputs)), os.path.join(HERE, name + ".output.pt"))
        print(f"{name}\t{strict}")
        return
    print(f"UNTRACEABLE\t{name}\t{error}")


def main():
    if len(sys.argv) > 1:
        for name in sys.argv[1:]:
            trace_one(name)
        return
    rows, untraceable = [], []
    for name in sorted(f[:-3] for f in os.listdir(MODELS) if f.endswith(".py") and f != "generate.py" and not f.startswith("_")):
        # one process per model, as tests/models/generate.py does
        out = subprocess.run([sys.executable, os.path.abspath(__file__), name], check=True, capture_output=True, text=True).stdout
        for line in out.splitlines():
            (untraceable if line.startswith("UNTRACEABLE") else rows).append(line.removeprefix("UNTRACEABLE\t"))
    with open(os.path.join(HERE, "index.tsv"), "w") as f:
        f.write("".join(r + "\n" for r in rows))
    with open(os.path.join(HERE, "untraceable.tsv"), "w") as f:
        f.write("".join(u + "\n" for u in untraceable))


if __name__ == "__main__":
    main()
