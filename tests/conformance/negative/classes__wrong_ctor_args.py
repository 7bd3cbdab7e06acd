# adapted from test/jit/test_class_type.py::TestClassType (constructor argument count)
import torch


class P(object):
    def __init__(self, x: int):
        self.x = x


def f() -> int:
    return P(1, 2).x
