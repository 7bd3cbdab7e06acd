# adapted from test/jit/test_isinstance.py::TestIsinstance.test_int
# inputs: [3]
import torch


def f(x: int) -> bool:
    return isinstance(x, int) and not isinstance(x, float)
