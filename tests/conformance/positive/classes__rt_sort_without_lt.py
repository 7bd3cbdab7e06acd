# adapted from test/jit/test_class_type.py::TestClassType.test_class_sorting (no __lt__: 1.13 compiles it and fails at run time)
# inputs: [[2, 1]]
import torch
from typing import List


class Foo(object):
    def __init__(self, x: int):
        self.x = x


def f(xs: List[int]) -> int:
    li = [Foo(x) for x in xs]
    li.sort()
    return li[0].x
