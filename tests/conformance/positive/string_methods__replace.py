# adapted from test/test_jit.py::TestScript.test_str_replace
# inputs: ["aaa bbb aaa"]
import torch
from typing import Tuple


def f(s: str) -> Tuple[str, str, str]:
    return s.replace("a", "x"), s.replace("aaa", "y", 1), s.replace("q", "z")
