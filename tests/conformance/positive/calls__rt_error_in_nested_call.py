# adapted from test/test_jit.py::TestScript.test_error_stacktrace (traceback through calls)
# inputs: [[1, 2]]
import torch
from typing import List


def inner(xs: List[int]) -> int:
    return xs[10]


def middle(xs: List[int]) -> int:
    return inner(xs) + 1


def f(xs: List[int]) -> int:
    return middle(xs)
