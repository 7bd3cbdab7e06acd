# adapted from test/jit/test_slice.py::TestSlice.test_slice_kwarg
# inputs: [[0, 1, 2, 3, 4, 5]]
import torch
from typing import List


def f(x: List[int]) -> List[int]:
    return x[slice(1, 5, 2)]
