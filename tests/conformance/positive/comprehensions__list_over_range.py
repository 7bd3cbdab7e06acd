# adapted from test/test_jit.py::TestScript.test_comprehensions_basic
# inputs: [4]
import torch
from typing import List


def f(n: int) -> List[int]:
    return [i * i for i in range(n)]
