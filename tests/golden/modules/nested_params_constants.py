# construct: Net(4)
# inputs: [torch.arange(3.)]
import torch
from torch import nn


class Scale(nn.Module):
    __constants__ = ["factor"]

    def __init__(self, factor: float):
        super().__init__()
        self.factor = factor
        self.bias = nn.Parameter(torch.zeros(3))

    def forward(self, x):
        return x * self.factor + self.bias


class Net(nn.Module):
    def __init__(self, n: int):
        super().__init__()
        self.weight = nn.Parameter(torch.rand(n, 3))
        self.scale = Scale(2.0)
        self.steps = 2

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        y = self.weight.mv(x)
        for _ in range(self.steps):
            y = y + 1
        if self.training:
            y = y * 2
        return self.scale(y.sum() + x)
