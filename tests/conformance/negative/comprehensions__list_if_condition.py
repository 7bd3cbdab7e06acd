# adapted from test/test_jit.py::TestScript.test_comprehension_if (1.13 rejects comprehension ifs)
import torch
from typing import List


def f(xs: List[int]) -> List[int]:
    return [x for x in xs if x > 1]
