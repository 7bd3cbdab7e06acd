# adapted from test/test_jit.py::TestScript.test_none_return
# inputs: [1]
import torch


def noop(x: int) -> None:
    pass


def f(x: int) -> int:
    noop(x)
    return x
