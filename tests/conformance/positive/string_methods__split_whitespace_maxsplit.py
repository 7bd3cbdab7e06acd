# adapted from test/test_jit.py::TestScript.test_str_split (maxsplit with default separator)
# inputs: ["a b c d"]
import torch
from typing import List


def f(s: str) -> List[str]:
    return s.split(None, 2)
