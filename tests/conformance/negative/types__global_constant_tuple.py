# adapted from test/test_jit.py::TestScript.test_python_constants (tuple constant)
import torch

SIZES = (2, 3, 5)


def f(i: int) -> int:
    return SIZES[i] + len(SIZES)
