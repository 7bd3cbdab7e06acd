# adapted from test/test_jit.py::TestScript.test_tuple_indexing / test_tuple_slicing
# inputs: [(1, 2.0, "three", 4)]
import torch
from typing import Tuple


def f(t: Tuple[int, float, str, int]):
    return t[0], t[-1], t[1:3], t[::2], t[::-1]
