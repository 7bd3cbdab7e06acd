# adapted from test/test_jit.py::TestScript.test_nested_tuple_index
# inputs: [((1, 2), (3, (4, 5)))]
import torch
from typing import Tuple


def f(t: Tuple[Tuple[int, int], Tuple[int, Tuple[int, int]]]) -> int:
    return t[0][1] + t[1][1][0]
