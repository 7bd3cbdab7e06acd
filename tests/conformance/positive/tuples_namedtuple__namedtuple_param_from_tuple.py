# adapted from test/test_jit.py::TestScript.test_namedtuple_unpack
# inputs: []
import torch
from typing import NamedTuple


class P(NamedTuple):
    a: int
    b: int


def g(p: P) -> int:
    a, b = p
    return a * 10 + b


def f() -> int:
    return g(P(1, 2))
