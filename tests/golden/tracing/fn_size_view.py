# Shapes read while tracing stay dynamic (aten::size + prim::NumToTensor + aten::Int); Python numbers
# in tensor arithmetic become tensor constants; a list in the output is kept (with PyTorch's warning).
# After the torch.jit.trace docs (https://pytorch.org/docs/1.13/generated/torch.jit.trace.html).
# trace: fn
# inputs: (torch.rand(2, 3), torch.rand(2, 3))
# check: (torch.rand(4, 3), torch.rand(4, 3))
import torch


def fn(x, y):
    n = x.size(0)
    z = x.view(n, -1) + y * 2
    return z.relu(), [z, z]
