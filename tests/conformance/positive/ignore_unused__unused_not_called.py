# adapted from test/test_jit.py::TestScript.test_unused_decorator (unused function is replaced by a raise)
# inputs: [3]
import torch


@torch.jit.unused
def not_scripted(x: int) -> int:
    import os
    return len(os.getcwd()) + x


def f(x: int) -> int:
    if x < 0:
        return not_scripted(x)
    return x + 1
