# adapted from test/test_jit.py::TestScript.test_tuple_contains
# inputs: [3]
import torch


def f(x: int) -> bool:
    return x in (1, 2, 3)
