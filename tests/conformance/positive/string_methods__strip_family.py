# adapted from test/test_jit.py::TestScript.test_str_strip
# inputs: ["  xxhixx  "]
import torch
from typing import Tuple


def f(s: str) -> Tuple[str, str, str, str]:
    return s.strip(), s.lstrip(), s.rstrip(), s.strip().strip("x")
