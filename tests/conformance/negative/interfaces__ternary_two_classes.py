# adapted from test/jit/test_class_type.py::TestClassType.test_interface_refinement (1.13: an if-expression does not unify two classes to the annotated interface)
import torch


@torch.jit.interface
class HasGet(object):
    def get(self) -> int:
        pass


class A(object):
    def __init__(self):
        self.v = 1

    def get(self) -> int:
        return self.v


class B(object):
    def __init__(self):
        self.v = 2

    def get(self) -> int:
        return self.v * 10


def f(c: bool) -> int:
    h: HasGet = A() if c else B()
    return h.get()
