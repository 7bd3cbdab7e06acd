# adapted from test/test_jit.py::TestScript.test_tuple_for_loop (heterogeneous tuples are unrolled)
# inputs: []
import torch
from typing import List


def f() -> List[str]:
    out: List[str] = []
    for v in (1, "two", 3.0):
        out.append(str(v))
    return out
