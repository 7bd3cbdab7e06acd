# adapted from test/jit/test_complex.py::TestComplex.test_complex_constants_and_ops
# inputs: [2]
import torch


def f(n: int) -> complex:
    z = 1 + 2j
    return z * n
