# adapted from test/test_jit.py::TestScript.test_mutable_arg (callee mutation is visible to caller)
# inputs: [[1]]
import torch
from typing import List


def push(xs: List[int], v: int):
    xs.append(v)


def f(xs: List[int]) -> List[int]:
    push(xs, 2)
    push(xs, 3)
    return xs
