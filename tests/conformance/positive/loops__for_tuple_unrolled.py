# adapted from test/test_jit.py::TestScript.test_for_tuple_unpack (tuples are unrolled)
# inputs: [torch.ones(1)]
import torch


def f(x: torch.Tensor) -> torch.Tensor:
    for scale in (1.0, 2.0, 3.0):
        x = x * scale
    return x
