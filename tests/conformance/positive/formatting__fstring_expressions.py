# adapted from test/test_jit.py::TestScript.test_fstring_expressions
# inputs: [[1, 2, 3]]
import torch
from typing import List


def f(xs: List[int]) -> str:
    return f"len={len(xs)} sum={sum(xs)} first={xs[0]} list={xs}"
