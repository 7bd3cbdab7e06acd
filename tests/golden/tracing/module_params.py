# Parameters and buffers read in forward, and a nested submodule.
# construct: Outer()
# inputs: (torch.rand(2, 3),)
import torch
import torch.nn as nn


class Scale(nn.Module):
    def __init__(self):
        super().__init__()
        self.a = nn.Parameter(torch.rand(3))
        self.b = nn.Parameter(torch.rand(3))
        self.register_buffer("c", torch.rand(3))

    def forward(self, x):
        return x * self.a + self.b - self.c


class Outer(nn.Module):
    def __init__(self):
        super().__init__()
        self.scale = Scale()
        self.lin = nn.Linear(3, 2)

    def forward(self, x):
        return self.lin(self.scale(x)).tanh()
