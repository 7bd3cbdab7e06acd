# adapted from test/test_jit.py::TestScript.test_tensor_bool_ambiguous
# inputs: [torch.ones(3)]
import torch


def f(x: torch.Tensor) -> int:
    if bool(x):
        return 1
    return 0
