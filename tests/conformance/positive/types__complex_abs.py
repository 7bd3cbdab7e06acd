# adapted from test/jit/test_complex.py::TestComplex.test_complex_math_ops
# inputs: [3.0, 4.0]
import torch


def f(a: float, b: float) -> float:
    return abs(complex(a, b))
