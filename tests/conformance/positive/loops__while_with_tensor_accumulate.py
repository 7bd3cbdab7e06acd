# adapted from test/test_jit.py::TestScript.test_while_nest_if
# inputs: [torch.tensor(0.0), 5]
import torch


def f(x: torch.Tensor, n: int) -> torch.Tensor:
    i = 0
    while i < n:
        if i % 2 == 0:
            x = x + i
        else:
            x = x - 1
        i += 1
    return x
