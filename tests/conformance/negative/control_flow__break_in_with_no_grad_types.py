# adapted from test/jit/test_with.py::TestWith.test_with_no_grad (if branches with different types)
import torch


def f(c: bool):
    with torch.no_grad():
        if c:
            y = 1
        else:
            y = "a"
    return y
