# adapted from test/test_jit.py::TestScript.test_call_unannotated (unannotated helper params are Tensors)
# inputs: [torch.tensor([1.0])]
import torch


def helper(a, b):
    return a * b


def f(x: torch.Tensor) -> torch.Tensor:
    return helper(x, x + 1)
