# adapted from test/test_jit.py::TestScript.test_namedtuple_default_values
# inputs: []
import torch
from typing import NamedTuple


class Cfg(NamedTuple):
    size: int
    scale: float = 1.5
    name: str = "cfg"


def f():
    c = Cfg(4)
    d = Cfg(2, 3.0)
    return c.size, c.scale, c.name, d.scale
