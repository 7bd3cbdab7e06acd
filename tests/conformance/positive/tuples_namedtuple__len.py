# adapted from test/test_jit.py::TestScript.test_tuple_len
# inputs: [(1, 2, 3)]
import torch
from typing import Tuple


def f(t: Tuple[int, int, int]) -> int:
    return len(t)
