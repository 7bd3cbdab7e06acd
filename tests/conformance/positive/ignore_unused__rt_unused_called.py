# adapted from test/test_jit.py::TestScript.test_unused_decorator (calling an @torch.jit.unused function raises)
# inputs: [-3]
import torch


@torch.jit.unused
def not_scripted(x: int) -> int:
    return x


def f(x: int) -> int:
    if x < 0:
        return not_scripted(x)
    return x + 1
