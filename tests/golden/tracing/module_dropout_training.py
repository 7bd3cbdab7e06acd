# A module traced in training mode with dropout: the trace's output differs from the Python module's,
# which check_trace reports (the dropout is inside the submodule's method, so no node list).
# construct: Net()
# inputs: (torch.rand(2, 3),)
# random
import torch
import torch.nn as nn


class Net(nn.Module):
    def __init__(self):
        super().__init__()
        self.drop = nn.Dropout(0.5)
        self.lin = nn.Linear(3, 3)

    def forward(self, x):
        return self.drop(self.lin(x))
