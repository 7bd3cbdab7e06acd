# Assignments into a tensor while tracing (fill_/copy_ into views, index_put_ for masks), and the
# dtype conversions (aten::to), .T and detach.
# trace: fn
# inputs: (torch.rand(3, 4),)
# check: (torch.rand(3, 4),)
import torch


def fn(x):
    y = x.clone()
    y[0] = 1.0
    y[:, 1] = torch.zeros(3)
    y[y > 0.9] = 0
    return y.double(), y.long(), y.T, y.detach()
