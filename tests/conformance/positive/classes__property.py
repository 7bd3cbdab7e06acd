# adapted from test/jit/test_class_type.py::TestClassType.test_properties
# inputs: [3]
import torch


@torch.jit.script
class Rect(object):
    def __init__(self, w: int, h: int):
        self.w = w
        self.h = h

    @property
    def area(self) -> int:
        return self.w * self.h


def f(x: int) -> int:
    r = Rect(x, x + 1)
    return r.area
