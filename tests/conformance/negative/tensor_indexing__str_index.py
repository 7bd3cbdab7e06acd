# adapted from test/test_jit.py::TestScript.test_index (str index)
import torch


def f(x: torch.Tensor) -> torch.Tensor:
    return x["a"]
