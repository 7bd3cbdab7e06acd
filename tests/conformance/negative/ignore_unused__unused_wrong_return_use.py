# adapted from test/test_jit.py::TestScript.test_unused_decorator (return type is still checked)
import torch


@torch.jit.unused
def helper(x: int) -> str:
    return str(x)


def f(x: int) -> int:
    return helper(x) + 1
