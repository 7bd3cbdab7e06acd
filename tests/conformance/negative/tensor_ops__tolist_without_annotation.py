# adapted from test/test_jit.py::TestScript.test_tolist (tolist() needs a type hint from an annotated assignment or return)
import torch


def f(x: torch.Tensor):
    return x.tolist()
