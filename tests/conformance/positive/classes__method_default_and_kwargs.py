# adapted from test/jit/test_class_type.py::TestClassType.test_method_kwargs
# inputs: [2]
import torch


@torch.jit.script
class Lin(object):
    def __init__(self, w: int):
        self.w = w

    def apply(self, x: int, b: int = 1) -> int:
        return self.w * x + b


def f(x: int) -> int:
    l = Lin(3)
    return l.apply(x) + l.apply(x, b=10) + l.apply(b=100, x=x)
