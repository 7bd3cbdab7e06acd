# adapted from test/test_jit.py::TestScript.test_comprehension_iterable (enumerate)
# inputs: [[5, 6]]
import torch
from typing import List


def f(a: List[int]) -> List[int]:
    return [i + x for i, x in enumerate(a)]
