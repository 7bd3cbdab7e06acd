# adapted from test/test_jit.py::TestScript.test_assert_msg
# inputs: [torch.ones(2)]
import torch


def f(x: torch.Tensor) -> torch.Tensor:
    assert x.dim() == 1, "expected 1-d"
    return x
