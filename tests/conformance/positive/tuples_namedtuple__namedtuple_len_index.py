# adapted from test/test_jit.py::TestScript.test_namedtuple_index
# inputs: []
import torch
from typing import NamedTuple


class T3(NamedTuple):
    a: int
    b: float
    c: str


def f():
    t = T3(1, 2.0, "c")
    return len(t), t[0], t[2], t[-2]
