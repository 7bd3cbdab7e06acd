# construct: Stack()
# inputs: [torch.ones(2)]
import torch
from torch import nn


class Block(nn.Module):
    def __init__(self, k: int):
        super().__init__()
        self.k = k

    def forward(self, x):
        return x * self.k


class Stack(nn.Module):
    def __init__(self):
        super().__init__()
        self.layers = nn.ModuleList([Block(1), Block(2), Block(3)])
        self.seq = nn.Sequential(Block(4), Block(5))

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        for layer in self.layers:
            x = layer(x)
        x = self.layers[0](x) + len(self.layers)
        return self.seq(x)
