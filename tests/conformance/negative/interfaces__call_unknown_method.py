# adapted from test/jit/test_class_type.py::TestClassType.test_interface (method not on the interface)
import torch


@torch.jit.interface
class Op(object):
    def apply(self, x: int) -> int:
        pass


def f(o: Op) -> int:
    return o.other(1)
