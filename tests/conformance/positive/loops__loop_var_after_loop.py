# adapted from test/test_jit.py::TestScript.test_loop_var_persists
# inputs: [3]
import torch


def f(n: int) -> int:
    i = -1
    for i in range(n):
        pass
    return i
