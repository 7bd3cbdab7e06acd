# adapted from test/test_jit.py::TestScript.test_namedtuple_wrong_types
import torch
from typing import NamedTuple


class P(NamedTuple):
    a: int


def f() -> int:
    p = P("x")
    return p.a
