# adapted from test/test_jit.py::TestScript.test_str_split (wrong argument type)
import torch
from typing import List


def f(s: str) -> List[str]:
    return s.split(1)
