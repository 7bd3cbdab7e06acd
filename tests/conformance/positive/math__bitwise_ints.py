# adapted from test/test_jit.py::TestScript.test_bitwise_ops
# inputs: [12, 10]
import torch
from typing import List


def f(a: int, b: int) -> List[int]:
    return [a & b, a | b, a ^ b, a << 2, a >> 1, -a >> 1]
