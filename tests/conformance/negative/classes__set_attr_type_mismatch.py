# adapted from test/jit/test_class_type.py::TestClassType.test_set_attr_type_mismatch
import torch


class FooTest(object):
    def __init__(self, x: int):
        self.foo = x
        self.foo = "a"


def f(x: int) -> int:
    return FooTest(x).foo
