# source: https://pytorch.org/docs/1.13/jit_language_reference_v2.html, section "Special note on torch.nn.ModuleList and torch.nn.ModuleDict" (class A with a
# torch.device parameter, g)
# inputs: []
import torch


@torch.jit.script
class A:
    def __init__(self):
        self.x = torch.rand(3)

    def f(self, y: torch.device):
        return self.x.to(device=y)


def g():
    a = A()
    return a.f(torch.device("cpu"))
