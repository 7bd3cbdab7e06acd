# adapted from test/test_jit.py::TestScript.test_exceptions (base Exception)
# inputs: []
import torch


def f() -> int:
    raise Exception("generic")
