# adapted from test/test_jit.py::TestScript.test_ignored_method (ignored fn signature is still type-checked at the call)
import torch


@torch.jit.ignore
def python_only(x: int) -> int:
    return x


def f(x: str) -> int:
    return python_only(x)
