# adapted from test/test_jit.py::TestScript.test_for_tuple_unpack (list of tuples)
# inputs: [[(1, "a"), (2, "b")]]
import torch
from typing import List, Tuple


def f(xs: List[Tuple[int, str]]) -> str:
    out = ""
    for n, s in xs:
        out += s + str(n)
    return out
