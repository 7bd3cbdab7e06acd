# adapted from test/test_jit.py::TestScript.test_bool_conversion (strings and lists)
# inputs: ["", [0]]
import torch
from typing import List


def f(s: str, l: List[int]) -> List[bool]:
    return [bool(s), bool("x"), bool(l)]
