# adapted from test/jit/test_class_type.py::TestClassType.test_class_sorting
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
    li.sort()
    out = sorted([Foo(x * 10) for x in xs])
    return [i.x for i in li] + [o.x for o in out]
