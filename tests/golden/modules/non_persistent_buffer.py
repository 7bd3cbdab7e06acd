# Parameters, persistent and non-persistent buffers and a submodule: what state_dict and the named_*
# iterators list, in PyTorch's order.
# construct: Holder()
# inputs: [torch.rand(3)]
import torch
import torch.nn as nn


class Holder(nn.Module):
    def __init__(self):
        super().__init__()
        self.register_buffer("running", torch.zeros(3))
        self.scale = nn.Parameter(torch.ones(3))
        self.register_buffer("cache", torch.ones(3), persistent=False)
        self.inner = nn.Linear(3, 3)

    def forward(self, x):
        return self.inner(x * self.scale + self.running + self.cache)
