# adapted from test/jit/test_slice.py::TestSlice (negative steps on str and list)
# inputs: ["abcdef", [1, 2, 3, 4]]
import torch
from typing import List, Tuple


def f(s: str, l: List[int]) -> Tuple[str, List[int]]:
    return s[-1:0:-2], l[-1::-3]
