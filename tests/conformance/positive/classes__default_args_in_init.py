# adapted from test/jit/test_class_type.py::TestClassType.test_default_args
# inputs: []
import torch
from typing import Tuple


@torch.jit.script
class Cfg(object):
    def __init__(self, a: int = 3, b: str = "x"):
        self.a = a
        self.b = b


def f() -> Tuple[int, str, int, str]:
    c1 = Cfg()
    c2 = Cfg(b="y", a=7)
    return c1.a, c1.b, c2.a, c2.b
