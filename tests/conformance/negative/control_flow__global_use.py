# adapted from test/test_jit.py::TestScript.test_global_variable (free functions cannot close over globals)
import torch

counter = [0]


def f() -> int:
    return counter[0]
