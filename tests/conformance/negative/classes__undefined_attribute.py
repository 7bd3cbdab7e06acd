# adapted from test/jit/test_class_type.py::TestClassType.test_get_attr_not_initialized
import torch


class FooTest(object):
    def __init__(self, x: int):
        self.foo = x

    def get_non_initialized(self) -> int:
        return self.asdf


def f(x: int) -> int:
    return FooTest(x).get_non_initialized()
