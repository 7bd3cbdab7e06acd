# adapted from test/jit/test_class_type.py (type error inside a method body)
import torch


class Foo(object):
    def __init__(self, x: int):
        self.x = x

    def bad(self) -> int:
        return self.x + "a"


def f() -> int:
    return Foo(1).bad()
