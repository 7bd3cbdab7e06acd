# adapted from test/test_jit.py::TestScript.test_layout
# inputs: [torch.zeros(2)]
import torch


def f(x: torch.Tensor) -> bool:
    return x.layout == torch.strided
