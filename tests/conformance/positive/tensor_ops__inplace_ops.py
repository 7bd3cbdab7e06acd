# adapted from test/test_jit.py::TestScript.test_inplace_ops
# inputs: [torch.ones(3)]
import torch


def f(x: torch.Tensor) -> torch.Tensor:
    x.add_(1)
    x.mul_(3)
    x.sub_(torch.tensor([1.0, 2.0, 3.0]))
    x.clamp_(max=4.0)
    return x
