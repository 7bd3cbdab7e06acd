# adapted from test/test_jit.py::TestScript.test_math_ops (domain errors give nan in TorchScript)
# inputs: [-1.0]
import torch
import math


def f(x: float) -> bool:
    return math.isnan(math.sqrt(x))
