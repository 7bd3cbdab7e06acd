# adapted from test/test_jit.py::TestScript.test_namedtuple_keyword_construction
# inputs: []
import torch
from typing import NamedTuple


class Pair(NamedTuple):
    first: int
    second: str


def f() -> str:
    p = Pair(second="b", first=3)
    return p.second + str(p.first)
