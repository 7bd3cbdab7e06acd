# adapted from test/test_jit.py::TestScript.test_exceptions (RuntimeError)
# inputs: [3]
import torch


def f(x: int) -> int:
    raise RuntimeError("always fails: " + str(x))
