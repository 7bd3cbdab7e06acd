# adapted from test/test_jit.py::TestScript.test_number_literals (hex/octal/binary literals)
# inputs: []
import torch
from typing import List


def f() -> List[int]:
    return [0x1F, 0o17, 0b101, 1_000, -0x10]
