# adapted from test/test_jit.py::TestScript.test_tuple_compare (ordering comparison of tuples is not supported)
import torch
from typing import Tuple


def f(a: Tuple[int, int], b: Tuple[int, int]) -> bool:
    return a < b
