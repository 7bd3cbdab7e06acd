# adapted from test/test_jit.py::TestScript.test_all_any
# inputs: [[True, False], [1, 0, 2], [0.0]]
import torch
from typing import List


def f(a: List[bool], b: List[int], c: List[float]) -> List[bool]:
    return [all(a), any(a), all(b), any(b), all(c), any(c), all([]), any([])]
