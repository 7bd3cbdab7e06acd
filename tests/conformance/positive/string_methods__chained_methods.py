# adapted from test/test_jit.py::TestScript.test_str_methods_chain
# inputs: ["  Hello, World  "]
import torch
from typing import List


def f(s: str) -> List[str]:
    return s.strip().lower().replace(",", "").split(" ")
