# Submodules called with an int and with tuples of tensors, returning nested tuples: PyTorch's lifted
# methods take and return the tensors flat (the int is a constant of the callee's trace).
# construct: Top()
# inputs: (torch.rand(2, 1, 3), torch.rand(1, 1, 4), torch.rand(1, 1, 4))
import torch
import torch.nn as nn


class Scale(nn.Module):
    def forward(self, x, k: int, pair):
        a, b = pair
        return x * k + a - b


class Top(nn.Module):
    def __init__(self):
        super().__init__()
        self.scale = Scale()
        self.lstm = nn.LSTM(3, 4)

    def forward(self, x, h, c):
        y, (h1, c1) = self.lstm(x, (h, c))
        return self.scale(y, 3, (h1, c1))
