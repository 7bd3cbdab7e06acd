# adapted from test/test_jit.py::TestScript.test_exceptions (AssertionError raised explicitly)
# inputs: []
import torch


def f() -> int:
    raise AssertionError("explicit")
