# adapted from test/test_jit.py::TestScript.test_format_with_tensor
# inputs: [torch.tensor([1, 2]), 1.5]
import torch


def f(x: torch.Tensor, y: float) -> str:
    return "x={}, y={}, list={}".format(x, y, [1, 2])
