# adapted from test/test_jit.py::TestScript.test_for_search_flag
# inputs: [[3, 5, 8], 5]
import torch
from typing import List


def f(xs: List[int], target: int) -> int:
    found = -1
    for i in range(len(xs)):
        if xs[i] == target:
            found = i
            break
    return found
