# adapted from test/test_jit.py::TestScript.test_exception_no_message
# inputs: []
import torch


def f() -> int:
    raise ValueError
