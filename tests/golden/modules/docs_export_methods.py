# construct: MyModule()
# inputs: [torch.arange(3.)]
# source: https://pytorch.org/docs/1.13/generated/torch.jit.export.html (via https://pytorch.org/docs/1.13/jit.html): an exported method and
# the method it calls are compiled, an uncalled one is not
import torch
import torch.nn as nn

class MyModule(nn.Module):
    def implicitly_compiled_method(self, x):
        return x + 99

    # `forward` is implicitly decorated with `@torch.jit.export`,
    # so adding it here would have no effect
    def forward(self, x):
        return x + 10

    @torch.jit.export
    def another_forward(self, x):
        # When the compiler sees this call, it will compile
        # `implicitly_compiled_method`
        return self.implicitly_compiled_method(x)

    def unused_method(self, x):
        return x - 20
