# torch.jit.trace_module with two methods; the second one's call of the submodule becomes forward1.
# construct: Two()
# inputs: (torch.rand(2, 3),)
# methods: forward, other
import torch
import torch.nn as nn


class Two(nn.Module):
    def __init__(self):
        super().__init__()
        self.lin = nn.Linear(3, 3)

    def forward(self, x):
        return torch.relu(self.lin(x))

    def other(self, x):
        return self.lin(x) * 2
