# adapted from test/test_jit.py::TestScript.test_bool_arith
# inputs: [True, 3]
import torch


def f(b: bool, n: int) -> int:
    return int(b) + n
