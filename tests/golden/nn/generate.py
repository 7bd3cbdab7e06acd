"""Goldens for the torch.nn library modules scripted one by one: run with Debian's PyTorch 1.13
(/usr/bin/python3) from the repo root. For each constructor in CASES: seed 0, build, torch.jit.script,
and write <i>.code, <i>.sd.pt, <i>.inputs.pt, <i>.output.pt, plus index.tsv (i, constructor, eval).

Cases 00-32 are hand-picked (some in training mode); cases from 100 on are every case of
tools/check_nn_library.py (one or more per module the library provides) whose constructor arguments
can be written as source, run in eval mode so randomness plays no part.
"""
import importlib.util
import os
import subprocess
import sys

import torch
from torch import nn

HERE = os.path.dirname(os.path.abspath(__file__))

# (constructor, inputs expression, eval mode)
CASES = [
    ("nn.Identity()", "[torch.rand(2, 3)]", False),
    ("nn.Linear(3, 2)", "[torch.rand(4, 3)]", False),
    ("nn.Linear(3, 2, bias=False)", "[torch.rand(4, 3)]", False),
    ("nn.Bilinear(3, 4, 2)", "[torch.rand(5, 3), torch.rand(5, 4)]", False),
    ("nn.Conv1d(2, 3, 3)", "[torch.rand(1, 2, 8)]", False),
    ("nn.Conv2d(2, 3, 3, stride=2, padding=1)", "[torch.rand(1, 2, 8, 8)]", False),
    ("nn.Conv2d(2, 4, 3, groups=2, padding='same')", "[torch.rand(1, 2, 6, 6)]", False),
    ("nn.ConvTranspose2d(2, 3, 3, stride=2)", "[torch.rand(1, 2, 4, 4)]", False),
    ("nn.MaxPool2d(2)", "[torch.rand(1, 2, 6, 6)]", False),
    ("nn.AvgPool2d(3, stride=2, padding=1)", "[torch.rand(1, 2, 7, 7)]", False),
    ("nn.AdaptiveAvgPool2d((2, 3))", "[torch.rand(1, 2, 7, 7)]", False),
    ("nn.ReLU()", "[torch.randn(2, 3)]", False),
    ("nn.LeakyReLU(0.2)", "[torch.randn(2, 3)]", False),
    ("nn.GELU()", "[torch.randn(2, 3)]", False),
    ("nn.Sigmoid()", "[torch.randn(2, 3)]", False),
    ("nn.Softmax(dim=1)", "[torch.randn(2, 3)]", False),
    ("nn.Hardtanh(-0.5, 0.5)", "[torch.randn(2, 3)]", False),
    ("nn.BatchNorm2d(3)", "[torch.rand(2, 3, 4, 4)]", True),
    ("nn.BatchNorm1d(4)", "[torch.rand(5, 4)]", False),
    ("nn.LayerNorm(4)", "[torch.rand(2, 4)]", False),
    ("nn.GroupNorm(2, 4)", "[torch.rand(2, 4, 3)]", False),
    ("nn.Dropout(0.5)", "[torch.rand(2, 3)]", True),
    ("nn.Embedding(10, 3)", "[torch.tensor([[1, 2], [3, 9]])]", False),
    ("nn.Flatten()", "[torch.rand(2, 3, 4)]", False),
    ("nn.Sequential(nn.Linear(3, 4), nn.ReLU(), nn.Linear(4, 2))", "[torch.rand(5, 3)]", False),
    ("nn.PixelShuffle(2)", "[torch.rand(1, 8, 2, 2)]", False),
    ("nn.Upsample(scale_factor=2.0, mode='nearest')", "[torch.rand(1, 1, 2, 2)]", False),
    ("nn.MSELoss()", "[torch.rand(3, 2), torch.rand(3, 2)]", False),
    ("nn.CrossEntropyLoss()", "[torch.rand(3, 5), torch.tensor([1, 0, 4])]", False),
    ("nn.LSTM(3, 4)", "[torch.rand(5, 2, 3)]", False),
    ("nn.GRUCell(3, 4)", "[torch.rand(2, 3)]", False),
    ("nn.MultiheadAttention(4, 2)", "[torch.rand(3, 2, 4), torch.rand(3, 2, 4), torch.rand(3, 2, 4)]", False),
    ("nn.TransformerEncoderLayer(4, 2, dim_feedforward=8)", "[torch.rand(3, 2, 4)]", True),
]


# random even in eval mode: PyTorch's generator and libtorch 2.10's need not agree
STOCHASTIC = {"FractionalMaxPool2d", "RReLU"}


# check_nn_library.py's submodule arguments
SUBMODULES = {"@enc": "nn.TransformerEncoderLayer(8, 2, 16)", "@dec": "nn.TransformerDecoderLayer(8, 2, 16)",
              "@norm": "nn.LayerNorm(8)", "@linear": "nn.Linear(4, 5)", "@linear2": "nn.Linear(5, 2)", "@relu": "nn.ReLU()"}


def source(value):
    """`value` as constructor source our evaluator reads, or None when it has none (tensors)."""
    if isinstance(value, str) and value in SUBMODULES:
        return SUBMODULES[value]
    if value is None or isinstance(value, (bool, int, float, str)):
        return repr(value)
    if isinstance(value, dict):
        items = [(repr(k), source(v)) for k, v in value.items()]
        return None if any(v is None for _, v in items) else "{" + ", ".join(f"{k}: {v}" for k, v in items) + "}"
    if isinstance(value, torch.dtype):
        return str(value)
    if isinstance(value, (tuple, list)):
        items = [source(v) for v in value]
        if None in items:
            return None
        body = ", ".join(items) + ("," if isinstance(value, tuple) and len(items) == 1 else "")
        return f"({body})" if isinstance(value, tuple) else f"[{body}]"
    return None


def library_cases():
    """(constructor, inputs thunk) for every representable case of tools/check_nn_library.py."""
    spec = importlib.util.spec_from_file_location("check_nn_library", os.path.join(HERE, "..", "..", "..", "tools", "check_nn_library.py"))
    checker = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(checker)
    for name, args, kwargs, inputs in checker.CASES:
        parts = [source(a) for a in args] + [None if source(v) is None else f"{k}={source(v)}" for k, v in kwargs.items()]
        if name in STOCHASTIC or None in parts or inputs is None:
            continue
        yield f"nn.{name}({', '.join(parts)})", inputs


def fresh_process_code(ctor, eval_mode):
    """The .code a fresh Python process prints: mangled names (`___torch_mangle_N`) count what the
    process compiled before, so a case's text must not depend on the cases generated before it."""
    script = ("import torch\nfrom torch import nn\ntorch.manual_seed(0)\n"
              f"m = {ctor}\n" + ("m.eval()\n" if eval_mode else "") + "print(torch.jit.script(m).forward.code, end='')\n")
    return subprocess.run([sys.executable, "-c", script], check=True, capture_output=True, text=True).stdout


def write_case(rows, i, ctor, args, eval_mode):
    torch.manual_seed(0)
    module = eval(ctor)
    if eval_mode:
        module.eval()
    try:
        scripted = torch.jit.script(module)
    except Exception as e:  # noqa: BLE001 - PyTorch itself cannot script it: nothing to compare
        print("skipped (PyTorch cannot script it):", ctor, type(e).__name__)
        return
    if not hasattr(scripted, "forward") or not hasattr(scripted.forward, "code"):
        print("skipped (no scripted forward):", ctor)
        return
    stem = os.path.join(HERE, f"{i:02d}")
    code = scripted.forward.code
    if "___torch_mangle" in code:
        code = fresh_process_code(ctor, eval_mode)
    with open(stem + ".code", "w") as f:
        f.write(code)
    torch.save(module.state_dict(), stem + ".sd.pt")
    torch.save(list(args), stem + ".inputs.pt")
    torch.save(scripted(*args), stem + ".output.pt")
    rows.append(f"{i:02d}\t{ctor}\t{eval_mode}")


def main():
    rows = []
    for i, (ctor, inputs, eval_mode) in enumerate(CASES):
        write_case(rows, i, ctor, eval(inputs), eval_mode)
    for i, (ctor, inputs) in enumerate(library_cases(), start=100):
        write_case(rows, i, ctor, inputs(), True)
    with open(os.path.join(HERE, "index.tsv"), "w") as f:
        f.write("\n".join(rows) + "\n")


if __name__ == "__main__":
    with torch.no_grad():
        main()
