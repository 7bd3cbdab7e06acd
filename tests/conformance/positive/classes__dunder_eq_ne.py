# adapted from test/jit/test_class_type.py::TestClassType.test_class_equality (__eq__)
# inputs: [1, 1]
import torch
from typing import Tuple


@torch.jit.script
class P(object):
    def __init__(self, v: int):
        self.v = v

    def __eq__(self, other: "P") -> bool:
        return self.v == other.v

    def __ne__(self, other: "P") -> bool:
        return self.v != other.v


def f(a: int, b: int) -> Tuple[bool, bool]:
    return P(a) == P(b), P(a) != P(b + 1)
