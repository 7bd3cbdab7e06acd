# Factories while tracing: torch.tensor is a constant (with PyTorch's warning), sizes flow into
# arange/zeros/full (aten::ScalarImplicit and aten::Int keep them dynamic), new_ones takes the
# tensor's options.
# trace: fn
# inputs: (torch.rand(3, 2),)
# check: (torch.rand(5, 2),)
import torch


def fn(x):
    c = torch.tensor([1.0, 2.0])
    r = torch.arange(x.size(0))
    z = torch.zeros(x.shape[0], 2)
    f = torch.full((2,), x.size(0))
    return x + c, r, z + x.new_ones(1), x.view(-1, 2).flatten(), f
