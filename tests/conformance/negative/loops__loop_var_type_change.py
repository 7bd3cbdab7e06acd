# adapted from test/test_jit.py::TestScript.test_loop_carried_type_mismatch
import torch


def f(n: int):
    x = 0
    for i in range(n):
        x = "s"
    return x
