# adapted from test/test_jit.py::TestScript.test_str_rsplit
# inputs: ["a.b.c.d"]
import torch
from typing import List, Tuple


def f(s: str) -> Tuple[List[str], List[str]]:
    return s.rsplit(".", 1), s.rsplit(".")
