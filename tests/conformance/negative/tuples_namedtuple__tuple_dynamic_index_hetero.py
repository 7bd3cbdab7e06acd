# adapted from test/test_jit.py::TestScript.test_tuple_index_non_constant
import torch
from typing import Tuple


def f(t: Tuple[int, str], i: int) -> int:
    return t[i]
