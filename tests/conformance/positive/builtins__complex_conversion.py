# adapted from test/jit/test_complex.py::TestComplex.test_complex_constructor
# inputs: [2, 1.5]
import torch
from typing import List


def f(a: int, b: float) -> List[complex]:
    return [complex(a), complex(b), complex(a, b), complex(True, False)]
