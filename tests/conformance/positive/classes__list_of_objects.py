# adapted from test/jit/test_class_type.py::TestClassType.test_list_of_classes
# inputs: [3]
import torch
from typing import List


@torch.jit.script
class Item(object):
    def __init__(self, v: int):
        self.v = v


def f(n: int) -> int:
    xs: List[Item] = []
    for i in range(n):
        xs.append(Item(i * 2))
    s = 0
    for it in xs:
        s += it.v
    return s
