# adapted from test/test_jit.py::TestScript.test_str_strip (chars argument)
# inputs: ["abcHELLOcba"]
import torch
from typing import Tuple


def f(s: str) -> Tuple[str, str, str]:
    return s.strip("abc"), s.lstrip("ab"), s.rstrip("a")
