# adapted from test/jit/test_class_type.py::TestClassType.test_interface (class has extra methods)
# inputs: [4]
import torch


@torch.jit.interface
class HasGet(object):
    def get(self) -> int:
        pass


@torch.jit.script
class Impl(object):
    def __init__(self, v: int):
        self.v = v

    def get(self) -> int:
        return self.v

    def extra(self) -> str:
        return "extra"


def read(h: HasGet) -> int:
    return h.get()


def f(v: int) -> int:
    return read(Impl(v)) * 2
