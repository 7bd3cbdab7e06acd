# adapted from test/jit/test_slice.py::TestSlice.test_slice_dynamic_index
# inputs: [[1, 2, 3, 4, 5], 1, 4]
import torch
from typing import List


def f(x: List[int], a: int, b: int) -> List[int]:
    return x[a:b]
