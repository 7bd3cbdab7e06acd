# construct: Heads()
# inputs: [torch.linspace(-1, 1, 4)]
# nn.ModuleDict in scripted code: items(), values(), keys() and the dict itself are iterated by
# unrolling, in loops and comprehensions (keys are compile-time strings, submodules read up front),
# `self.d["a"]` (a string literal only, as in PyTorch) reads one submodule, and len() is the
# container's generated __len__.
import torch
from torch import nn


class Scale(nn.Module):
    def __init__(self, k: float):
        super().__init__()
        self.k = k

    def forward(self, x):
        return x * self.k


class Heads(nn.Module):
    def __init__(self):
        super().__init__()
        self.d = nn.ModuleDict({"b": Scale(2.0), "a": Scale(3.0), "c": nn.ReLU()})

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        y = x
        for k, m in self.d.items():
            y = y + m(x)
        for m in self.d.values():
            y = m(y)
        n = 0
        for k in self.d.keys():
            n += len(k)
        for k in self.d:
            y = y - n
        ys = [head(y) for head in self.d.values()]
        return self.d["a"](y) + n + len(self.d) + torch.stack(ys).sum(0)
