# construct: Net()
# inputs: [torch.ones(2)]
# User subclasses of nn.Sequential / nn.ModuleList are containers too (PyTorch decides by isinstance):
# Scale inherits Sequential's forward, Branches is iterated, indexed and measured like a ModuleList.
import torch
from torch import nn


class Mul(nn.Module):
    def __init__(self, k: float):
        super().__init__()
        self.k = k

    def forward(self, x):
        return x * self.k


class Scale(nn.Sequential):
    def __init__(self, a: float, b: float):
        super().__init__(Mul(a), Mul(b))


class Branches(nn.ModuleList):
    pass


class Net(nn.Module):
    def __init__(self):
        super().__init__()
        self.scale = Scale(2.0, 3.0)
        self.branches = Branches([Mul(1.0), Mul(-1.0)])

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        x = self.scale(x)
        y = self.branches[1](x) + len(self.branches)
        for branch in self.branches:
            y = y + branch(x)
        return y
