# Tensor indexing while tracing: ints, slices (full ones too), Ellipsis, None, tensor indices and
# boolean masks become select / slice / unsqueeze / index.
# trace: fn
# inputs: (torch.rand(3, 4), torch.tensor([0, 2]))
# check: (torch.rand(5, 4), torch.tensor([1, 4]))
import torch


def fn(x, i):
    a = x[0]
    b = x[:, 1:3]
    c = x[..., 1]
    d = x[i]
    e = x[None, :, ::2]
    g = x[x > 0.5]
    return a, b, c, d, e, g
