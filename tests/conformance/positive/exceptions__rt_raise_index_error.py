# adapted from test/test_jit.py::TestScript.test_exceptions (IndexError)
# inputs: [5]
import torch


def f(i: int) -> int:
    if i > 3:
        raise IndexError("index too large")
    return i
