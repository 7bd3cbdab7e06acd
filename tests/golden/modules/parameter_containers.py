# ParameterList iteration (unrolled) and ParameterDict indexing with a string literal, as PyTorch 1.13
# scripts them (getattr(ps, "0"), pd.a).
# construct: PL()
# inputs: [torch.rand(3)]
import torch
import torch.nn as nn

class PL(nn.Module):
    def __init__(self):
        super().__init__()
        self.ps = nn.ParameterList([nn.Parameter(torch.rand(3)) for _ in range(2)])
        self.pd = nn.ParameterDict({"a": nn.Parameter(torch.rand(3))})

    def forward(self, x):
        for p in self.ps:
            x = x * p
        return x + self.pd["a"]
