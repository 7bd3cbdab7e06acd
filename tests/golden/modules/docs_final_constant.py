# construct: Foo()
# inputs: [torch.arange(3.)]
# source: https://pytorch.org/docs/1.13/jit_language_reference.html, section "Python-defined Constants" (a module attribute marked constant with torch.jit.Final)
import torch
import torch.nn as nn

class Foo(nn.Module):
    # `Final` from the `typing_extensions` module can also be used
    a : torch.jit.Final[int]

    def __init__(self):
        super(Foo, self).__init__()
        self.a = 1 + 4

    def forward(self, input):
        return self.a + input
