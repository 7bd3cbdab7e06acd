# adapted from test/jit/test_slice.py::TestSlice.test_slice_three_arg
# inputs: [[0, 1, 2, 3, 4, 5]]
import torch
from typing import List, Tuple


def f(x: List[int]) -> Tuple[List[int], List[int]]:
    return x[slice(4)], x[slice(None, None, -1)]
