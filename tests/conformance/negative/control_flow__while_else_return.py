# adapted from test/test_jit.py (missing return after a loop)
import torch


def f(n: int) -> int:
    while n > 0:
        return n
