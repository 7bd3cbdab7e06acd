# adapted from test/jit/test_class_type.py::TestClassType.test_class_sorting (reverse)
# inputs: [[3, 1, 2]]
import torch
from typing import List


@torch.jit.script
class Foo(object):
    def __init__(self, x: int):
        self.x = x

    def __lt__(self, other: "Foo") -> bool:
        return self.x < other.x


def f(xs: List[int]) -> List[int]:
    li = [Foo(x) for x in xs]
    li.sort(reverse=True)
    return [i.x for i in li]
