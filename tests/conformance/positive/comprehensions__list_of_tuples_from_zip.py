# adapted from test/test_jit.py::TestScript.test_comprehension_iterable (zip)
# inputs: [[1, 2], ["a", "b"]]
import torch
from typing import List


def f(a: List[int], b: List[str]) -> List[str]:
    return [y + str(x) for x, y in zip(a, b)]
