# adapted from test/test_jit.py::TestScript.test_not
# inputs: [False, [1]]
import torch
from typing import List, Tuple


def f(a: bool, b: List[int]) -> Tuple[bool, bool]:
    return not a, not b
