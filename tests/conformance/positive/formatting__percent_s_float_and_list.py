# adapted from test/jit/test_string_formatting.py (%s of float and list values)
# inputs: [2.5, [1, 2]]
import torch
from typing import List


def f(a: float, b: List[int]) -> str:
    return "%s | %s" % (a, b)
