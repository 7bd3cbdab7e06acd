# adapted from test/test_jit.py::TestScript.test_nested_list_comprehension
# inputs: [3]
import torch
from typing import List


def f(n: int) -> List[List[int]]:
    return [[i * j for j in range(n)] for i in range(n)]
