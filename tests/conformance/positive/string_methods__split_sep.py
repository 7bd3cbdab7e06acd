# adapted from test/test_jit.py::TestScript.test_str_split
# inputs: ["a,b,,c"]
import torch
from typing import List, Tuple


def f(s: str) -> Tuple[List[str], List[str], List[str]]:
    return s.split(","), s.split(",", 1), s.split(",,")
