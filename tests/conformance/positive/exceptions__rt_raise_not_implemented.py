# adapted from test/test_jit.py::TestScript.test_exceptions (NotImplementedError)
# inputs: []
import torch


def f() -> int:
    raise NotImplementedError("todo")
