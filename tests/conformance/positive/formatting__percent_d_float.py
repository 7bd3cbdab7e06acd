# adapted from test/jit/test_string_formatting.py (%d truncates a float)
# inputs: [3.99]
import torch


def f(a: float) -> str:
    return "%d" % a
