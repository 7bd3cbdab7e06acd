# adapted from test/jit/test_slice.py::TestSlice.test_slice_kwarg / list slicing with steps
# inputs: [[0, 1, 2, 3, 4, 5, 6]]
import torch
from typing import List, Tuple


def f(x: List[int]) -> Tuple[List[int], List[int], List[int], List[int]]:
    return x[::2], x[1::3], x[::-1], x[5:1:-2]
