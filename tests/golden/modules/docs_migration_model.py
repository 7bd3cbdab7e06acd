# construct: Model()
# inputs: [torch.rand(1, 1, 12, 12)]
# source: https://pytorch.org/docs/1.13/jit.html, section "Migrating to PyTorch 1.2 Recursive Scripting API" (the new usage: torch.jit.script(my_model))
import torch
import torch.nn as nn
import torch.nn.functional as F

class Model(nn.Module):
    def __init__(self):
        super(Model, self).__init__()
        self.conv1 = nn.Conv2d(1, 20, 5)
        self.conv2 = nn.Conv2d(20, 20, 5)

    def forward(self, x):
        x = F.relu(self.conv1(x))
        return F.relu(self.conv2(x))
