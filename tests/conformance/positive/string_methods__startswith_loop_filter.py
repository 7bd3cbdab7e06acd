# adapted from test/test_jit.py::TestScript.test_str_startswith
# inputs: [["apple", "banana", "avocado"]]
import torch
from typing import List


def f(xs: List[str]) -> List[str]:
    out: List[str] = []
    for x in xs:
        if x.startswith("a"):
            out.append(x.upper())
    return out
