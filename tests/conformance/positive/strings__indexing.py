# adapted from test/test_jit.py::TestScript.test_str_index
# inputs: ["abc"]
import torch
from typing import Tuple


def f(s: str) -> Tuple[str, str]:
    return s[0], s[-1]
