# adapted from test/test_jit.py::TestScript.test_while_continue
# inputs: [10]
import torch


def f(n: int) -> int:
    i = 0
    s = 0
    while i < n:
        i += 1
        if i % 3 == 0:
            continue
        s += i
    return s
