# adapted from test/test_jit.py::TestScript.test_bool_ops
# inputs: [True, False]
import torch
from typing import List


def f(a: bool, b: bool) -> List[bool]:
    return [a and b, a or b, not a, a & b, a | b, a ^ b, a == b]
