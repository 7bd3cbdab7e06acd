# adapted from test/test_jit.py::TestScript.test_str_to_float / test_str_to_int
# inputs: ["42", "-2.5"]
import torch
from typing import Tuple


def f(a: str, b: str) -> Tuple[int, float, float]:
    return int(a), float(b), float("1e3")
