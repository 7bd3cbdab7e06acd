"""Goldens for tracing the torch.nn library modules: run with Debian's PyTorch 1.13 (/usr/bin/python3)
from the repo root, after tests/golden/nn/generate.py. For every case of tests/golden/nn/index.tsv:
build the module (seed 0), load the case's state dict, switch to eval mode if the case says so, and
torch.jit.trace it on the case's inputs. Writes <i>.code (the traced forward's .code), <i>.warnings.txt
(the first line of each TracerWarning) and, when the traced module is deterministic, <i>.output.pt.
Cases PyTorch cannot trace are listed in untraceable.tsv with PyTorch's error.
"""
import os
import sys
import warnings

import torch
from torch import nn  # noqa: F401 - the constructors name it

HERE = os.path.dirname(os.path.abspath(__file__))
NN = os.path.join(HERE, "..", "nn")


def detach(v):
    if isinstance(v, torch.Tensor):
        return v.detach()
    if isinstance(v, (list, tuple)):
        return type(v)(detach(x) for x in v)
    return v


def same(a, b):
    if isinstance(a, torch.Tensor):
        return torch.equal(a, b)
    if isinstance(a, (list, tuple)):
        return len(a) == len(b) and all(same(x, y) for x, y in zip(a, b))
    return a == b


def main():
    untraceable = []
    for line in open(os.path.join(NN, "index.tsv")):
        case, ctor, eval_mode = line.rstrip("\n").split("\t")
        torch.manual_seed(0)
        module = eval(ctor)
        module.load_state_dict(torch.load(os.path.join(NN, case + ".sd.pt")))
        if eval_mode == "True":
            module.eval()
        inputs = tuple(torch.load(os.path.join(NN, case + ".inputs.pt")))
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            try:
                traced = torch.jit.trace(module, inputs)
            except Exception as e:  # noqa: BLE001 - recorded: PyTorch itself cannot trace it
                untraceable.append(f"{case}\t{ctor}\t{type(e).__name__}: {str(e).splitlines()[0]}")
                continue
        stem = os.path.join(HERE, case)
        with open(stem + ".code", "w") as f:
            f.write(traced.code)
        with open(stem + ".warnings.txt", "w") as f:
            f.write("".join(str(w.message).split("\n")[0] + "\n" for w in caught if issubclass(w.category, torch.jit.TracerWarning)))
        with torch.no_grad():
            first, second = detach(traced(*inputs)), detach(traced(*inputs))
        if same(first, second):
            torch.save(first, stem + ".output.pt")
        print("ok", case, ctor)
    with open(os.path.join(HERE, "untraceable.tsv"), "w") as f:
        f.write("".join(u + "\n" for u in untraceable))


if __name__ == "__main__":
    main()
