# adapted from test/jit/test_class_type.py::TestClassType.test_interface (class does not implement the interface)
import torch


@torch.jit.interface
class OneTwo(object):
    def one(self, x: int) -> int:
        pass

    def two(self, x: int) -> int:
        pass


@torch.jit.script
class OnlyOne(object):
    def __init__(self):
        pass

    def one(self, x: int) -> int:
        return x


def use(x: OneTwo) -> int:
    return x.one(1)


def f() -> int:
    return use(OnlyOne())
