# adapted from test/jit/test_complex.py::TestComplex.test_binary_ops
# inputs: [2.0, 3.0]
import torch
from typing import List


def f(a: float, b: float) -> List[complex]:
    x = complex(a, b)
    y = complex(b, a)
    return [x + y, x - y, x * y, x / y]
