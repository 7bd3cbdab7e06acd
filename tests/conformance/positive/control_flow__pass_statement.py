# adapted from test/test_jit.py::TestScript.test_pass
# inputs: [1]
import torch


def f(x: int) -> int:
    if x > 0:
        pass
    else:
        x = -x
    return x
