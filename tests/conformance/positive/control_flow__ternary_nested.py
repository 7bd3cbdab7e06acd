# adapted from test/test_jit.py::TestScript.test_ternary
# inputs: [7]
import torch


def f(x: int) -> str:
    return "big" if x > 10 else ("mid" if x > 5 else "small")
