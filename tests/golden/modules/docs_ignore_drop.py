# construct: MyModule()
# inputs: [torch.arange(3.)]
# eval
# source: https://pytorch.org/docs/1.13/generated/torch.jit.ignore.html (via https://pytorch.org/docs/1.13/jit.html): @torch.jit.ignore(drop=True)
# replaces the method's call with a raise; in eval mode forward does not call it
import torch
import torch.nn as nn

class MyModule(nn.Module):
    @torch.jit.ignore(drop=True)
    def training_method(self, x):
        import pdb
        pdb.set_trace()

    def forward(self, x):
        if self.training:
            self.training_method(x)
        return x
