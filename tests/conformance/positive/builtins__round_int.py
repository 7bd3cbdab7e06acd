# adapted from test/test_jit.py::TestScript.test_round (int input)
# inputs: [7]
import torch


def f(x: int) -> float:
    return round(x)
