# adapted from test/test_jit.py::TestScript.test_ignored_method (ignored function on a path not taken)
# inputs: [1]
import torch


@torch.jit.ignore
def python_only(x: int) -> int:
    return x + 1000


def f(x: int) -> int:
    if x > 100:
        return python_only(x)
    return x * 2
