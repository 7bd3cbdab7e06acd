# adapted from test/jit/test_complex.py::TestComplex.test_complex_constructor
# inputs: [1.5, -2.0]
import torch
from typing import List


def f(re: float, im: float) -> List[complex]:
    c = complex(re, im)
    return [c, complex(re), complex(2, 3)]
