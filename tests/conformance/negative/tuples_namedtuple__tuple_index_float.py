# adapted from test/test_jit.py::TestScript.test_tuple_index (float index)
import torch
from typing import Tuple


def f(t: Tuple[int, int]) -> int:
    return t[1.0]
