# adapted from test/test_jit.py::TestScript.test_math_ops (log(0) is -inf in TorchScript)
# inputs: [0.0]
import torch
import math


def f(x: float) -> float:
    return math.log(x)
