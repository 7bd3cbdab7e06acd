# adapted from test/jit/test_string_formatting.py (%f / %e precision of non-trivial floats)
# inputs: [3.14159265]
import torch


def f(x: float) -> str:
    return "%f %e %s" % (x, x, x)
