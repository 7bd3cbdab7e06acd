# adapted from test/test_jit.py::TestScript.test_round (1.13 has no round(x, ndigits) for floats)
import torch


def f(x: float) -> float:
    return round(x, 2)
