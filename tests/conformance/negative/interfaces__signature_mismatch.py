# adapted from test/jit/test_class_type.py::TestClassType.test_interface (method signature differs)
import torch


@torch.jit.interface
class Op(object):
    def apply(self, x: int) -> int:
        pass


@torch.jit.script
class Wrong(object):
    def __init__(self):
        pass

    def apply(self, x: float) -> float:
        return x


def use(o: Op) -> int:
    return o.apply(1)


def f() -> int:
    return use(Wrong())
