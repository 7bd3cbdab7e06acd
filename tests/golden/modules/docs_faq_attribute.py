# construct: Model()
# inputs: []
# source: https://pytorch.org/docs/1.13/jit.html, section "Frequently Asked Questions" (Q: How do I store attributes on a ScriptModule?)
import torch
import torch.nn as nn

class Model(nn.Module):
    def __init__(self):
        super(Model, self).__init__()
        self.x = 2

    def forward(self):
        return self.x
