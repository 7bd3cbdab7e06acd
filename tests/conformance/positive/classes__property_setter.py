# adapted from test/jit/test_class_type.py::TestClassType.test_properties (setter)
# inputs: [3]
import torch


@torch.jit.script
class Temp(object):
    def __init__(self, c: float):
        self._c = c

    @property
    def celsius(self) -> float:
        return self._c

    @celsius.setter
    def celsius(self, v: float):
        self._c = v


def f(x: int) -> float:
    t = Temp(1.0)
    t.celsius = float(x) * 2.0
    return t.celsius
