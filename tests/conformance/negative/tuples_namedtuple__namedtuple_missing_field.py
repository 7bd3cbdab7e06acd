# adapted from test/test_jit.py::TestScript.test_namedtuple (unknown attribute)
import torch
from typing import NamedTuple


class P(NamedTuple):
    a: int


def f() -> int:
    p = P(1)
    return p.b
