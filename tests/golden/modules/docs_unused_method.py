# construct: MyModule(use_memory_efficient=False)
# inputs: [torch.rand(100)]
# source: https://pytorch.org/docs/1.13/generated/torch.jit.unused.html (via https://pytorch.org/docs/1.13/jit.html): an @torch.jit.unused method
# on the path not taken
import torch
import torch.nn as nn

class MyModule(nn.Module):
    def __init__(self, use_memory_efficient):
        super(MyModule, self).__init__()
        self.use_memory_efficient = use_memory_efficient

    @torch.jit.unused
    def memory_efficient(self, x):
        import pdb
        pdb.set_trace()
        return x + 10

    def forward(self, x):
        # Use not-yet-scriptable memory efficient mode
        if self.use_memory_efficient:
            return self.memory_efficient(x)
        else:
            return x + 10
