# adapted from test/test_jit.py::TestScript.test_ignore_drop (ignore(drop=True) behaves like unused)
# inputs: [2]
import torch


@torch.jit.ignore(drop=True)
def dropped(x: int) -> int:
    return x


def f(x: int) -> int:
    if x > 10:
        return dropped(x)
    return x - 1
