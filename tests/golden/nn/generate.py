"""Goldens for the torch.nn library modules scripted one by one: run with Debian's PyTorch 1.13
(/usr/bin/python3) from the repo root. For each constructor in CASES: seed 0, build, torch.jit.script,
and write <i>.code, <i>.sd.pt, <i>.inputs.pt, <i>.output.pt, plus index.tsv (i, constructor, eval).
"""
import os

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


def main():
    rows = []
    for i, (ctor, inputs, eval_mode) in enumerate(CASES):
        torch.manual_seed(0)
        module = eval(ctor)
        if eval_mode:
            module.eval()
        scripted = torch.jit.script(module)
        if not hasattr(scripted, "forward") or not hasattr(scripted.forward, "code"):
            print("skipped (no scripted forward):", ctor)
            continue
        args = eval(inputs)
        stem = os.path.join(HERE, f"{i:02d}")
        with open(stem + ".code", "w") as f:
            f.write(scripted.forward.code)
        torch.save(module.state_dict(), stem + ".sd.pt")
        torch.save(args, stem + ".inputs.pt")
        out = scripted(*args)
        torch.save(out, stem + ".output.pt")
        rows.append(f"{i:02d}\t{ctor}\t{eval_mode}")
    with open(os.path.join(HERE, "index.tsv"), "w") as f:
        f.write("\n".join(rows) + "\n")


if __name__ == "__main__":
    with torch.no_grad():
        main()
