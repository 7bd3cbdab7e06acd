# adapted from test/jit/test_class_type.py (method called with the wrong type)
import torch


class Foo(object):
    def __init__(self, x: int):
        self.x = x

    def add(self, y: int) -> int:
        return self.x + y


def f() -> int:
    return Foo(1).add("s")
