# adapted from test/test_jit.py::TestScript.test_comprehension_multiple_generators
import torch
from typing import List


def f(n: int) -> List[int]:
    return [i * j for i in range(n) for j in range(n)]
