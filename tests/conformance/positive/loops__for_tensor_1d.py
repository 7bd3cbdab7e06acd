# adapted from test/test_jit.py::TestScript.test_for_in_tensor (1-d tensor yields 0-d tensors)
# inputs: [torch.tensor([1, 2, 3])]
import torch


def f(x: torch.Tensor) -> int:
    s = 0
    for v in x:
        s += int(v)
    return s
