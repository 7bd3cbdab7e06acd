# adapted from test/test_jit.py::TestScript.test_tuple_assign (tuples are immutable)
import torch
from typing import Tuple


def f(t: Tuple[int, int]) -> Tuple[int, int]:
    t[0] = 3
    return t
