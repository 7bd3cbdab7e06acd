# construct: MyModule()
# inputs: [torch.ones(2)]
# source: https://pytorch.org/docs/1.13/jit_language_reference.html, section "For loops over constant nn.ModuleList" (also https://pytorch.org/docs/1.13/jit_language_reference_v2.html, "The for-in Statement")
import torch
import torch.nn as nn

class SubModule(torch.nn.Module):
    def __init__(self):
        super(SubModule, self).__init__()
        self.weight = nn.Parameter(torch.randn(2))

    def forward(self, input):
        return self.weight + input

class MyModule(torch.nn.Module):
    __constants__ = ['mods']

    def __init__(self):
        super(MyModule, self).__init__()
        self.mods = torch.nn.ModuleList([SubModule() for i in range(10)])

    def forward(self, v):
        for module in self.mods:
            v = module(v)
        return v
