# adapted from test/test_jit.py::TestScript.test_augmented_assign_slice
# inputs: [torch.ones(4)]
import torch


def f(x: torch.Tensor) -> torch.Tensor:
    x[1:3] += 10
    x[0] *= 3
    return x
