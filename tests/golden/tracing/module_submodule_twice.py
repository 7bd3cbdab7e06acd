# A submodule called twice gets a traced method per call: forward, forward1.
# construct: Twice()
# inputs: (torch.rand(2, 3),)
import torch
import torch.nn as nn


class Twice(nn.Module):
    def __init__(self):
        super().__init__()
        self.lin = nn.Linear(3, 3)

    def forward(self, x):
        return self.lin(self.lin(x))
