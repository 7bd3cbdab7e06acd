# adapted from test/test_jit.py::TestScript.test_hex / test_oct / test_bin
# inputs: [255, -10, 0]
import torch
from typing import List


def f(a: int, b: int, c: int) -> List[str]:
    return [hex(a), hex(b), hex(c), oct(a), oct(b), oct(c), bin(a), bin(b), bin(c)]
