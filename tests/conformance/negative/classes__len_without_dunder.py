# adapted from test/jit/test_class_type.py (len() of a class without __len__)
import torch


class Foo(object):
    def __init__(self, x: int):
        self.x = x


def f() -> int:
    return len(Foo(1))
