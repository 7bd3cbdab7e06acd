# adapted from test/test_jit.py::TestScript.test_loop_over_size
# inputs: [torch.ones(3, 2)]
import torch


def f(x: torch.Tensor) -> torch.Tensor:
    out = torch.zeros(x.size(1))
    for i in range(x.size(0)):
        out = out + x[i] * (i + 1)
    return out
