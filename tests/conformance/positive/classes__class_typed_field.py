# adapted from test/jit/test_class_type.py::TestClassType.test_class_type_as_attr (class-typed fields)
# inputs: [4]
import torch


@torch.jit.script
class Inner(object):
    def __init__(self, v: int):
        self.v = v


@torch.jit.script
class Outer(object):
    def __init__(self, v: int):
        self.inner = Inner(v)

    def get(self) -> int:
        return self.inner.v + 1


def f(x: int) -> int:
    o = Outer(x)
    o.inner.v = 10
    return o.get()
