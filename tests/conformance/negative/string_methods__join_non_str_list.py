# adapted from test/test_jit.py::TestScript.test_str_join (List[int] argument)
import torch
from typing import List


def f(xs: List[int]) -> str:
    return ",".join(xs)
