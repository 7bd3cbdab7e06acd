# adapted from test/test_jit.py::TestScript.test_min_max_list_single (min/max of one list)
# inputs: [[4, -1, 9], [2.5, 0.5]]
import torch
from typing import List, Tuple


def f(a: List[int], b: List[float]) -> Tuple[int, int, float, float]:
    return min(a), max(a), min(b), max(b)
