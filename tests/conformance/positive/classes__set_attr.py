# adapted from test/jit/test_class_type.py::TestClassType.test_set_attr_in_method
# inputs: [3]
import torch


@torch.jit.script
class Counter(object):
    def __init__(self, start: int):
        self.n = start

    def incr(self, by: int):
        self.n += by


def f(x: int) -> int:
    c = Counter(x)
    c.incr(2)
    c.incr(5)
    c.n = c.n * 10
    return c.n
