# adapted from test/jit/test_class_type.py (classmethod is not supported on script classes)
import torch


class Foo(object):
    def __init__(self, x: int):
        self.x = x

    @classmethod
    def make(cls, x: int) -> "Foo":
        return cls(x)


def f() -> int:
    return Foo.make(1).x
