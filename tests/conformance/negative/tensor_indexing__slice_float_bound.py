# adapted from test/jit/test_slice.py::TestSlice (float slice bound)
import torch
from typing import List


def f(x: List[int]) -> List[int]:
    return x[0.5:2]
