# construct: MyModule()
# inputs: []
# source: https://pytorch.org/docs/1.13/jit.html, section "Constants" (New API: a Final class annotation)
import torch

try:
    from typing_extensions import Final
except:
    # If you don't have `typing_extensions` installed, you can use a
    # polyfill from `torch.jit`.
    from torch.jit import Final

class MyModule(torch.nn.Module):

    my_constant: Final[int]

    def __init__(self):
        super(MyModule, self).__init__()
        self.my_constant = 2

    def forward(self):
        pass
