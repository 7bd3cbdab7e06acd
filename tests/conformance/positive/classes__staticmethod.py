# adapted from test/jit/test_class_type.py::TestClassType.test_static_methods
# inputs: [3]
import torch


@torch.jit.script
class M(object):
    def __init__(self, x: int):
        self.x = x

    @staticmethod
    def make(x: int) -> "M":
        return M(x * 2)

    @staticmethod
    def double(x: int) -> int:
        return x * 2


def f(x: int) -> int:
    return M.make(x).x + M.double(x)
