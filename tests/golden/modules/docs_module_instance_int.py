# construct: TestModule(1)
# inputs: [3]
# source: https://pytorch.org/docs/1.13/jit_language_reference_v2.html, section "Module Instance Class" (the first instance: the attribute's type comes from the instance)
import torch

class TestModule(torch.nn.Module):
    def __init__(self, v):
        super().__init__()
        self.x = v

    def forward(self, inc: int):
        return self.x + inc
