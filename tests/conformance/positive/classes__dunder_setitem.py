# adapted from test/jit/test_class_type.py::TestClassType.test_class_special_methods (__setitem__)
# inputs: []
import torch
from typing import List


@torch.jit.script
class Buf(object):
    def __init__(self):
        self.data: List[int] = [0, 0, 0]

    def __setitem__(self, i: int, v: int) -> None:
        self.data[i] = v


def f() -> List[int]:
    b = Buf()
    b[1] = 7
    b[2] = 9
    return b.data
