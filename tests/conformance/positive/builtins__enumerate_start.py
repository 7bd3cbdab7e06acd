# adapted from test/test_jit.py::TestScript.test_enumerate_list_start_index
# inputs: [["a", "b", "c"]]
import torch
from typing import List


def f(xs: List[str]) -> List[str]:
    out: List[str] = []
    for i, x in enumerate(xs, 1):
        out.append(str(i) + x)
    return out
