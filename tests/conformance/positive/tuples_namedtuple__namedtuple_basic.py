# adapted from test/test_jit.py::TestScript.test_namedtuple
# inputs: [2.0, 3.0]
import torch
from typing import NamedTuple, Tuple


class Point(NamedTuple):
    x: float
    y: float


def f(a: float, b: float) -> Tuple[float, float]:
    p = Point(a, b)
    return p.x + p.y, p[1]
