# adapted from test/test_jit.py::TestScript.test_str_split
# inputs: ["  a b\tc\n d  "]
import torch
from typing import List


def f(s: str) -> List[str]:
    return s.split()
