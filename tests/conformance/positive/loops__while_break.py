# adapted from test/test_jit.py::TestScript.test_while_break
# inputs: [100]
import torch


def f(n: int) -> int:
    i = 0
    while True:
        i += 1
        if i * i > n:
            break
    return i
