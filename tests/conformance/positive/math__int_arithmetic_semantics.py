# adapted from test/test_jit.py::TestScript.test_int_math (floor division and modulo of negatives)
# inputs: [-7, 2]
import torch
from typing import List


def f(a: int, b: int) -> List[int]:
    return [a // b, a % b, -a // b, -a % b, a // -b, a % -b]
