# adapted from test/jit/test_class_type.py::TestClassType.test_tuple_return
# inputs: [5]
import torch
from typing import Tuple


@torch.jit.script
class DivMod(object):
    def __init__(self, d: int):
        self.d = d

    def apply(self, x: int) -> Tuple[int, int]:
        return x // self.d, x % self.d


def f(x: int) -> Tuple[int, int]:
    return DivMod(2).apply(x)
